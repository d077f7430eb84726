"""A page's content cut into the passages a search result can land on, each as clean text.

A passage is something a reader can be sent to: a numbered paragraph (``#p8``), a note
(``#fn:4``), a term of a definition list or an item of a list that has an id (a glossary
term, a reference), or the text under a heading with an id (a Charter article, a UN
document, a case, a part of the About page). What the page shows around the words (the
paragraph number in the margin, note markers, the ¶ of a heading, the ↩ of a note) is left
out, and so is navigation: a block that is only links, such as "Cited in: ..." or
"Official document". The passages are found by the page's markup alone, so a page that
grows (the whole Charter, more documents) is cut the same way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from report_edition.html import Element, classes, parse_fragment
from report_edition.text import paragraphs
from report_edition.text.abbreviations import HEADINGS

PARAGRAPH_RE = re.compile(r"p(\d+)")
NOTE_RE = re.compile(r"fn:(\d+)")
BLOCKS = frozenset({"p", "ul", "ol", "dl", "li", "dt", "dd", "blockquote", "table", "tr", "td", "th", "div", "pre"})
# What the pages show that is not the text: margin numbers, note marks, permalinks, and the edition's
# apparatus (where a Charter article is cited, its Repertory link; a section's citation files).
NOT_TEXT_CLASSES = paragraphs.NOT_TEXT_CLASSES | {"footnote-backref", "headerlink", "charter-about", "edition-cite-files"}
CHARTER_PART_RE = re.compile(r"article-(\d+)((?:-[0-9a-z]+)+)")  # a paragraph or lettered item of an article
SKIPPED_TAGS = frozenset({"script", "style", "template", "button", "svg"})
# A block with no more words than this outside its links is navigation ("Cited in: ...").
NAVIGATION_WORDS = 3


@dataclass(frozen=True)
class Passage:
    anchor: str | None  # the id a result links to; None for the page itself
    title: str  # what the result is called: "Paragraph 8", "Note 4", "Article 33", "ECOWAS"
    text: str  # the passage's words, white space collapsed


def page_passages(html: str, page_title: str) -> list[Passage]:
    """The page itself (title only), then every passage of its content, in reading order."""
    found = [Passage(None, page_title, "")]
    section: list = [None, page_title, [], "h1", 1]  # its heading's id, title, pieces of text, tag, place

    def close_section() -> None:
        anchor, title, pieces, tag, place = section
        text = _join(pieces)
        # The page's own heading is the page's result, unless words stand under it.
        if anchor is not None and (text or tag != "h1"):
            found.insert(place, Passage(anchor, title, text))

    def walk(element: Element) -> None:
        for child in element:
            if not isinstance(child.tag, str) or _skipped(child):
                continue
            anchor = child.get("id") or ""
            if child.tag in HEADINGS and anchor:
                close_section()
                section[:] = [anchor, _text(child), [], child.tag, len(found)]
            elif PARAGRAPH_RE.fullmatch(anchor):
                found.append(Passage(anchor, f"Paragraph {PARAGRAPH_RE.fullmatch(anchor).group(1)}", _text(child)))
            elif NOTE_RE.fullmatch(anchor):
                found.append(Passage(anchor, f"Note {NOTE_RE.fullmatch(anchor).group(1)}", _text(child)))
            elif child.tag == "dt" and anchor:
                found.append(Passage(anchor, _text(child), _join(_text(dd) for dd in _definitions(child))))
            elif child.tag == "dd" and _definitions_term(child) is not None:
                continue  # read with its term
            elif child.tag == "li" and anchor:
                # An item's own words; lettered items inside it (Article 13(1)(a)) are passages of their own.
                nested = [list_ for list_ in child if list_.tag in ("ol", "ul") and _has_passages(list_)]
                words = _text(child, leaving_out=nested)
                label = _charter_label(anchor)  # a Charter paragraph or item: its words under its label
                found.append(Passage(anchor, label, words) if label else Passage(anchor, words, ""))
                for list_ in nested:
                    walk(list_)
            elif _has_passages(child):
                walk(child)
            elif child.tag in BLOCKS and _is_navigation(child):
                continue
            else:
                section[2].append(_text(child))
            section[2].append(" ")

    walk(parse_fragment(html))
    close_section()
    return found


def _charter_label(anchor: str) -> str:
    """ "article-13-1-a" -> "Article 13(1)(a)"; "" for an id that is not a Charter paragraph or item."""
    match = CHARTER_PART_RE.fullmatch(anchor)
    return f"Article {match.group(1)}" + "".join(f"({part})" for part in match.group(2).split("-")[1:]) if match else ""


def _skipped(element: Element) -> bool:
    return (
        element.tag in SKIPPED_TAGS
        or element.get("hidden") is not None
        or bool(classes(element) & NOT_TEXT_CLASSES)
    )


def _has_passages(element: Element) -> bool:
    """Whether a block holds passages or headings of its own (notes, a glossary, a list of references)."""
    for descendant in element.iterdescendants():
        if not isinstance(descendant.tag, str):
            continue
        anchor = descendant.get("id") or ""
        if (descendant.tag in HEADINGS and anchor) or PARAGRAPH_RE.fullmatch(anchor) or NOTE_RE.fullmatch(anchor):
            return True
        if descendant.tag in ("dt", "li") and anchor:
            return True
    return False


def _definitions(term: Element) -> list[Element]:
    """The dd elements that follow a dt, up to the next dt."""
    found = []
    for sibling in term.itersiblings():
        if sibling.tag != "dd":
            break
        found.append(sibling)
    return found


def _definitions_term(definition: Element) -> Element | None:
    """The dt with an id that a dd belongs to, if any."""
    for sibling in definition.itersiblings(preceding=True):
        if sibling.tag == "dt":
            return sibling if sibling.get("id") else None
        if sibling.tag != "dd":
            return None
    return None


def _is_navigation(block: Element) -> bool:
    words = []

    def outside_links(node: Element) -> None:
        if node.tag != "a" and not _skipped(node):
            words.extend((node.text or "").split())
            for child in node:
                if isinstance(child.tag, str):
                    outside_links(child)
                words.extend((child.tail or "").split())
        # a link's own words do not count, its tail does (added by the parent)

    outside_links(block)
    has_link = any(True for _ in block.iter("a"))
    return has_link and len([word for word in words if any(ch.isalnum() for ch in word)]) <= NAVIGATION_WORDS


def _text(element: Element, leaving_out: Sequence[Element] = ()) -> str:
    """The element's words, without the marks around them; blocks inside it kept apart by a space."""
    pieces: list[str] = []

    def walk(node: Element) -> None:
        if _skipped(node) or node in leaving_out:
            return
        pieces.append(node.text or "")
        for child in node:
            if isinstance(child.tag, str):
                if child.tag == "br" or child.tag in BLOCKS:
                    pieces.append(" ")
                walk(child)
                if child.tag in BLOCKS:
                    pieces.append(" ")
            pieces.append(child.tail or "")

    walk(element)
    return _join(pieces)


def _join(pieces) -> str:
    return " ".join("".join(pieces).split())
