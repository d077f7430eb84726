"""The report's abbreviations: one file of Markdown ``abbr`` definitions, a Glossary page, focus.

includes/abbreviations.md is appended to every page (pymdownx.snippets), so every
acronym is expanded on hover. Each ``<abbr>`` is also made focusable, so that keyboard
users get the same expansion on focus.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from pathlib import Path

from edition.tree_steps import TreeStep

_DEFINITION_RE = re.compile(r"^\*\[(?P<abbreviation>[^\]]+)\]:\s*(?P<expansion>.+?)\s*$")


class AbbreviationsError(ValueError):
    pass


def load_abbreviations(path: str | Path, display_name: str | None = None) -> dict[str, str]:
    """Each definition ``*[UN]: United Nations``; any other non-blank line is an error naming its line."""
    name = display_name or str(path)
    abbreviations: dict[str, str] = {}
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        match = _DEFINITION_RE.match(line)
        if match is None:
            raise AbbreviationsError(f"{name}:{number}: not an abbreviation definition: {line!r}")
        abbreviations[match.group("abbreviation")] = match.group("expansion")
    return abbreviations


def glossary_page(abbreviations: dict[str, str]) -> str:
    lines = [
        "# Glossary {#glossary}",
        "",
        "The abbreviations in the report. In the text, each is spelled out when you point at it or move the focus to it.",
        "",
    ]
    for abbreviation in sorted(abbreviations, key=str.casefold):  # a definition list (def_list)
        lines += [abbreviation, f": {abbreviations[abbreviation]}", ""]
    return "\n".join(lines)


def make_focusable(root: etree.Element, inside_link: bool = False) -> None:
    """Give each titled abbreviation a place in the tab order, unless a link around it has one."""
    for child in root:
        if child.tag == "abbr" and child.get("title") and not inside_link:
            child.set("tabindex", "0")
        make_focusable(child, inside_link or child.tag == "a")


class FocusableAbbreviationsExtension(TreeStep):
    def __init__(self) -> None:
        # After the abbr extension (7) has wrapped the abbreviations.
        super().__init__("focusable_abbreviations", 6.9, make_focusable)
