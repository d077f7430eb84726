"""The report as an EPUB 3: its parts as content documents, a navigation document, the package.

The package names the title, both rapporteurs as creators with their role, IPI as
publisher, the report's date, its language and rights, the online edition where there is
one, and the EPUB Accessibility 1.1 metadata that the book meets (every file is text; it
has a table of contents, headings, a reading order, and footnotes that link both ways).
The container is byte-identical from the same input (exports/zip.py).
"""

from __future__ import annotations

import uuid
from html import escape
from pathlib import Path

from lxml import etree

from report_edition.exports.book import BookMetadata, Kind, Part
from report_edition.exports.epub_content import (
    EPUB_TYPE,
    STYLESHEET,
    content_document,
    file_name,
    heading_text,
    to_xhtml,
    x,
    xhtml_document,
)
from report_edition.exports.zip import write_epub_container
from report_edition.html import collapsed_text, parse_fragment

ROOT = "EPUB"
NAV = "nav.xhtml"
CONTAINER = f"""<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="{ROOT}/package.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
"""
CONFORMS_TO = "EPUB Accessibility 1.1 - WCAG 2.1 Level AA"
ACCESSIBILITY_FEATURES = ("structuralNavigation", "tableOfContents", "readingOrder", "displayTransformability")
ACCESSIBILITY_SUMMARY = (
    "All of this publication is text: there are no images, audio or video, and nothing that moves or flashes. "
    "Each section of the report is a chapter with its own headings, listed in the table of contents; "
    "every paragraph keeps its number as in the online edition; the notes are footnotes that link to "
    "their place in the text and back. Text size, font and colours can be changed by the reader."
)
CERTIFIED_BY = "The makers of the online edition (self-assessed; checked with EPUBCheck and DAISY Ace)"
LANDMARKS = {Kind.COVER: ("titlepage", "Title page"), Kind.CHAPTER: ("bodymatter", "Start of the report"),
             Kind.BIBLIOGRAPHY: ("bibliography", "References")}


def identifier(metadata: BookMetadata) -> str:
    """The same for every build of the same report, whatever the address it is published at."""
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'{metadata.publisher}/{metadata.title}/{metadata.date}')}"


def _nav_item(parent: etree._Element, href: str, text: str) -> etree._Element:
    item = etree.SubElement(parent, x("li"))
    etree.SubElement(item, x("a"), href=href).text = text
    return item


def navigation(parts: list[Part], language: str) -> bytes:
    """The table of contents (every part, and every section of each) and the landmarks."""
    nav = etree.Element(x("nav"))
    nav.set(EPUB_TYPE, "toc")
    nav.set("id", "toc")
    nav.set("role", "doc-toc")
    nav.set("aria-labelledby", "toc-title")
    etree.SubElement(nav, x("h1"), id="toc-title").text = "Contents"
    contents = etree.SubElement(nav, x("ol"))
    for part in parts:
        item = _nav_item(contents, file_name(part), heading_text(part))
        sections = [h2 for h2 in parse_fragment(part.page.content).iter("h2") if h2.get("id")]
        if sections:
            inner = etree.SubElement(item, x("ol"))
            for h2 in sections:
                _nav_item(inner, f"{file_name(part)}#{h2.get('id')}", collapsed_text(h2))
    landmarks = etree.Element(x("nav"), hidden="hidden")
    landmarks.set(EPUB_TYPE, "landmarks")
    landmarks.set("aria-labelledby", "landmarks-title")
    etree.SubElement(landmarks, x("h2"), id="landmarks-title").text = "Landmarks"
    marks = etree.SubElement(landmarks, x("ol"))
    toc_link = _nav_item(marks, f"{NAV}#toc", "Contents").find(x("a"))
    toc_link.set(EPUB_TYPE, "toc")
    for kind, (landmark, text) in LANDMARKS.items():
        first = next((part for part in parts if part.kind is kind), None)
        if first is not None:
            _nav_item(marks, file_name(first), text).find(x("a")).set(EPUB_TYPE, landmark)
    body = to_xhtml(etree.Element("div"))
    body.extend([nav, landmarks])
    return xhtml_document("Contents", body, language, "frontmatter")


