from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pikepdf

from report_edition.exports.pdf import print_document, write_pdf
from report_edition.exports.pdf_tags import link_labels, reachable_content
from report_edition.html import parse_document

CSS = "@page { size: A4; @top-left { content: string(short-title) } @bottom-right { content: counter(page) } }" \
      "body { string-set: short-title attr(data-short-title) } .para-num { position: absolute; left: -10mm }" \
      "p, blockquote { position: relative } @media (hover: hover) { p { color: red } }"


def test_the_print_document_holds_every_part_for_paper(parts, metadata):
    document = parse_document(print_document(parts, metadata, CSS))
    assert document.get("lang") == "en" and document.findtext(".//title") == "A Report: A Retreat"
    assert document.find("body").get("data-short-title") == "A Report"
    assert [m.get("content") for m in document.iterfind(".//meta[@name='author']")] == ["Ann Author", "Bo Writer"]
    assert document.find(".//meta[@name='dcterms.created']").get("content") == "2023-11-14T22:13:20Z"
    assert [s.get("id") for s in document.iterfind(".//section")] == ["home", "one", "two", "about", "references", "charter"]
    number = document.get_element_by_id("one--p1")[0]
    assert (number.tag, number.get("class"), number.text, number.tail) == ("span", "para-num", "1", " See ")  # no link to itself
    assert document.get_element_by_id("one--fn:1").find("article").get("class") == "note"
    assert document.xpath("//a[text()='Article 33']")[0].get("href") == "#charter--article-33"


def test_links_are_labelled_with_what_they_go_to(parts, metadata):
    labels = link_labels(parse_document(print_document(parts, metadata, CSS)))
    assert labels["one--p1"] == "One, paragraph 1"
    assert labels["one--fn:1"] == "One, note 1"
    assert labels["one--fnref:1"] == "One, the text at note 1"
    assert labels["charter--article-33"] == "Article 33"
    assert labels["two"] == "Two"


def _write(parts, metadata, path: Path) -> tuple[bytes, list[str]]:
    warnings = write_pdf(parts, metadata, CSS, path)
    return path.read_bytes(), warnings


def test_the_pdf_is_tagged_finished_and_the_same_every_time(parts, metadata, tmp_path: Path):
    first, warnings = _write(parts, metadata, tmp_path / "one.pdf")
    second, _ = _write(parts, metadata, tmp_path / "two.pdf")
    assert first == second and warnings == []  # the screen-only @media rule is not a warning
    later, _ = _write(parts, replace(metadata, modified=(2024, 1, 1, 0, 0, 0)), tmp_path / "later.pdf")
    assert later != first  # the date is the build's, not a constant
    with pikepdf.open(io.BytesIO(first)) as pdf:
        assert str(pdf.docinfo["/CreationDate"]) == str(pdf.docinfo["/ModDate"]) == "D:20231114221320+00'00'"
        assert str(pdf.Root.Lang) == "en" and str(pdf.docinfo["/Title"]) == "A Report: A Retreat"
        types = []

        def walk(element):
            if isinstance(element, pikepdf.Array):
                for kid in element:
                    walk(kid)
            elif isinstance(element, pikepdf.Dictionary) and "/S" in element:
                types.append(str(element.S))
                walk(element.get("/K"))

        walk(pdf.Root.StructTreeRoot.K)
        assert types.count("/Note") == 2 and "/Art" not in types
        # Every piece of marked content is reached by the tree, or is an artifact (the running heads).
        reached, orphans, artifacts = reachable_content(pdf), 0, 0
        for page in pdf.pages:
            for operands, operator in pikepdf.parse_content_stream(page):
                if str(operator) == "BDC" and "/MCID" in operands[1]:
                    orphans += (page.obj.objgen, int(operands[1].MCID)) not in reached
                artifacts += str(operator) in ("BMC", "BDC") and operands[0] == "/Artifact"
        assert orphans == 0 and artifacts > 0
        labels = {str(a.Dest): str(a.Contents) for page in pdf.pages for a in page.obj.get("/Annots", []) if "/Dest" in a}
        assert labels["charter--article-33"] == "Article 33" and labels["two--p1"] == "Two, paragraph 1"
