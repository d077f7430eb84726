"""The page pass: a page's rendered content, parsed once, numbered, linked, noted, and read back.

Python-Markdown renders the Markdown; this pass then works on the page's element tree,
each step a function of the tree and of what it is told about the page: notes take their
printed numbers, paragraphs their numbers and ids, references their links, abbreviations
the focus, outside links their ``rel``. What the build needs to know of the page (its
ids, its paragraphs' text, what it cites, what is wrong in it) comes back with the HTML.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from report_edition.html import Element, parse_fragment, serialize_fragment, text_without
from report_edition.linking.finder import ReferenceFinder
from report_edition.linking.linker import Found, LinkTargets, link_references
from report_edition.linking.references import TextContext
from report_edition.text.abbreviations import present_abbreviations
from report_edition.text.notes import renumber_notes
from report_edition.text.paragraphs import NOT_TEXT_CLASSES, NUMBERED_TAGS, number_paragraphs
from report_edition.text.words import sentences


@dataclass(frozen=True)
class PageInput:
    """What the pass is told about a page."""

    numbered: bool  # its paragraphs get numbers (front matter ``paragraph_numbers: false`` says no)
    linked: bool  # its references get links (front matter ``reference_links: false`` says no)
    charter_url: str  # the Charter page's URL relative to this page: "../charter/" ("" on the Charter page)
    site_url: str  # links to other hosts are outside links
    context: TextContext = TextContext()  # what the page's front matter says: issued_by, instrument


@dataclass(frozen=True)
class ProcessedPage:
    html: str
    ids: list[str]  # every id in the content, in document order
    texts: dict[str, str]  # the text of each numbered paragraph and block quote, by id
    found: list[Found]  # what the page links to, and where
    problems: list[str]  # references the finders rejected, for the build to report
    description: str  # the first sentence of the first paragraph ("" if there is none)


def process_page(html: str, page: PageInput, finder: ReferenceFinder, targets: LinkTargets) -> ProcessedPage:
    content = parse_fragment(html)
    renumber_notes(content)
    if page.numbered:
        number_paragraphs(content)
    result = link_references(content, finder, targets, page.context) if page.linked else None
    present_abbreviations(content)
    texts = _texts(content)
    first = content.find("p[@id='p1']")
    description = sentences(texts["p1"])[0][:300] if first is not None and texts.get("p1") else ""
    mark_external_links(content, page.site_url)
    return ProcessedPage(
        html=serialize_fragment(content),
        ids=[element.get("id") for element in content.iter() if element.get("id")],
        texts=texts,
        found=result.found if result else [],
        problems=result.problems if result else [],
        description=description,
    )


def mark_external_links(content: Element, site_url: str) -> None:
    """Adds "external" to the rel of every link whose http(s) href is on another host than the site's.

    On paper a reader needs to see where an outside link goes; Material's instant navigation
    makes every href absolute once a page has loaded, so the print stylesheet reads the rel.
    """
    site_host = urlsplit(site_url).netloc.lower()
    for link in content.iter("a"):
        href = link.get("href", "")
        if not href.startswith(("http://", "https://")) or urlsplit(href).netloc.lower() == site_host:
            continue
        values = (link.get("rel") or "").split()
        if "external" not in values:
            link.set("rel", " ".join([*values, "external"]))


def _texts(content: Element) -> dict[str, str]:
    return {
        element.get("id"): text_without(element, NOT_TEXT_CLASSES)
        for element in content.iter(*NUMBERED_TAGS)
        if element.get("id")
    }
