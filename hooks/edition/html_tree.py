"""Page HTML as a tree, read and written by lxml: the one parser the edition uses."""

from __future__ import annotations

import lxml.html
from lxml import etree

CONTAINER = "div"


def parse_fragment(html: str) -> etree._Element:
    """A fragment of HTML (a page's content) inside one container element."""
    return lxml.html.fragment_fromstring(html, create_parent=CONTAINER)


def serialize_fragment(container: etree._Element) -> str:
    """The container's content as HTML: its text, then each child with its tail."""
    return (container.text or "") + "".join(
        lxml.html.tostring(child, encoding="unicode", with_tail=True) for child in container
    )


def parse_document(html: str) -> etree._Element:
    """A whole page."""
    return lxml.html.document_fromstring(html)


def serialize_document(document: etree._Element) -> str:
    return etree.tostring(document, method="html", encoding="unicode", doctype="<!doctype html>")
