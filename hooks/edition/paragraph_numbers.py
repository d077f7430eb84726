"""Number a page's paragraphs and block quotes, as UN documents number theirs.

Each top-level paragraph and block quote gets the id ``p<N>`` (its position on the page)
and, as its first child, a small link to itself showing N: ``taking-stock/#p4`` is the
fourth paragraph of Taking Stock for as long as the text stands. Nothing is written into
the Markdown sources.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown.util import ETX, STX

from edition.tree_steps import TreeStep

NUMBERED_TAGS = frozenset({"p", "blockquote"})
NUMBER_CLASS = "para-num"
# What a paragraph's text leaves out: its number in the margin and its note markers.
NOT_TEXT_CLASSES = frozenset({NUMBER_CLASS, "footnote-ref"})


def paragraph_id(number: int) -> str:
    return f"p{number}"


_ONLY_RAW_HTML_RE = re.compile(rf"(?:{STX}wzxhzdk:\d+{ETX}\s*)+")  # Python-Markdown's placeholders for raw HTML


def _has_words(element: etree.Element) -> bool:
    """False for an empty paragraph or one that only holds stashed raw HTML (a block of HTML)."""
    text = "".join(element.itertext()).strip()
    return bool(text) and not _ONLY_RAW_HTML_RE.fullmatch(text)


def number_paragraphs(root: etree.Element) -> None:
    """Give each top-level paragraph and block quote an id and a self-link."""
    count = 0
    for element in root:
        if element.tag not in NUMBERED_TAGS or not _has_words(element):
            continue
        count += 1
        anchor = paragraph_id(count)
        element.set("id", anchor)
        number = etree.Element("a", {"class": NUMBER_CLASS, "href": f"#{anchor}", "aria-label": f"Paragraph {count}"})
        number.text = str(count)
        number.tail = element.text
        element.text = None
        element.insert(0, number)


class ParagraphNumbersExtension(TreeStep):
    """``enabled`` is per page: a page whose front matter says ``paragraph_numbers: false`` opts out."""

    def __init__(self) -> None:
        # After attr_list (8): the position id replaces any other; before the reference
        # linker (7.5), which records the paragraph each reference stands in.
        super().__init__("paragraph_numbers", 7.6, number_paragraphs)