def package(parts: list[Part], metadata: BookMetadata) -> bytes:
    """The package document: metadata, every file in the manifest, the reading order."""
    e = escape
    creators = []
    for number, author in enumerate(metadata.authors, start=1):
        creators += [
            f'    <dc:creator id="creator-{number}">{e(author)}</dc:creator>',
            f'    <meta refines="#creator-{number}" property="role" scheme="marc:relators">aut</meta>',
            f'    <meta refines="#creator-{number}" property="role">{e(metadata.role)}</meta>',
            f'    <meta refines="#creator-{number}" property="display-seq">{number}</meta>',
        ]
    accessibility = [
        '    <meta property="schema:accessMode">textual</meta>',
        '    <meta property="schema:accessModeSufficient">textual</meta>',
        *(f'    <meta property="schema:accessibilityFeature">{feature}</meta>' for feature in ACCESSIBILITY_FEATURES),
        '    <meta property="schema:accessibilityHazard">none</meta>',
        f'    <meta property="schema:accessibilitySummary">{e(ACCESSIBILITY_SUMMARY)}</meta>',
        f'    <meta property="dcterms:conformsTo" id="conformance">{CONFORMS_TO}</meta>',
        f'    <meta property="a11y:certifiedBy" refines="#conformance">{e(CERTIFIED_BY)}</meta>',
    ]
    online = [f'    <link rel="alternate" href="{e(metadata.online_url)}" media-type="text/html"/>'] if metadata.online_url else []
    manifest = [
        f'    <item id="nav" href="{NAV}" media-type="application/xhtml+xml" properties="nav"/>',
        f'    <item id="css" href="{STYLESHEET}" media-type="text/css"/>',
        *(f'    <item id="{part.id}" href="{file_name(part)}" media-type="application/xhtml+xml"/>' for part in parts),
    ]
    spine = [f'    <itemref idref="{part.id}"/>' for part in parts]
    spine.insert(1, '    <itemref idref="nav"/>')  # the contents, after the title page
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="pub-id" xml:lang="{metadata.language}">',
        '  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">',
        f'    <dc:identifier id="pub-id">{identifier(metadata)}</dc:identifier>',
        f"    <dc:title>{e(metadata.title)}</dc:title>",
        f"    <dc:language>{metadata.language}</dc:language>",
        *creators,
        f"    <dc:publisher>{e(metadata.publisher)}</dc:publisher>",
        f"    <dc:date>{metadata.date}</dc:date>",
        f"    <dc:rights>{e(metadata.rights)}</dc:rights>",
        f'    <meta property="dcterms:modified">{metadata.modified_iso}</meta>',
        *accessibility,
        *online,
        "  </metadata>",
        "  <manifest>",
        *manifest,
        "  </manifest>",
        "  <spine>",
        *spine,
        "  </spine>",
        "</package>",
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


def epub_entries(parts: list[Part], metadata: BookMetadata, css: str) -> dict[str, bytes]:
    """Every file of the EPUB but ``mimetype``, by its path in the container."""
    files = {part.page.url: file_name(part) for part in parts}
    entries = {
        "META-INF/container.xml": CONTAINER.encode("utf-8"),
        f"{ROOT}/package.opf": package(parts, metadata),
        f"{ROOT}/{NAV}": navigation(parts, metadata.language),
        f"{ROOT}/{STYLESHEET}": css.encode("utf-8"),
    }
    for part in parts:
        entries[f"{ROOT}/{file_name(part)}"] = content_document(part, files, metadata.language, metadata.online_url)
    return entries


def write_epub(parts: list[Part], metadata: BookMetadata, css: str, destination: Path) -> None:
    write_epub_container(epub_entries(parts, metadata, css), destination, metadata.modified)
