from __future__ import annotations

from lxml import etree

from report_edition.exports.epub_content import OPS_NS, XHTML_NS, content_document, file_name

NS = {"x": XHTML_NS, "epub": OPS_NS}


def _document(parts, index: int, online_url: str = "") -> etree._Element:
    files = {part.page.url: file_name(part) for part in parts}
    data = content_document(parts[index], files, "en", online_url)
    assert data.startswith(b"<?xml version='1.0' encoding='utf-8'?>\n<!DOCTYPE html>\n")
    return etree.fromstring(data)  # well-formed XML, or this raises


def test_a_chapter_is_xhtml_with_its_structure(parts):
    root = _document(parts, 1)
    assert root.tag == f"{{{XHTML_NS}}}html" and root.get("lang") == "en"
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    assert root.findtext("x:head/x:title", namespaces=NS) == "One"
    assert root.find("x:body", NS).get(f"{{{OPS_NS}}}type") == "bodymatter"
    section = root.find("x:body/x:section", NS)
    assert section.get(f"{{{OPS_NS}}}type") == "chapter" and section.get("role") == "doc-chapter"


def test_paragraph_ids_and_numbers_stay(parts):
    root = _document(parts, 1)
    paragraph = root.find(".//x:p[@id='p1']", NS)
    number = paragraph.find("x:a", NS)
    assert (number.get("class"), number.get("href"), number.text, number.tail) == ("para-num", "#p1", "1", " See ")
    assert root.find(".//x:blockquote[@id='p2']", NS) is not None


def test_links_go_between_the_books_files(parts):
    root = _document(parts, 1)
    hrefs = {a.text: a.get("href") for a in root.iter(f"{{{XHTML_NS}}}a") if a.text}
    assert hrefs["Article 33"] == "charter.xhtml#article-33"
    assert hrefs["Two"] == "two.xhtml#p1"
    assert hrefs["S/2011/552"] == "https://undocs.org/en/S/2011/552"  # another site: as on the site
    # A page the book does not hold: plain text in a local build, the online page in a published one.
    assert "Glossary" not in hrefs and "the Glossary." in etree.tostring(root, encoding="unicode", method="text")
    published = _document(parts, 1, "https://example.org/r/")
    glossary = next(a for a in published.iter(f"{{{XHTML_NS}}}a") if a.text == "Glossary")
    assert (glossary.get("href"), glossary.get("rel")) == ("https://example.org/r/glossary.html", "external")


def test_notes_become_footnotes_with_their_printed_numbers(parts):
    root = _document(parts, 1)
    marker = root.find(".//x:sup[@id='fnref:1']/x:a", NS)
    assert marker.get(f"{{{OPS_NS}}}type") == "noteref" and marker.get("role") == "doc-noteref"
    assert marker.get("href") == "#fn:1"
    assert root.find(".//x:div[@class='footnote']", NS) is None and root.find(".//x:hr", NS) is None
    note = root.find(".//x:div[@class='footnotes']/x:aside[@id='fn:1']", NS)
    assert note.get(f"{{{OPS_NS}}}type") == "footnote" and note.get("role") == "doc-footnote"
    first = note.find("x:p", NS)
    assert first.find("x:span", NS).text == "1." and first.find("x:span", NS).tail == " A note. "
    backlink = note.find(".//x:a[@role='doc-backlink']", NS)
    assert backlink.get("href") == "#fnref:1"


def test_each_kind_of_part_has_its_types(parts):
    expected = [("frontmatter", "titlepage", None), ("bodymatter", "chapter", "doc-chapter"),
                ("bodymatter", "chapter", "doc-chapter"), ("backmatter", None, None),
                ("backmatter", "bibliography", "doc-bibliography"), ("backmatter", "appendix", "doc-appendix")]
    found = []
    for index in range(len(parts)):
        root = _document(parts, index)
        section = root.find("x:body/x:section", NS)
        found.append((root.find("x:body", NS).get(f"{{{OPS_NS}}}type"), section.get(f"{{{OPS_NS}}}type"), section.get("role")))
    assert found == expected


def test_no_html_entity_survives(parts):
    data = content_document(parts[1], {}, "en")
    assert b"&nbsp;" not in data and "↩".encode() in data
