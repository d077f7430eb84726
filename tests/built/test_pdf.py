"""The PDF in dist/, read back: A4, tagged, outlined, titled, fonts embedded, links live and right, every word."""

from __future__ import annotations

import posixpath
import re
from difflib import SequenceMatcher
from urllib.parse import urlsplit

import pikepdf
import pypdf
import pytest
from book_reading import Epub, drawn_text, is_note_reference, struct_types, tagged_blocks
from report_source import TITLE, load_report, loose_words, words
from site_text import read_page

SOURCE = load_report()
A4 = (595.28, 841.89)  # points
LEFT_MARGIN = 30 / 25.4 * 72  # includes/pdf.css: the text starts 30 mm from the page's left edge


def _matched(expected: list[str], actual: list[str]) -> int:
    return sum(block.size for block in SequenceMatcher(None, expected, actual, autojunk=False).get_matching_blocks())


def _squeezed(text: str) -> str:
    """Text without any white space: line breaks fall where they may."""
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def pdf(pdf_path):
    with pikepdf.open(pdf_path) as document:
        yield document


@pytest.fixture(scope="module")
def chunks(pdf_path):
    return drawn_text(pypdf.PdfReader(pdf_path))


@pytest.fixture(scope="module")
def page_texts(pdf, chunks) -> list[str]:
    """Each page's content (running heads and page numbers left out), without white space."""
    texts = [""] * len(pdf.pages)
    for chunk in chunks:
        if not chunk.artifact:
            texts[chunk.page] += _squeezed(chunk.text)
    return texts


@pytest.fixture(scope="module")
def blocks(pdf_path):
    return tagged_blocks(pdf_path)


def _named_destinations(pdf) -> dict[str, int]:
    pages = {page.objgen: index for index, page in enumerate(pdf.pages)}
    return {name: pages[destination[0].objgen] for name, destination in pikepdf.NameTree(pdf.Root.Names.Dests).items()}


def _links(pdf) -> list[tuple[int, pikepdf.Dictionary]]:
    return [(index, annotation) for index, page in enumerate(pdf.pages) for annotation in page.obj.get("/Annots", [])
            if annotation.get("/Subtype") == "/Link"]


def test_size(pdf_path, pdf, record_figure):
    size = pdf_path.stat().st_size
    record_figure(f"PDF: {size / 1000:.0f} KB, {len(pdf.pages)} A4 pages (target at most 1000 KB)")
    assert size <= 1_000_000


def test_every_page_is_a4(pdf):
    for page in pdf.pages:
        width, height = (float(value) for value in page.mediabox[2:])
        assert (round(width, 2), round(height, 2)) == A4


