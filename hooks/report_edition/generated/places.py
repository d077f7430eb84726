"""Places in the report (a numbered paragraph or a note) and the pages generated to index them."""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass

PLACE_RE = re.compile(r"(?:p|fn:)(\d+)")  # a numbered paragraph, or a note

def relative_path(target: str, from_page: str) -> str:
    """A Markdown link's path from one source page to another, as MkDocs resolves and checks it."""
    return posixpath.relpath(target, posixpath.dirname(from_page) or ".")


def generated_front_matter(search_boost: float = 1.0, linked: bool = False) -> str:
    """The front matter of a generated page: an index, not the report, so no paragraph numbers in it;
    references linked only in a page of text (the Charter); and, if it repeats what other pages say,
    a search boost below 1, so that the passages it quotes rank before it."""
    links = "" if linked else "reference_links: false\n"
    search = "" if search_boost == 1 else f"search:\n  boost: {search_boost}\n"
    return f"---\nparagraph_numbers: false\n{links}{search}---\n\n"


def cited_in(places: list[Place], from_page: str) -> str:
    """ "Cited in: Introduction, para. 8 · Taking Stock, para. 3", each a link from ``from_page``."""
    return "Cited in: " + " · ".join(place.link(from_page) for place in places) if places else ""



def is_place(anchor: str | None) -> bool:
    return bool(anchor) and PLACE_RE.fullmatch(anchor) is not None


@dataclass(frozen=True)
class Place:
    """A paragraph or note of the report: its page (``taking-stock.md``), the page's title and the anchor."""

    page: str
    title: str
    anchor: str  # "p4" or "fn:3"

    @property
    def number(self) -> int:
        return int(PLACE_RE.fullmatch(self.anchor).group(1))

    @property
    def is_note(self) -> bool:
        return self.anchor.startswith("fn:")

    @property
    def label(self) -> str:
        return f"{self.title}, {'note' if self.is_note else 'para.'} {self.number}"

    def link(self, from_page: str) -> str:
        """A Markdown link to the place from a page, relative as MkDocs resolves and checks it."""
        return f"[{self.label}]({relative_path(self.page, from_page)}#{self.anchor})"


def reading_order(page_order: list[str]):
    """A sort key: pages in navigation order, then paragraphs before notes, each by number."""

    def key(place: Place) -> tuple:
        page = page_order.index(place.page) if place.page in page_order else len(page_order)
        return page, place.page, place.is_note, place.number

    return key
