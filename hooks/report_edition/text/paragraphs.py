"""Number a page's paragraphs and block quotes, as UN documents number theirs.

Each top-level paragraph and block quote gets the id ``p<N>`` (its position on the page)
and, as its first child, a small link to itself showing N: ``taking-stock/#p4`` is the
fourth paragraph of Taking Stock for as long as the text stands. Nothing is written into
the Markdown sources.
"""

from __future__ import annotations

from report_edition.html import Element, new_element

NUMBERED_TAGS = frozenset({"p", "blockquote"})
NUMBER_CLASS = "para-num"
# What a paragraph's text leaves out: its number in the margin and its note markers.
NOT_TEXT_CLASSES = frozenset({NUMBER_CLASS, "footnote-ref"})


def paragraph_id(number: int) -> str:
    return f"p{number}"


def number_paragraphs(container: Element) -> None:
    """Give each top-level paragraph and block quote with words an id and a self-link."""
    count = 0
    for element in container:
        if element.tag not in NUMBERED_TAGS or not "".join(element.itertext()).strip():
            continue
        count += 1
        anchor = paragraph_id(count)
        element.set("id", anchor)
        number = new_element("a", {"class": NUMBER_CLASS, "href": f"#{anchor}", "aria-label": f"Paragraph {count}"}, str(count))
        number.tail, element.text = element.text, None
        element.insert(0, number)
