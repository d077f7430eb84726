"""The EPUB in dist/: valid (EPUBCheck), accessible (DAISY Ace), whole, linked, described, small."""

from __future__ import annotations

import copy
import posixpath
import re
import zipfile
from difflib import SequenceMatcher
from urllib.parse import unquote, urlsplit

import pytest
from book_reading import Epub, ace_violations, epubcheck_problems
from bs4 import BeautifulSoup
from report_source import TITLE, load_report, loose_words, words
from site_text import BLOCKS, read_site

from edition_harness.project import PROJECT
from report_edition.context import CHARTER_FILE
from report_edition.linking.charter import load_charter
from report_edition.linking.references import article_number

SOURCE = load_report()
OPS = "http://www.idpf.org/2007/ops"
CHARTER = load_charter(PROJECT / CHARTER_FILE, CHARTER_FILE)


def _matched(expected: list[str], actual: list[str]) -> int:
    return sum(block.size for block in SequenceMatcher(None, expected, actual, autojunk=False).get_matching_blocks())


def _text(element) -> str:
    return " ".join(element.get_text("").replace("\u00a0", " ").split())


def _epub_type(element) -> str:
    return element.get("epub:type", "")


def _blocks(document: BeautifulSoup, running_text: bool) -> list[str]:
    """The text of each block; ``running_text``: without the notes, note markers and paragraph numbers."""
    body = copy.copy(document.find("body"))
    if running_text:
        for element in body.select(".footnotes, sup[id*='fnref'], a.para-num"):
            element.decompose()
    return [_text(element) for element in body.find_all(BLOCKS) if not element.find(BLOCKS) and _text(element)]


@pytest.fixture(scope="module")
def documents(epub: Epub) -> dict[str, BeautifulSoup]:
    """Every content document in reading order, the navigation document among them."""
    return {name: epub.document(name) for name in epub.spine}


@pytest.fixture(scope="module")
def chapters(documents) -> dict[str, BeautifulSoup]:
    return {name: doc for name, doc in documents.items() if doc.find("section", attrs={"epub:type": "chapter"})}


@pytest.fixture(scope="module")
def site_sections(built_site):
    """The site's section pages (the Introduction and the six sessions), by title."""
    return {page.body_blocks[0]: page for page in read_site(built_site) if page.body_blocks and page.body_blocks[0] in SOURCE.section_titles}


def test_epubcheck_reports_no_problem(epubcheck_run, record_figure):
    checker = epubcheck_run.report["checker"]
    problems = epubcheck_problems(epubcheck_run)
    record_figure(
        f"EPUBCheck {checker['checkerVersion']}: {checker['nFatal']} fatal, {checker['nError']} errors, "
        f"{checker['nWarning']} warnings, {checker['nUsage']} usage ({epubcheck_run.seconds:.0f} s)"
    )
    assert (checker["nFatal"], checker["nError"], checker["nWarning"]) == (0, 0, 0), problems
    assert problems == []


def test_ace_reports_no_violation(ace_run, documents, record_figure):
    report = ace_run.report
    violations = ace_violations(report)
    record_figure(
        f"DAISY Ace {report['earl:assertedBy']['doap:release']['doap:revision']}: {len(violations)} violations, "
        f"outcome {report['earl:result']['earl:outcome']} ({ace_run.seconds:.0f} s)"
    )
    assert violations == []
    assert report["earl:result"]["earl:outcome"] == "pass"
    # Ace really read the book: its heading outline holds the heading of every content document.
    headings = " ".join(BeautifulSoup(report["outlines"]["headings"], "html.parser").get_text(" ").split())
    for name, document in documents.items():
        h1 = document.find("h1")
        assert h1 is not None and _text(h1) in headings, name
    assert "schema:accessibilitySummary" in report["a11y-metadata"]["present"]


