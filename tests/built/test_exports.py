"""The exports in dist/: the offline site as a zip, the whole report in one HTML file, and how the site offers
them with the EPUB and the PDF (tests/built/test_epub.py and test_pdf.py check those two)."""

from __future__ import annotations

import base64
import re
import zipfile
from difflib import SequenceMatcher

import pikepdf
import pytest
from book_reading import Epub, ace_violations, epubcheck_problems, run_ace, run_epubcheck
from bs4 import BeautifulSoup
from report_source import load_report, words
from site_text import PageText, nav_sources

from edition_harness.project import copy_project, run_build

ZIP = "istanbul-retreat-2011-offline.zip"
SINGLE = "istanbul-retreat-2011.html"
EPUB = "istanbul-retreat-2011.epub"
PDF = "istanbul-retreat-2011.pdf"


@pytest.fixture(scope="module")
def single(clean_build) -> BeautifulSoup:
    return BeautifulSoup((clean_build.dist / SINGLE).read_text(encoding="utf-8"), "html.parser")


def test_sizes(clean_build, record_figure):
    zip_size = (clean_build.dist / ZIP).stat().st_size
    single_size = (clean_build.dist / SINGLE).stat().st_size
    record_figure(f"exports: zip {zip_size / 1000:.0f} KB with the EPUB and the PDF (target at most 1500 KB; "
                  f"at most 2000 KB to carry them), single file {single_size / 1000:.0f} KB (target at most 400 KB)")
    assert zip_size <= 1_500_000 and single_size <= 400_000


def test_the_zip_carries_the_epub_and_the_pdf(clean_build):
    with zipfile.ZipFile(clean_build.dist / ZIP) as archive:
        for name in (EPUB, PDF):
            assert archive.read(f"istanbul-retreat-2011/downloads/{name}") == (clean_build.dist / name).read_bytes()


def test_zip_unpacks_into_one_folder_without_absolute_paths(clean_build):
    with zipfile.ZipFile(clean_build.dist / ZIP) as archive:
        names = archive.namelist()
    assert {name.split("/")[0] for name in names} == {"istanbul-retreat-2011"}
    assert not [name for name in names if name.startswith("/") or ".." in name.split("/") or ":" in name]
    for required in ["index.html", "taking-stock.html", "charter.html", "search/search_index.js",
                     "assets/javascripts/iframe-worker-shim.js"]:
        assert f"istanbul-retreat-2011/{required}" in names


def test_the_zip_carries_nothing_a_page_never_loads(clean_build):
    # Source maps and Material's own search worker with lunr's language files: the edition's worker
    # answers the search box (tests/browser/test_offline.py searches the unpacked zip).
    with zipfile.ZipFile(clean_build.dist / ZIP) as archive:
        names = archive.namelist()
    assert not [name for name in names if name.endswith(".map") or "/lunr/" in name or "/workers/" in name]
    assert "istanbul-retreat-2011/assets/search-worker.js" in names


def test_offline_pages_load_the_local_shim(clean_build):
    with zipfile.ZipFile(clean_build.dist / ZIP) as archive:
        index = archive.read("istanbul-retreat-2011/index.html").decode("utf-8")
    assert '<script src="assets/javascripts/iframe-worker-shim.js">' in index
    assert "unpkg.com" not in index


def test_single_file_holds_every_page_in_reading_order(single):
    sections = [section["id"] for section in single.select("main > section.page")]
    expected = [re.sub(r"\.md$", "", source).replace("index", "home") for source in nav_sources()]
    assert sections == expected


