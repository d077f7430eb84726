"""The report's abbreviations: one file of Markdown ``abbr`` definitions, each focusable in the text.

includes/abbreviations.md is appended to every page (pymdownx.snippets), so every
acronym is expanded on hover. Each ``<abbr>`` is also made focusable, so that keyboard
users get the same expansion on focus.
"""

from __future__ import annotations

import re
from pathlib import Path

from report_edition.errors import EditionError
from report_edition.html import Element, set_attribute

_DEFINITION_RE = re.compile(r"^\*\[(?P<abbreviation>[^\]]+)\]:\s*(?P<expansion>.+?)\s*$")


class AbbreviationsError(EditionError):
    pass


def load_abbreviations(path: Path, display_name: str) -> dict[str, str]:
    """Each definition ``*[UN]: United Nations``; any other non-blank line is an error naming its line."""
    abbreviations: dict[str, str] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise AbbreviationsError(display_name, None, f"cannot read the abbreviations: {error.strerror}") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        match = _DEFINITION_RE.match(line)
        if match is None:
            raise AbbreviationsError(display_name, number, f"not an abbreviation definition: {line!r}")
        abbreviations[match.group("abbreviation")] = match.group("expansion")
    return abbreviations


HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def present_abbreviations(container: Element) -> None:
    """In the text, each titled abbreviation takes the focus, unless a link around it has it; in a
    heading, an abbreviation is plain text (a heading names, it does not need explaining: "UN Documents")."""
    for abbreviation in list(container.iter("abbr")):
        ancestors = {ancestor.tag for ancestor in abbreviation.iterancestors()}
        if ancestors & HEADINGS:
            abbreviation.drop_tag()
        elif abbreviation.get("title") and "a" not in ancestors:
            set_attribute(abbreviation, "tabindex", "0")
