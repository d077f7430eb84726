"""One part of the book as an EPUB content document: XHTML, written by lxml's XML serializer.

The page's HTML keeps its ids (``#p4`` is paragraph 4 of that chapter, as on the site); a
link to another page goes to that page's file in the EPUB, a link to a page the EPUB does
not hold goes to the online edition (or, with none, becomes plain text). The notes become
EPUB footnotes (``epub:type`` noteref / footnote with the matching DPUB-ARIA roles), each
shown with its number as printed, and every ``epub:type`` has the role readers expect.
"""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import urljoin, urlsplit

from lxml import etree

from report_edition.exports.book import Kind, Part
from report_edition.exports.single_file import link_target, page_at
from report_edition.html import Element, classes, collapsed_text, parse_fragment

XHTML_NS = "http://www.w3.org/1999/xhtml"
OPS_NS = "http://www.idpf.org/2007/ops"
NSMAP = {None: XHTML_NS, "epub": OPS_NS}
EPUB_TYPE = f"{{{OPS_NS}}}type"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
STYLESHEET = "style.css"

# What each kind of part is: the body's epub:type, and the section's epub:type and role.
STRUCTURE: Mapping[Kind, tuple[str, str | None, str | None]] = {
    Kind.COVER: ("frontmatter", "titlepage", None),
    Kind.CHAPTER: ("bodymatter", "chapter", "doc-chapter"),
    Kind.ABOUT: ("backmatter", None, None),
    Kind.BIBLIOGRAPHY: ("backmatter", "bibliography", "doc-bibliography"),
    Kind.APPENDIX: ("backmatter", "appendix", "doc-appendix"),
}


def x(tag: str) -> str:
    return f"{{{XHTML_NS}}}{tag}"


def file_name(part: Part) -> str:
    return f"{part.id}.xhtml"


def to_xhtml(element: Element) -> Element:
    """A copy of an HTML element and its descendants in the XHTML namespace (comments left out, their tails kept)."""
    copy = etree.Element(x(element.tag), nsmap=NSMAP)
    for name, value in element.attrib.items():
        copy.set(name, value)
    copy.text = element.text
    for child in element:
        if isinstance(child.tag, str):
            copy.append(to_xhtml(child))
            copy[-1].tail = child.tail
        elif child.tail:
            if len(copy):
                copy[-1].tail = (copy[-1].tail or "") + child.tail
            else:
                copy.text = (copy.text or "") + child.tail
    return copy


def _rewrite_links(content: Element, page_url: str, files: Mapping[str, str], online_url: str) -> None:
    """Links between pages go between the EPUB's files; links to pages it lacks go online, or become text."""
    for link in list(content.iter("a")):
        href = link.get("href")
        parts = urlsplit(href or "")
        if href is None or parts.scheme or parts.netloc or not parts.path:
            continue  # another site, or a place in this page
        target = link_target(page_url, parts.path)
        url = page_at(target, files)
        file = files[url] if url is not None else None
        if file is not None:
            link.set("href", f"{file}#{parts.fragment}" if parts.fragment else file)
        elif online_url:
            link.set("href", urljoin(online_url, target) + (f"#{parts.fragment}" if parts.fragment else ""))
            link.set("rel", "external")
        else:
            link.drop_tag()


def _notes_as_footnotes(content: Element) -> None:
    """Python-Markdown's list of notes becomes one footnote per note, each with its printed number."""
    for link in content.xpath(".//a[contains(concat(' ', @class, ' '), ' footnote-ref ')]"):
        link.set("data-epub-type", "noteref")
        link.set("role", "doc-noteref")
    for block in content.xpath(".//div[contains(concat(' ', @class, ' '), ' footnote ')]"):
        notes = etree.Element("div", {"class": "footnotes"})
        for item in block.iter("li"):
            aside = etree.SubElement(notes, "aside", {"id": item.get("id"), "class": "footnote", "role": "doc-footnote", "data-epub-type": "footnote"})
            aside.extend(list(item))
            first = aside[0] if len(aside) else etree.SubElement(aside, "p")
            number = etree.Element("span", {"class": "note-number"})
            number.text = f"{item.get('value')}."
            number.tail = " " + (first.text or "")
            first.text = None
            first.insert(0, number)
        for backlink in notes.xpath(".//a[contains(concat(' ', @class, ' '), ' footnote-backref ')]"):
            backlink.set("role", "doc-backlink")
        block.addprevious(notes)
        notes.tail = block.tail
        block.getparent().remove(block)


def _paragraph_numbers(content: Element) -> None:
    """A space after each paragraph's number, so that it is not read as one word with the paragraph's first."""
    for number in content.iter("a"):
        if "para-num" in classes(number):
            number.tail = " " + (number.tail or "")


def xhtml_document(title: str, body: Element, language: str, body_type: str) -> bytes:
    html = etree.Element(x("html"), nsmap=NSMAP)
    html.set("lang", language)
    html.set(XML_LANG, language)
    head = etree.SubElement(html, x("head"))
    etree.SubElement(head, x("meta"), charset="utf-8")
    etree.SubElement(head, x("title")).text = title
    etree.SubElement(head, x("link"), rel="stylesheet", type="text/css", href=STYLESHEET)
    body_element = etree.SubElement(html, x("body"))
    body_element.set(EPUB_TYPE, body_type)
    body_element.append(body)
    return etree.tostring(html, encoding="utf-8", xml_declaration=True, doctype="<!DOCTYPE html>") + b"\n"


def heading_text(part: Part) -> str:
    h1 = parse_fragment(part.page.content).find(".//h1")
    return collapsed_text(h1) if h1 is not None else part.page.title


def content_document(part: Part, files: Mapping[str, str], language: str, online_url: str = "") -> bytes:
    """The part as a content document; ``files`` maps each page URL the book holds to its file name."""
    content = parse_fragment(part.page.content)
    _rewrite_links(content, part.page.url, files, online_url)
    _notes_as_footnotes(content)
    _paragraph_numbers(content)
    body_type, section_type, role = STRUCTURE[part.kind]
    section = to_xhtml(content)
    section.tag = x("section")
    for element in section.iter(x("*")):
        if "data-epub-type" in element.attrib:
            element.set(EPUB_TYPE, element.attrib.pop("data-epub-type"))
    if section_type:
        section.set(EPUB_TYPE, section_type)
    if role:
        section.set("role", role)
    return xhtml_document(heading_text(part), section, language, body_type)