def test_single_file_holds_every_word_of_the_report(single, record_figure):
    source = load_report()
    expected = words("\n".join(source.body))
    blocks = [block for section in single.select("main > section.page") for block in PageText(section["id"], section).body_blocks]
    actual = words("\n".join(blocks))
    matcher = SequenceMatcher(None, expected, actual, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    record_figure(f"single file: {matched} of {len(expected)} body words of the report in order")
    assert matched == len(expected)


def test_every_internal_link_of_the_single_file_resolves_inside_it(single, record_figure):
    ids = {element["id"] for element in single.select("[id]")}
    internal = [a["href"] for a in single.find_all("a", href=True) if a["href"].startswith("#")]
    record_figure(f"single file: {len(internal)} internal links, {len(ids)} ids")
    assert [href for href in internal if href[1:] not in ids] == []
    relative = [a["href"] for a in single.find_all("a", href=True) if not re.match(r"#|https?:|mailto:|data:", a["href"])]
    assert relative == []


def test_the_citation_files_travel_inside_the_single_file(single, clean_build):
    downloads = {a["download"]: a["href"] for a in single.find_all("a", download=True)}
    # the report's (BibTeX, BibLaTeX, RIS, CSL-JSON) and each of the seven sections' (BibTeX, RIS, CSL-JSON)
    assert len(downloads) == 4 + 7 * 3
    # as the offline edition has them: with no online address for a local build
    offline_site = clean_build.project / "build/offline/istanbul-retreat-2011"
    assert set(downloads) == {file.name for file in (offline_site / "cite").iterdir()}
    for name, href in downloads.items():
        assert base64.b64decode(href.split(",", 1)[1]) == (offline_site / "cite" / name).read_bytes()


def test_a_local_build_names_no_online_edition(clean_build, single):
    offline_home = (clean_build.project / "build/offline/istanbul-retreat-2011/index.html").read_text(encoding="utf-8")
    assert "This is the offline edition" in offline_home and "online edition is at" not in offline_home
    assert "127.0.0.1" not in str(single)


def test_exports_name_the_published_online_edition(project_copy, tmp_path):
    published = "https://example.org/istanbul/"
    result = run_build(project_copy, offline=True, env={"SITE_URL": published})
    assert result.returncode == 0, result.stdout + result.stderr
    offline_home = (project_copy / "build/offline/istanbul-retreat-2011/index.html").read_text(encoding="utf-8")
    assert f'The online edition is at <a href="{published}">' in offline_home
    single = BeautifulSoup((project_copy / "dist" / SINGLE).read_text(encoding="utf-8"), "html.parser")
    assert single.find("footer").find("a")["href"] == published
    assert single.find("meta", attrs={"name": "citation_public_url"})["content"] == published
    epub = Epub(project_copy / "dist" / EPUB)
    assert epub.package.find("link", rel="alternate")["href"] == published
    # The address in the package and on the cover keeps the EPUB valid and accessible.
    assert epubcheck_problems(run_epubcheck(epub.path)) == []
    assert ace_violations(run_ace(epub.path, tmp_path / "ace").report) == []
    cover = epub.document(epub.spine[0])
    assert cover.find("a", href=published) is not None
    with pikepdf.open(project_copy / "dist" / PDF) as pdf:
        addresses = {str(a.A.URI) for page in pdf.pages for a in page.obj.get("/Annots", []) if "/A" in a}
    assert published in addresses


def test_single_file_requests_nothing_and_needs_no_script(single):
    assert single.find_all("script", src=True) == [] and single.find_all("script") == []
    assert single.find_all("link", rel="stylesheet") == []
    assert [tag for tag in single.find_all(src=True) if not tag["src"].startswith("data:")] == []
    assert single.find("style") is not None


def test_notes_work_in_the_single_file(single):
    marker = single.find("a", class_="footnote-ref", href="#taking-stock--fn:5")
    assert marker.get_text() == "5"
    note = single.find(id="taking-stock--fn:5")
    assert "S/PRST/2011/16" in note.get_text()
    assert note.find("a", class_="footnote-backref")["href"] == "#taking-stock--fnref:5"


def test_online_site_serves_and_offers_the_exports(clean_build):
    for name in (ZIP, SINGLE, EPUB, PDF):
        assert (clean_build.site / "downloads" / name).read_bytes() == (clean_build.dist / name).read_bytes()
    home = BeautifulSoup((clean_build.site / "index.html").read_text(encoding="utf-8"), "html.parser")
    offers = home.select("#offline ~ ul")[0].find_all("li")
    assert [item.find("a")["href"] for item in offers] == [f"downloads/{name}" for name in (ZIP, SINGLE, EPUB, PDF)]
    for item, name in zip(offers, (ZIP, SINGLE, EPUB, PDF)):
        size = (clean_build.dist / name).stat().st_size
        shown = f"{size / 1_000_000:.1f} MB" if size >= 1_000_000 else f"{round(size / 1000)} KB"
        assert shown in item.get_text(), (name, item.get_text())
        purpose = item.get_text().split("):", 1)[1]  # after its size, what it is for
        assert len(purpose.split()) >= 5, item.get_text()


def test_a_missing_npm_package_is_named_with_what_to_run(tmp_path):
    project = copy_project(tmp_path / "project")  # no node_modules, as before `npm ci`
    result = run_build(project, offline=True)
    output = result.stdout + result.stderr
    assert result.returncode != 0 and "Traceback" not in output
    errors = [line for line in output.splitlines() if line.startswith("ERROR")]
    assert errors == [
        "ERROR   -  node_modules/iframe-worker/shim/index.js is missing: install the npm packages "
        "with `npm ci` (make export does)"
    ]


def test_an_online_build_without_the_npm_packages_names_what_to_run(tmp_path):
    project = copy_project(tmp_path / "project")  # PurgeCSS trims Material's stylesheet in every build
    result = run_build(project)
    output = result.stdout + result.stderr
    assert result.returncode != 0 and "Traceback" not in output
    errors = [line for line in output.splitlines() if line.startswith("ERROR")]
    assert errors == ["ERROR   -  node_modules/.bin/purgecss: is missing: install the npm packages with `npm ci` (make does)"]
