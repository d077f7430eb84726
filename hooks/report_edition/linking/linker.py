"""Link Charter articles and chapters and UN documents in a page's element tree.

Works on the parsed page, passage by passage (a paragraph, a list item, a heading): the
finder reads a passage's whole text, whatever inline elements it runs through, so that
"Article 2(4) of the Charter¹" is read without its note marker. Text inside code,
preformatted text, existing links and any element marked ``no-ref-links`` is left alone;
headings are checked but not linked; attributes are never touched; and linking only wraps
existing text in ``<a>``: the visible text stays the same, and a second pass finds nothing
new to link.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from report_edition.html import Element, classes, new_element
from report_edition.linking.charter_refs import rejection
from report_edition.linking.finder import ReferenceFinder
from report_edition.linking.references import Reference, TextContext, article_number
from report_edition.linking.symbols import UNDOCS_BASE, undocs_url

# Passages: each is read on its own (a nested passage, such as a paragraph in a list item, too).
PASSAGE_TAGS = frozenset({"p", "li", "dt", "dd", "td", "th", "caption", "figcaption", "blockquote", "div",
                          "section", "article", "aside", "h1", "h2", "h3", "h4", "h5", "h6"})
# Not read at all; where one stands, the passage reads an object character, so that nothing
# joins across it ("Articles <a>33</a> and 34" is not a list).
SKIPPED_TAGS = frozenset({"a", "code", "pre", "kbd", "samp", "script", "style"})
NO_LINKS_CLASS = "no-ref-links"
# Read as if absent: a paragraph's number in the margin, a note marker after a word.
UNREAD_CLASSES = frozenset({"para-num", "footnote-ref"})
# Headings are not linked (their text is the page's table of contents), but what they get wrong is reported.
UNLINKED_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
CHARTER_CLASS = "charter-ref"
SYMBOL_CLASS = "un-symbol"
_OBJECT = "\ufffc"


class Found(NamedTuple):
    """A linked reference and the id of the nearest element around it with one (``p4``, ``fn:3``)."""

    kind: str
    key: str
    place: str | None


@dataclass
class LinkResult:
    found: list[Found] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class LinkTargets:
    """Where links go, and their tooltips. ``charter_href`` turns an anchor (``article-33``) into an href."""

    charter_href: Callable[[str], str]
    undocs_base: str = UNDOCS_BASE
    symbol_titles: Mapping[str, str] = field(default_factory=dict)  # symbol -> document title
    charter_titles: Mapping[str, str] = field(default_factory=dict)  # anchor -> what it is


class _Segment(NamedTuple):
    """A run of a passage's text: the ``text`` (or, if ``tail``, the tail) of ``holder``, at ``start``."""

    holder: Element
    tail: bool
    start: int
    text: str


def _is_skipped(element: Element) -> bool:
    return element.tag in SKIPPED_TAGS and not classes(element) & UNREAD_CLASSES or NO_LINKS_CLASS in classes(element)


def _is_unread(element: Element) -> bool:
    """A note marker (``<sup><a class="footnote-ref">``) or a paragraph number."""
    return bool(classes(element) & UNREAD_CLASSES) or (
        element.tag == "sup" and len(element) == 1 and bool(classes(element[0]) & UNREAD_CLASSES) and not (element.text or "").strip()
    )


def _passage(block: Element) -> tuple[str, list[_Segment]]:
    """A passage's text, and where each run of it stands in the tree."""
    pieces: list[str] = []
    segments: list[_Segment] = []
    length = 0

    def add(holder: Element, tail: bool, text: str | None) -> None:
        nonlocal length
        if text:
            segments.append(_Segment(holder, tail, length, text))
            pieces.append(text)
            length += len(text)

    def walk(element: Element) -> None:
        nonlocal length
        add(element, False, element.text)
        for child in element:
            if not isinstance(child.tag, str) or child.tag in PASSAGE_TAGS or _is_unread(child):
                pass  # a comment, a passage of its own, or what is read as absent
            elif _is_skipped(child):
                pieces.append(_OBJECT)
                length += 1
            else:
                walk(child)
            add(child, True, child.tail)

    walk(block)
    return "".join(pieces), segments


