from __future__ import annotations

import zipfile
from dataclasses import replace
from pathlib import Path

from lxml import etree

from report_edition.exports.epub import epub_entries, identifier, write_epub

OPF = {"opf": "http://www.idpf.org/2007/opf", "dc": "http://purl.org/dc/elements/1.1/"}


def test_the_package_describes_the_report(parts, metadata):
    entries = epub_entries(parts, metadata, "p {}")
    package = etree.fromstring(entries["EPUB/package.opf"])
    meta = package.find("opf:metadata", OPF)
    assert meta.findtext("dc:title", namespaces=OPF) == "A Report: A Retreat"
    assert [c.text for c in meta.findall("dc:creator", OPF)] == ["Ann Author", "Bo Writer"]
    roles = [(m.get("refines"), m.get("scheme"), m.text) for m in meta.findall("opf:meta[@property='role']", OPF)]
    assert roles == [("#creator-1", "marc:relators", "aut"), ("#creator-1", None, "rapporteur"),
                     ("#creator-2", "marc:relators", "aut"), ("#creator-2", None, "rapporteur")]
    assert meta.findtext("dc:publisher", namespaces=OPF) == "An Institute"
    assert meta.findtext("dc:rights", namespaces=OPF) == "© An Institute, 2012."
    assert meta.findtext("opf:meta[@property='dcterms:modified']", namespaces=OPF) == "2023-11-14T22:13:20Z"
    assert meta.find("opf:link", OPF) is None
    spine = [ref.get("idref") for ref in package.iterfind("opf:spine/opf:itemref", OPF)]
    assert spine == ["home", "nav", "one", "two", "about", "references", "charter"]
    published = etree.fromstring(epub_entries(parts, replace(metadata, online_url="https://example.org/r/"), "")["EPUB/package.opf"])
    link = published.find("opf:metadata/opf:link", OPF)
    assert (link.get("rel"), link.get("href"), link.get("media-type")) == ("alternate", "https://example.org/r/", "text/html")


def test_the_identifier_does_not_depend_on_the_address_or_the_day(metadata):
    assert identifier(metadata) == identifier(replace(metadata, online_url="https://example.org/", modified=(2030, 1, 1, 0, 0, 0)))
    assert identifier(metadata) != identifier(replace(metadata, title="Another"))
    assert identifier(metadata).startswith("urn:uuid:")


def test_the_navigation_lists_every_part_and_section(parts, metadata):
    nav = etree.fromstring(epub_entries(parts, metadata, "")["EPUB/nav.xhtml"])
    ns = {"x": "http://www.w3.org/1999/xhtml", "epub": "http://www.idpf.org/2007/ops"}
    toc = nav.find(".//x:nav[@epub:type='toc']", ns)
    assert [(a.get("href"), a.text) for a in toc.iter("{http://www.w3.org/1999/xhtml}a")] == [
        ("home.xhtml", "A Report"), ("home.xhtml#suggested-citation", "Suggested Citation"), ("one.xhtml", "One"),
        ("one.xhtml#part", "A Part"), ("two.xhtml", "Two"), ("about.xhtml", "About This Report"), ("about.xhtml#ipi", "IPI"),
        ("references.xhtml", "References"), ("charter.xhtml", "Charter of the United Nations")]
    landmarks = nav.find(".//x:nav[@epub:type='landmarks']", ns)
    assert [a.get("{http://www.idpf.org/2007/ops}type") for a in landmarks.iter("{http://www.w3.org/1999/xhtml}a")] == [
        "toc", "titlepage", "bodymatter", "bibliography"]


def test_the_container_is_the_same_every_time(parts, metadata, tmp_path: Path):
    write_epub(parts, metadata, "p {}", tmp_path / "one.epub")
    write_epub(parts, metadata, "p {}", tmp_path / "two.epub")
    assert (tmp_path / "one.epub").read_bytes() == (tmp_path / "two.epub").read_bytes()
    with zipfile.ZipFile(tmp_path / "one.epub") as archive:
        infos = archive.infolist()
    assert infos[0].filename == "mimetype" and infos[0].compress_type == zipfile.ZIP_STORED
    assert {info.date_time for info in infos} == {(2023, 11, 14, 22, 13, 20)}
    assert [info.filename for info in infos[1:]] == sorted(info.filename for info in infos[1:])
