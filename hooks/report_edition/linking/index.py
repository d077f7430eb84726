"""Where each article, chapter and document symbol is cited: the paragraphs and notes of the report."""

from __future__ import annotations

from collections.abc import Iterable

from report_edition.generated.places import Place, is_place, reading_order
from report_edition.linking.linker import Found


class ReferenceIndex:
    """Filled page by page as the build renders them; read by the generated reference pages.

    A link elsewhere (a list on the References page, a page without paragraph numbers)
    is not a place in the report and is not indexed. Places come out in reading order:
    the navigation's order of pages, then paragraphs before notes, each by number.
    """

    def __init__(self) -> None:
        self._places: dict[tuple[str, str], set[Place]] = {}

    def add(self, page: str, title: str, found: Iterable[Found]) -> None:
        for reference in found:
            if is_place(reference.place):
                self._places.setdefault((reference.kind, reference.key), set()).add(Place(page, title, reference.place))

    def keys(self, kind: str) -> list[str]:
        return [key for (kind_, key) in self._places if kind_ == kind]

    def places(self, kind: str, key: str, page_order: list[str]) -> list[Place]:
        return sorted(self._places.get((kind, key), ()), key=reading_order(page_order))