def test_container_starts_with_the_media_type_stored(epub_path):
    data = epub_path.read_bytes()
    # The first local header: no compression (method 0), the name "mimetype", then its content.
    assert data[:4] == b"PK\x03\x04" and data[8:10] == b"\x00\x00"
    assert data[30:38] == b"mimetype" and data[38:58] == b"application/epub+zip"
    with zipfile.ZipFile(epub_path) as archive:
        infos = archive.infolist()
    assert infos[0].filename == "mimetype" and infos[0].compress_type == zipfile.ZIP_STORED
    assert [info.filename for info in infos[1:]] == sorted(info.filename for info in infos[1:])
    assert len({info.date_time for info in infos}) == 1


def test_size(epub_path, record_figure):
    size = epub_path.stat().st_size
    record_figure(f"EPUB: {size / 1000:.0f} KB (target at most 250 KB)")
    assert size <= 250_000


def test_a_chapter_for_each_section_in_reading_order(chapters):
    titles = [_text(doc.find("h1")) for doc in chapters.values()]
    assert titles == SOURCE.section_titles
    for doc in chapters.values():
        assert doc.find("section")["role"] == "doc-chapter"
        assert len(doc.find_all("h1")) == 1


def test_cover_about_references_and_backmatter_frame_the_report(documents):
    kinds = [(_epub_type(doc.find("body")), _epub_type(doc.find("section") or doc.find("nav")), _text(doc.find("h1")))
             for doc in documents.values()]
    assert kinds[0] == ("frontmatter", "titlepage", TITLE.split(":")[0])
    assert kinds[1] == ("frontmatter", "toc", "Contents")
    assert [title for _, _, title in kinds[-4:]] == ["About This Report", "References", "Charter of the United Nations", "UN Documents"]
    assert [kind for _, kind, _ in kinds[-3:]] == ["bibliography", "appendix", "appendix"]
    cover = " ".join(_blocks(next(iter(documents.values())), running_text=False))
    for fact in ["Istanbul Retreat of the UN Security Council", "International Peace Institute", "April 2012",
                 "Arthur Boutellis and Christoph Mikulaschek, rapporteurs", "Suggested Citation"]:
        assert fact in cover


def test_navigation_lists_every_section(epub, documents):
    nav_name = next(name for name in documents if documents[name].find("nav", attrs={"epub:type": "toc"}))
    toc = documents[nav_name].find("nav", attrs={"epub:type": "toc"})
    listed = [(posixpath.normpath(posixpath.join(posixpath.dirname(nav_name), a["href"])), _text(a)) for a in toc.find_all("a")]
    expected = []
    for name, doc in documents.items():
        if name == nav_name:
            continue
        expected.append((name, _text(doc.find("h1"))))
        expected += [(f"{name}#{h2['id']}", _text(h2)) for h2 in doc.find_all("h2") if h2.get("id")]
    assert listed == expected


def test_every_word_of_the_report_in_order(chapters, record_figure):
    running = words("\n".join(block for doc in chapters.values() for block in _blocks(doc, running_text=True)))
    expected = words("\n".join(SOURCE.body))
    matched = _matched(expected, running)
    notes = [_text(aside) for doc in chapters.values() for aside in doc.find_all("aside", attrs={"epub:type": "footnote"})]
    expected_notes = words("\n".join(SOURCE.notes[number] for number in sorted(SOURCE.notes)))
    matched_notes = _matched(expected_notes, words("\n".join(notes)))
    record_figure(f"EPUB: {matched} of {len(expected)} body words and {matched_notes} of {len(expected_notes)} note words in order")
    assert matched == len(expected) and matched_notes == len(expected_notes)


@pytest.mark.parametrize("part", ["front", "back"])
def test_front_and_back_matter_present(documents, part):
    text = loose_words(" ".join(block for doc in documents.values() for block in _blocks(doc, running_text=False)))
    missing = [block for block in getattr(SOURCE, part) if _matched(loose_words(block), text) != len(loose_words(block))]
    assert missing == []


