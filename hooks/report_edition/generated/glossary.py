"""The Glossary page: every abbreviation of the report, spelled out."""

from __future__ import annotations

from collections.abc import Mapping


def glossary_page(abbreviations: Mapping[str, str]) -> str:
    lines = [
        "# Glossary {#glossary}",
        "",
        "The abbreviations in the report. In the text, each is spelled out when you point at it or move the focus to it.",
        "",
    ]
    for abbreviation in sorted(abbreviations, key=str.casefold):  # a definition list (def_list)
        lines += [abbreviation, f": {abbreviations[abbreviation]}", ""]
    return "\n".join(lines)
