"""Page HTML as a tree, read and written by lxml: the one parser the edition uses.

Elements the edition creates or changes keep their attributes in alphabetical order, as
Python-Markdown writes them, so that a page reads the same whichever step touched it.
"""

from __future__ import annotations

from collections.abc import Mapping

import lxml.html
from lxml import etree

Element = etree._Element
CONTAINER = "div"


def parse_fragment(html: str) -> Element:
    """A fragment of HTML (a page's content) inside one container element."""
    return lxml.html.fragment_fromstring(html, create_parent=CONTAINER)


def serialize_fragment(container: Element) -> str:
    """The container's content as HTML: its text, then each child with its tail."""
    return (container.text or "") + "".join(
        lxml.html.tostring(child, encoding="unicode", with_tail=True) for child in container
    )


def parse_document(html: str) -> Element:
    """A whole page."""
    return lxml.html.document_fromstring(html)


def serialize_document(document: Element) -> str:
    return etree.tostring(document, method="html", encoding="unicode", doctype="<!doctype html>")


def new_element(tag: str, attributes: Mapping[str, str], text: str | None = None) -> Element:
    element = lxml.html.Element(tag, dict(sorted(attributes.items())))
    element.text = text
    return element


def set_attribute(element: Element, name: str, value: str) -> None:
    """Set one attribute, keeping the element's attributes in alphabetical order."""
    attributes = {**element.attrib, name: value}
    element.attrib.clear()
    element.attrib.update(sorted(attributes.items()))


def classes(element: Element) -> set[str]:
    return set((element.get("class") or "").split())


def collapsed_text(element: Element) -> str:
    """The element's text, each run of white space one space."""
    return " ".join(element.text_content().split())


def text_without(element: Element, skipped_classes: frozenset[str]) -> str:
    """The element's text, white space collapsed, leaving out descendants of the skipped classes."""
    pieces: list[str] = []

    def walk(node: Element) -> None:
        if classes(node) & skipped_classes:
            return
        pieces.append(node.text or "")
        for child in node:
            if isinstance(child.tag, str):
                walk(child)
            pieces.append(child.tail or "")

    walk(element)
    return " ".join("".join(pieces).split())