NUMBERED = re.compile(r"^p\d+$")


def _numbered(container) -> dict[str, str]:
    """Each numbered paragraph (or quotation) by id, with its text less its number and note markers."""
    container = copy.copy(container)
    for element in container.select("sup[id*='fnref'], a.para-num"):
        element.decompose()
    return {block["id"]: _text(block) for block in container.find_all(id=NUMBERED)}


def test_paragraphs_keep_their_site_ids(chapters, site_sections, record_figure):
    """"Taking Stock, para. 4" is #p4 in the chapter Taking Stock, with the same text as on the site."""
    compared = 0
    for doc in chapters.values():
        site = site_sections[_text(doc.find("h1"))]
        in_epub, on_site = _numbered(doc.find("body")), _numbered(site.article)
        assert in_epub == on_site and on_site
        numbers = [(block["id"], _text(block.find("a", class_="para-num"))) for block in doc.find_all(id=NUMBERED)]
        assert all(number == pid[1:] for pid, number in numbers)
        compared += len(in_epub)
    record_figure(f"EPUB: {compared} numbered paragraphs with the site's ids, numbers and text")


def test_notes_are_footnotes_numbered_as_printed(chapters):
    numbers = []
    for name, doc in chapters.items():
        for marker in doc.select("sup[id*='fnref'] > a"):
            assert _epub_type(marker) == "noteref" and marker["role"] == "doc-noteref", name
            note = doc.find(id=marker["href"].removeprefix("#"))
            assert note is not None and note.name == "aside", (name, marker["href"])
            assert _epub_type(note) == "footnote" and note["role"] == "doc-footnote"
            assert _text(note.find(class_="note-number")) == f"{_text(marker)}."
            backlink = note.find("a", attrs={"role": "doc-backlink"})
            assert backlink["href"] == f"#{marker.parent['id']}"
            numbers.append(int(_text(marker)))
    assert numbers == SOURCE.markers and sorted(numbers) == sorted(SOURCE.notes)


def test_every_internal_link_resolves(epub, documents, record_figure):
    ids = {name: {element["id"] for element in doc.find_all(id=True)} for name, doc in documents.items()}
    checked, broken = 0, []
    for name, doc in documents.items():
        for link in doc.find_all("a", href=True):
            parts = urlsplit(link["href"])
            if parts.scheme:
                continue
            target = posixpath.normpath(posixpath.join(posixpath.dirname(name), parts.path)) if parts.path else name
            checked += 1
            if target not in ids or (parts.fragment and parts.fragment not in ids[target]):
                broken.append((name, link["href"]))
    record_figure(f"EPUB: {checked} internal links, all resolving" if not broken else f"EPUB: {len(broken)} broken links")
    assert broken == [] and checked > 0


def test_charter_and_document_links_as_on_the_site(chapters, documents, site_sections):
    charter_doc = next(name for name, doc in documents.items() if _text(doc.find("h1")) == "Charter of the United Nations")
    documents_doc = next(name for name, doc in documents.items() if _text(doc.find("h1")) == "UN Documents")
    charter_refs = [a for doc in chapters.values() for a in doc.find_all("a", class_="charter-ref")]
    symbols = [a for doc in chapters.values() for a in doc.find_all("a", class_="un-symbol")]
    on_site = [page.article.select("a.charter-ref, a.un-symbol") for page in site_sections.values()]
    assert len(charter_refs) + len(symbols) == sum(len(links) for links in on_site)
    assert charter_refs and all(a["href"].split("#")[0] == posixpath.basename(charter_doc) for a in charter_refs)
    assert symbols and all(a["href"].startswith("https://undocs.org/") and "external" in a["rel"] for a in symbols)
    # The back-matter holds the text of every cited article and an entry for every cited document.
    charter = documents[charter_doc]
    for target in {a["href"].split("#")[1] for a in charter_refs if "#article-" in a["href"]}:
        assert charter.find(id=target), target  # a paragraph's own anchor too: "article-2-4"
        number = article_number(target.removeprefix("article-").split("-")[0])
        entry = _text(charter.find(id=f"article-{number}").find_next_sibling())
        texts = [text for paragraph in CHARTER.articles[number].paragraphs for text in (paragraph.text, *paragraph.items)]
        assert all(" ".join(text.split()) in entry for text in texts), target
    # a joint symbol is one entry: "A/47/277–S/24111"
    listed = {part for h3 in documents[documents_doc].find_all("h3") for part in _text(h3).replace(" ", "").split("–")}
    assert {unquote(a["href"].split("/en/", 1)[1]).replace(" ", "") for a in symbols} <= listed


