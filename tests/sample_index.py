"""An index of references as the page pass fills it: a few places of the report, and places that are not."""

from __future__ import annotations

from report_edition.linking.index import ReferenceIndex
from report_edition.linking.linker import Found

ORDER = ["introduction.md", "taking-stock.md"]


def sample_index() -> ReferenceIndex:
    result = ReferenceIndex()
    result.add("taking-stock.md", "Taking Stock", [Found("chapter", "VI", "p1"), Found("article", "40", "p2")])
    result.add(
        "introduction.md",
        "Introduction",
        [Found("article", "33", "fn:3"), Found("article", "33", "p8"), Found("article", "33", "p8"),
         Found("symbol", "S/2011/552", "p8"), Found("symbol", "S/RES/1973 (2011)", "p2"), Found("symbol", "A/47/277", "fn:2"),
         Found("article", "33", "ref-x"), Found("article", "33", None)],
    )
    return result