class _Passage(NamedTuple):
    element: Element
    place: str | None  # the id of the nearest element around it with one
    linked: bool  # False in a heading
    context: TextContext  # the page's, or what an element around it says: data-issued-by, data-instrument


def _passages(container: Element, context: TextContext) -> Iterator[_Passage]:
    def visit(element: Element, place: str | None, linked: bool, context: TextContext) -> Iterator[_Passage]:
        if _is_skipped(element):
            return
        place = element.get("id") or place
        linked = linked and element.tag not in UNLINKED_TAGS
        context = TextContext(element.get("data-issued-by", context.issued_by), element.get("data-instrument", context.instrument))
        if element is container or element.tag in PASSAGE_TAGS:
            yield _Passage(element, place, linked, context)
        for child in element:
            if isinstance(child.tag, str):
                yield from visit(child, place, linked, context)

    yield from visit(container, None, True, context)


def _link(reference: Reference, text: str, targets: LinkTargets) -> Element:
    if reference.kind == "symbol":
        attributes = {"class": SYMBOL_CLASS, "href": undocs_url(reference.key, targets.undocs_base)}
        title = targets.symbol_titles.get(reference.key)
    else:
        attributes = {"class": CHARTER_CLASS, "href": targets.charter_href(reference.anchor)}
        title = targets.charter_titles.get(reference.anchor)
    if title:
        attributes["title"] = title
    return new_element("a", attributes, text)


def _wrap(segment: _Segment, start: int, end: int, link: Element) -> None:
    """Wrap ``[start, end)`` of the segment (offsets in the passage) in the link."""
    text = segment.holder.tail if segment.tail else segment.holder.text
    local_start, local_end = start - segment.start, end - segment.start
    link.text, link.tail = text[local_start:local_end], text[local_end:]
    if segment.tail:
        segment.holder.tail = text[:local_start]
        parent = segment.holder.getparent()
        parent.insert(parent.index(segment.holder) + 1, link)
    else:
        segment.holder.text = text[:local_start]
        segment.holder.insert(0, link)


def _segment_of(segments: list[_Segment], position: int) -> _Segment:
    return next(segment for segment in segments if segment.start <= position < segment.start + len(segment.text))


def _problem(reference: Reference, written: str, targets: LinkTargets) -> str | None:
    """Why a reference cannot be linked: the Charter has no such article, chapter or paragraph."""
    if not reference.valid:
        return rejection(written, reference.kind)
    if reference.kind != "symbol" and targets.charter_titles and reference.anchor not in targets.charter_titles:
        article = article_number(reference.key)
        return f"'{written}': the Charter's Article {article} has no such paragraph or item; left unlinked"
    return None


def link_references(
    container: Element, finder: ReferenceFinder, targets: LinkTargets, context: TextContext = TextContext()
) -> LinkResult:
    """Wrap every reference in the tree in a link; report what was linked, where, and what was not."""
    result = LinkResult()
    for passage in list(_passages(container, context)):
        text, segments = _passage(passage.element)
        wrapped: list[tuple[Reference, _Segment]] = []
        for reference in finder.find(text, passage.context):
            problem = _problem(reference, text[reference.start : reference.end], targets)
            if problem:
                result.problems.append(problem)
            elif passage.linked:
                result.found.append(Found(reference.kind, reference.key, passage.place))
                # A reference that runs through an inline element is linked where its number stands.
                wrapped.append((reference, _segment_of(segments, reference.end - 1)))
        for reference, segment in reversed(wrapped):  # from the end, so that earlier offsets hold
            start = max(reference.start, segment.start)
            while text[start].isspace():  # "<em>Article</em> 33": the link is "33"
                start += 1
            _wrap(segment, start, reference.end, _link(reference, text[start : reference.end], targets))
    return result