def test_outside_links_are_marked(documents, epub):
    outside = [a for doc in documents.values() for a in doc.find_all("a", href=re.compile(r"^https?:"))]
    assert outside and all("external" in a.get("rel", []) for a in outside)
    css = next(data.decode("utf-8") for name, data in epub.files.items() if name.endswith(".css"))
    assert re.search(r'a\[rel~="external"\]::after\s*\{\s*content:', css)


def test_metadata_names_the_report(epub):
    package = epub.package
    assert package.find("dc:title").get_text() == TITLE
    assert package.find("dc:language").get_text() == "en"
    creators = package.find_all("dc:creator")
    assert [creator.get_text() for creator in creators] == ["Arthur Boutellis", "Christoph Mikulaschek"]
    for creator in creators:
        roles = {(meta.get("scheme"), meta.get_text()) for meta in package.find_all("meta", property="role", refines=f"#{creator['id']}")}
        assert roles == {("marc:relators", "aut"), (None, "rapporteur")}
    assert package.find("dc:publisher").get_text() == "International Peace Institute"
    assert package.find("dc:date").get_text() == "2012-04"
    assert package.find("dc:rights").get_text() == "© by International Peace Institute, 2012. All Rights Reserved."
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", epub.meta("dcterms:modified")[0])
    assert package.find("link", rel="alternate") is None  # a local build names no online edition


def test_accessibility_metadata_claims_what_the_book_has(epub, documents):
    assert epub.meta("schema:accessMode") == ["textual"] and epub.meta("schema:accessModeSufficient") == ["textual"]
    assert epub.meta("schema:accessibilityHazard") == ["none"]
    assert epub.meta("dcterms:conformsTo") == ["EPUB Accessibility 1.1 - WCAG 2.1 Level AA"]
    assert epub.meta("a11y:certifiedBy") and len(epub.meta("schema:accessibilitySummary")[0]) > 100
    features = set(epub.meta("schema:accessibilityFeature"))
    assert features == {"structuralNavigation", "tableOfContents", "readingOrder", "displayTransformability"}
    # textual: nothing but text
    assert not [name for name, doc in documents.items() if doc.find(["img", "svg", "audio", "video", "canvas", "object"])]
    # tableOfContents: the navigation document has one
    assert any(doc.find("nav", attrs={"epub:type": "toc"}) for doc in documents.values())
    # structuralNavigation: each document has one h1 and skips no heading level
    for name, doc in documents.items():
        levels = [int(h.name[1]) for h in doc.find_all(re.compile(r"^h[1-6]$")) if not h.find_parent("nav", hidden=True)]
        assert levels[0] == 1 and levels.count(1) == 1, name
        assert all(later - earlier <= 1 for earlier, later in zip(levels, levels[1:])), name
    # readingOrder: every document is in the spine, in the linear reading order
    assert all(ref.get("linear", "yes") == "yes" for ref in epub.package.find_all("itemref"))
    # displayTransformability: no fixed font sizes or colours forced on the reader
    css = next(data.decode("utf-8") for name, data in epub.files.items() if name.endswith(".css"))
    assert not re.search(r"font-size:\s*[\d.]+(px|pt)|!important|color:\s*#", css)
