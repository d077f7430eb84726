"""Every reference in a passage of text: Charter articles and chapters, resolutions, document symbols."""

from __future__ import annotations

import re

from report_edition.linking.charter_refs import find_charter_references
from report_edition.linking.references import Reference, TextContext
from report_edition.linking.resolutions import find_resolutions
from report_edition.linking.symbols import SymbolFinder

# Every reference has an Arabic number, or is a chapter with a Roman one (or its number in words).
_MAY_HOLD_A_REFERENCE = re.compile(r"\d|[Cc]hapter|CHAPTER")


class ReferenceFinder:
    """All references in a passage, earliest first, none overlapping (the longest wins at a position)."""

    def __init__(self, series: tuple[str, ...]) -> None:
        self.symbols = SymbolFinder(series)

    def find(self, text: str, context: TextContext = TextContext()) -> list[Reference]:
        if not _MAY_HOLD_A_REFERENCE.search(text):
            return []  # most passages stop here
        candidates = find_charter_references(text, context) + find_resolutions(text, context)
        candidates += [Reference(m.start, m.end, "symbol", m.symbol) for m in self.symbols.find(text)]
        chosen: list[Reference] = []
        for reference in sorted(candidates, key=lambda r: (r.start, -(r.end - r.start))):
            if not chosen or reference.start >= chosen[-1].end:
                chosen.append(reference)
        return chosen
