"""The report as a book, for the EPUB and the PDF: its parts in reading order, from the pages' content.

The cover (the home page up to the suggested citation), the report's sections (the pages
whose paragraphs are numbered), About, References, then the back-matter made from data.
What only works on the site is left out: scripts, hidden elements, permalinks, buttons
that need JavaScript, and the downloads of the citation files (the report's and each section's).
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, replace
from enum import Enum
from urllib.parse import urlsplit

from report_edition.exports.single_file import COVER, DROPPED, ExportPage, page_id
from report_edition.html import Element, new_element, parse_fragment, serialize_fragment

ABOUT_PAGE, REFERENCES_PAGE = "about", "references"  # the cover is the home page (single_file.COVER)
COVER_ENDS_BEFORE = "offline"  # the cover is the home page up to this heading ("Take It Offline")
SITE_ONLY = " | ".join(f".//*[contains(concat(' ', @class, ' '), ' {name} ')]"
                      for name in ("headerlink", "needs-javascript", "edition-cite-files"))
NUMBERED_PARAGRAPH = re.compile(r"p\d+")


class Kind(Enum):
    COVER = "cover"
    CHAPTER = "chapter"  # a section of the report
    ABOUT = "about"
    BIBLIOGRAPHY = "bibliography"
    APPENDIX = "appendix"  # the back-matter: Charter articles, UN documents


@dataclass(frozen=True)
class Part:
    kind: Kind
    page: ExportPage

    @property
    def id(self) -> str:
        return page_id(self.page.url)


def is_chapter(content: Element) -> bool:
    return any(NUMBERED_PARAGRAPH.fullmatch(p.get("id") or "") for p in content.iter("p"))


def _links_to_a_file(element: Element) -> bool:
    """A link to a file of the site that is not a page (a citation file), which a book cannot carry."""
    for link in element.iter("a"):
        parts = urlsplit(link.get("href") or "")
        if not (parts.scheme or parts.netloc) and parts.path and posixpath.splitext(parts.path)[1] not in ("", ".html"):
            return True
    return False


def _clean(content: Element) -> Element:
    for dropped in content.xpath(f"{DROPPED} | {SITE_ONLY}"):
        dropped.drop_tree()
    return content


def _cover(content: Element, online_url: str) -> Element:
    """The home page's title block and suggested citation (what comes before "Take It Offline"), and the online edition's address."""
    ended = False
    for child in list(content):
        ended = ended or (child.tag == "h2" and child.get("id") == COVER_ENDS_BEFORE)
        if ended or _links_to_a_file(child):
            content.remove(child)
    if online_url:
        online = new_element("p", {"class": "online-edition"}, "The online edition: ")
        link = new_element("a", {"href": online_url, "rel": "external"}, online_url)
        online.append(link)
        content.append(online)
    return content


def book_parts(pages: list[ExportPage], backmatter: list[ExportPage], online_url: str = "") -> list[Part]:
    """The parts in reading order; the site's pages as cleaned for a book; ``online_url``: the published edition, if any."""
    contents = {page.url: _clean(parse_fragment(page.content)) for page in pages}
    by_id = {page_id(page.url): page for page in pages}

    def part(kind: Kind, page: ExportPage, content: Element) -> Part:
        return Part(kind, replace(page, content=serialize_fragment(content)))

    cover = by_id[COVER]
    parts = [part(Kind.COVER, cover, _cover(contents[cover.url], online_url))]
    parts += [part(Kind.CHAPTER, page, contents[page.url]) for page in pages if is_chapter(contents[page.url])]
    parts += [part(Kind.ABOUT, by_id[ABOUT_PAGE], contents[by_id[ABOUT_PAGE].url])]
    parts += [part(Kind.BIBLIOGRAPHY, by_id[REFERENCES_PAGE], contents[by_id[REFERENCES_PAGE].url])]
    parts += [part(Kind.APPENDIX, page, _clean(parse_fragment(page.content))) for page in backmatter]
    return parts


@dataclass(frozen=True)
class BookMetadata:
    """What the EPUB's package and the PDF's document information say of the report."""

    title: str
    short_title: str  # the running head
    authors: tuple[str, ...]  # as printed: "Arthur Boutellis"
    role: str  # what the authors were: "rapporteur"
    publisher: str
    date: str  # the report's: "2012-04"
    language: str
    rights: str  # the copyright notice as printed
    modified: tuple[int, ...]  # this build's date (from SOURCE_DATE_EPOCH), as archive_date gives it
    online_url: str = ""  # the published online edition, if there is one

    @property
    def modified_iso(self) -> str:
        return "{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}Z".format(*self.modified)
