"""Link Charter articles and chapters and UN documents in an element tree.

Works on the parsed document, never on raw Markdown: text inside code, preformatted
text, existing links and any element marked ``no-ref-links`` is left alone, headings are
checked but not linked, attributes are never touched, and linking only
wraps existing text in ``<a>``: the visible text stays the same, and a second pass finds
nothing new to link.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple


from edition.charter_refs import find_charter_references, rejection
from edition.references import Reference
from edition.resolutions import find_resolutions
from edition.un_symbols import UNDOCS_BASE, SymbolFinder, undocs_url
from edition.tree_steps import TreeStep

# Every reference has an Arabic number, or is a chapter with a Roman one.
_MAY_HOLD_A_REFERENCE = re.compile(r"\d|[Cc]hapter")
SKIPPED_TAGS = frozenset({"a", "code", "pre", "kbd", "samp", "script", "style"})
# Headings are not linked (their text is the page's table of contents), but what they get wrong is reported.
UNLINKED_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
NO_LINKS_CLASS = "no-ref-links"
CHARTER_CLASS = "charter-ref"
SYMBOL_CLASS = "un-symbol"


class Found(NamedTuple):
    """A linked reference and the id of the nearest element around it with one (``p4``, ``fn:3``)."""

    kind: str
    key: str
    place: str | None


@dataclass
class LinkResult:
    found: list[Found] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


@dataclass
class LinkTargets:
    """Where links go, and their tooltips. ``charter_href`` turns an anchor (``article-33``) into an href."""

    charter_href: Callable[[str], str]
    undocs_base: str = UNDOCS_BASE
    symbol_titles: Mapping[str, str] = field(default_factory=dict)  # symbol -> document title
    charter_titles: Mapping[str, str] = field(default_factory=dict)  # anchor -> what it is


class ReferenceFinder:
    """All references in a text, earliest first, none overlapping."""

    def __init__(self, series: tuple[str, ...]) -> None:
        self.symbols = SymbolFinder(series)

    def find(self, text: str) -> list[Reference]:
        if not _MAY_HOLD_A_REFERENCE.search(text):
            return []  # most text nodes stop here
        candidates = find_charter_references(text) + find_resolutions(text)
        candidates += [Reference(m.start, m.end, "symbol", m.symbol) for m in self.symbols.find(text)]
        chosen: list[Reference] = []
        for reference in sorted(candidates, key=lambda r: (r.start, -(r.end - r.start))):
            if not chosen or reference.start >= chosen[-1].end:
                chosen.append(reference)
        return chosen


def _link(reference: Reference, text: str, targets: LinkTargets) -> etree.Element:
    if reference.kind == "symbol":
        attributes = {"class": SYMBOL_CLASS, "href": undocs_url(reference.key, targets.undocs_base)}
        title = targets.symbol_titles.get(reference.key)
        if title:
            attributes["title"] = title
    else:
        anchor = reference.anchor
        attributes = {"class": CHARTER_CLASS, "href": targets.charter_href(anchor)}
        title = targets.charter_titles.get(anchor)
        if title:
            attributes["title"] = title
    link = etree.Element("a", attributes)
    link.text = text
    return link


def _split(
    text: str, place: str | None, linked: bool, finder: ReferenceFinder, targets: LinkTargets, result: LinkResult
) -> tuple[str, list[etree.Element]]:
    """The text before the first link, and the links, each carrying the text after it as tail."""
    links: list[etree.Element] = []
    before = text
    cursor = 0
    for reference in finder.find(text):
        written = text[reference.start : reference.end]
        if not reference.valid:
            result.problems.append(rejection(written, reference.kind))
            continue
        if not linked:
            continue
        result.found.append(Found(reference.kind, reference.key, place))
        if links:
            links[-1].tail = text[cursor : reference.start]
        else:
            before = text[: reference.start]
        links.append(_link(reference, written, targets))
        cursor = reference.end
    if links:
        links[-1].tail = text[cursor:]
    return before, links


Slot = tuple[etree.Element, etree.Element | None, str | None, bool]


def _text_slots(element: etree.Element, place: str | None, linked: bool = True) -> Iterator[Slot]:
    """In document order: (element, None, place, linked) for an element's text, (child, parent, place,
    linked) for a tail; ``linked`` is False inside a heading."""
    if element.tag in SKIPPED_TAGS or NO_LINKS_CLASS in (element.get("class") or "").split():
        return
    place = element.get("id") or place
    linked = linked and element.tag not in UNLINKED_TAGS
    yield element, None, place, linked
    for child in element:
        yield from _text_slots(child, place, linked)
        yield child, element, place, linked  # a child's tail is this element's text, even after a skipped child


def link_references(root: etree.Element, finder: ReferenceFinder, targets: LinkTargets) -> LinkResult:
    """Wrap every reference in the tree in a link; report what was linked, where, and what was not."""
    result = LinkResult()
    # All slots first: the links inserted below are not visited again.
    for holder, parent, place, linked in list(_text_slots(root, None)):
        text = holder.text if parent is None else holder.tail
        if not text:
            continue
        before, links = _split(text, place, linked, finder, targets, result)
        if not links:
            continue
        if parent is None:
            holder.text = before
            position = 0
        else:
            holder.tail = before
            position = list(parent).index(holder) + 1
            holder = parent
        for offset, link in enumerate(links):
            holder.insert(position + offset, link)
    return result


class ReferenceLinksExtension(TreeStep):
    """Registers the linker. ``targets`` and ``enabled`` are set before, ``result`` read after each page's render."""

    def __init__(self, finder: ReferenceFinder, targets: LinkTargets) -> None:
        # After attr_list (8), before abbr (7) and smarty (6): the text is final and whole.
        super().__init__("reference_links", 7.5, self._link)
        self.finder = finder
        self.targets = targets
        self.result = LinkResult()

    def _link(self, root: etree.Element) -> None:
        self.result = link_references(root, self.finder, self.targets)