def test_title_language_and_every_font_embedded(pdf):
    assert str(pdf.docinfo["/Title"]) == TITLE and str(pdf.Root.Lang) == "en"
    assert pdf.Root.ViewerPreferences.DisplayDocTitle is True
    assert str(pdf.docinfo["/Author"]) == "Arthur Boutellis, Christoph Mikulaschek"
    with pdf.open_metadata() as xmp:
        assert xmp["dc:title"] == TITLE
    fonts = {}
    for page in pdf.pages:
        for name, font in page.obj.Resources.get("/Font", {}).items():
            descriptor = font.DescendantFonts[0].FontDescriptor if font.Subtype == "/Type0" else font.get("/FontDescriptor")
            fonts[str(font.get("/BaseFont"))] = descriptor is not None and any(
                key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
    assert fonts and all(fonts.values()), fonts
    assert any(name.endswith("+Liberation-Serif") for name in fonts)  # the font pdf.css names, not a fallback


def test_tagged_with_headings_paragraphs_lists_notes_and_links(pdf, pdf_path, record_figure):
    assert pdf.Root.MarkInfo.Marked is True and "/StructTreeRoot" in pdf.Root
    types = struct_types(pdf_path)
    record_figure("PDF tags: " + ", ".join(f"{kind[1:]} {count}" for kind, count in sorted(types.items())))
    for kind in ("/H1", "/H2", "/P", "/L", "/LI", "/Lbl", "/LBody", "/Link", "/Note"):
        assert types.get(kind, 0) > 0, kind
    assert types["/Note"] == len(SOURCE.notes)
    notes = [block.text for block in tagged_blocks(pdf_path, kinds=("/Note",))]
    assert _matched(words(" ".join(SOURCE.notes[n] for n in sorted(SOURCE.notes))), words(" ".join(notes))) == len(words(" ".join(SOURCE.notes.values())))


def test_no_content_outside_the_tags(pdf):
    """Every piece of marked content is reached from the structure tree, or is an artifact; no text or
    painting stands outside both."""
    from report_edition.exports.pdf_tags import PAINT_OPERATORS, TEXT_OPERATORS, reachable_content

    reached = reachable_content(pdf)
    orphans, untagged, artifacts = [], [], 0
    for index, page in enumerate(pdf.pages):
        depth = 0
        for operands, operator in pikepdf.parse_content_stream(page):
            name = str(operator)
            if name == "BDC" and isinstance(operands[1], pikepdf.Dictionary) and "/MCID" in operands[1]:
                if (page.obj.objgen, int(operands[1].MCID)) not in reached:
                    orphans.append((index, int(operands[1].MCID)))
            if name in ("BDC", "BMC"):
                artifacts += operands[0] == "/Artifact"
                depth += 1
            elif name == "EMC":
                depth -= 1
            elif depth == 0 and (name in TEXT_OPERATORS or name in PAINT_OPERATORS):
                untagged.append((index, name))
    assert orphans == [] and untagged == [] and artifacts > 0


def _site_headings(built_site, source: str, before: str | None = None) -> list[tuple[int, str]]:
    article = read_page(built_site, source).article
    headings = []
    for heading in article.find_all(["h1", "h2"]):
        if before and heading.get("id") == before:
            break
        for mark in heading.select("a.headerlink"):
            mark.decompose()
        headings.append((int(heading.name[1]), " ".join(heading.get_text("").split())))
    return headings


def _outline(pdf) -> list[tuple[int, str, int]]:
    pages = {page.objgen: index for index, page in enumerate(pdf.pages)}
    destinations = _named_destinations(pdf)
    items = []
    with pdf.open_outline() as outline:
        def walk(entries, level):
            for entry in entries:
                destination = entry.destination
                page = destinations.get(str(destination)) if isinstance(destination, (str, pikepdf.String)) else pages[destination[0].objgen]
                items.append((level, entry.title, page))
                walk(entry.children, level + 1)
        walk(outline.root, 1)
    return items


def test_outline_holds_every_section_and_goes_to_its_page(pdf, blocks, built_site, page_texts, record_figure):
    outline = _outline(pdf)
    record_figure(f"PDF outline: {len(outline)} bookmarks, {sum(level == 1 for level, _, _ in outline)} at the top")
    # The outline is the tagged headings H1 and H2, in order.
    tagged = [(int(block.kind[2]), block.text) for block in blocks if block.kind in ("/H1", "/H2")]
    assert [(level, title) for level, title, _ in outline] == tagged
    # Every heading of the report's pages is in it, in the site's order.
    expected = _site_headings(built_site, "index.md", before="offline")
    for source in (*[f"{page}.md" for page in ("introduction", "taking-stock", "united-nations-tools-and-capacities",
                                               "non-united-nations-actors", "lessons-on-mediation",
                                               "building-preventive-capacities", "wrap-up-and-next-steps")],
                   "about.md", "references.md"):
        expected += _site_headings(built_site, source)
    assert [(level, title) for level, title, _ in outline[:len(expected)]] == expected
    for level, title, page in outline:
        assert _squeezed(title) in page_texts[page], (title, page)


def test_every_word_of_the_report_in_reading_order(pdf_path, record_figure):
    """The text of the structure tree, in its order (the note markers left out), holds the report's words in order."""
    text = words("\n".join(block.text for block in tagged_blocks(pdf_path, skip=is_note_reference)))
    expected_body = words("\n".join(SOURCE.body))
    expected_notes = words("\n".join(SOURCE.notes[number] for number in sorted(SOURCE.notes)))
    body, notes = _matched(expected_body, text), _matched(expected_notes, text)
    loose = loose_words(" ".join(text))
    matter = [block for block in SOURCE.front + SOURCE.back if _matched(loose_words(block), loose) != len(loose_words(block))]
    record_figure(f"PDF, in tag order: {body} of {len(expected_body)} body words, {notes} of {len(expected_notes)} note words")
    assert body == len(expected_body) and notes == len(expected_notes)
    assert matter == []


def test_links_are_live_labelled_and_go_to_the_right_page(pdf, clean_build, page_texts, record_figure):
    epub = Epub(clean_build.dist / "istanbul-retreat-2011.epub")
    spine = [name for name in epub.spine if not epub.document(name).find("nav")]
    ids = {name: {element["id"]: element for element in epub.document(name).find_all(id=True)} for name in spine}
    section = {name: posixpath.basename(name).removesuffix(".xhtml") for name in spine}
    # What the EPUB links to, in the PDF's terms: "page--id" inside, the address outside.
    expected_internal, expected_external = set(), set()
    for name in spine:
        for link in epub.document(name).find_all("a", href=True):
            parts = urlsplit(link["href"])
            if parts.scheme:
                expected_external.add(link["href"])
            elif "para-num" not in link.get("class", []):
                target = posixpath.join(posixpath.dirname(name), parts.path) if parts.path else name
                expected_internal.add(f"{section[target]}--{parts.fragment}")
    destinations = _named_destinations(pdf)
    links = _links(pdf)
    internal = [(page, annotation) for page, annotation in links if "/Dest" in annotation]
    external = [(page, annotation) for page, annotation in links if "/A" in annotation]
    record_figure(f"PDF links: {len(internal)} internal ({len({str(a.Dest) for _, a in internal})} places), "
                  f"{len(external)} outside ({len({str(a.A.URI) for _, a in external})} addresses)")
    assert {str(annotation.Dest) for _, annotation in internal} == expected_internal
    assert {str(annotation.A.URI) for _, annotation in external} == expected_external
    assert all("/StructParent" in annotation and str(annotation.get("/Contents", "")) for _, annotation in links)
    note_pages = {}  # each note's marker: the first link to the note (the back-matter's come later)
    for page, annotation in internal:
        if "--fn:" in str(annotation.Dest):
            note_pages.setdefault(str(annotation.Dest), page)
    wrong = []
    for page, annotation in internal:
        name = str(annotation.Dest)
        assert str(annotation.Contents) != name  # labelled with what is there, not the bare id
        target = destinations[name]
        owner, _, anchor = name.partition("--")
        if anchor.startswith("fnref:"):  # back from a note: to the page of the marker that links to it
            expected = note_pages[f"{owner}--fn:{anchor.removeprefix('fnref:')}"]
            if target != expected:
                wrong.append((name, target, expected))
            continue
        element = ids[f"{posixpath.dirname(spine[0])}/{owner}.xhtml".lstrip("/")][anchor]
        for number in element.select("a.para-num, .note-number"):
            number.decompose()
        start = _squeezed(" ".join(element.get_text(" ").split()[:6]))
        if start not in page_texts[target]:
            wrong.append((name, target, start))
    assert wrong == []


def test_running_heads_and_page_numbers(pdf, chunks, blocks):
    furniture = [[] for _ in pdf.pages]
    for chunk in chunks:
        if chunk.artifact and chunk.text.strip():
            furniture[chunk.page].append(chunk.text.strip())
    assert furniture[0] == []  # the cover
    section_of_page, current = {}, None
    for block in blocks:
        if block.kind == "/H1":
            current = block.text
        for page in sorted(block.pages):
            section_of_page.setdefault(page, current)
    short_title = TITLE.split(":")[0]
    for page in range(1, len(pdf.pages)):
        assert furniture[page] == [short_title, section_of_page[page], str(page + 1)], page


def test_paragraph_numbers_stand_in_the_margin(chunks, clean_build):
    epub = Epub(clean_build.dist / "istanbul-retreat-2011.epub")
    expected = []
    for name in epub.spine:
        expected += [block["id"][1:] for block in epub.document(name).find_all(id=re.compile(r"^p\d+$"))]
    in_margin = [chunk.text.strip() for chunk in chunks if not chunk.artifact and chunk.text.strip() and chunk.x < LEFT_MARGIN]
    assert in_margin == expected
