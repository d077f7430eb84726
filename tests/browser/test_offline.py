"""The offline edition from file://, every request to anything but file:// blocked and counted."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from edition_harness.browser import RequestLog, open_page

ZIP = "istanbul-retreat-2011-offline.zip"
SINGLE = "istanbul-retreat-2011.html"


@pytest.fixture(scope="module")
def unpacked(clean_build, tmp_path_factory) -> Path:
    """The zip unpacked in an arbitrary folder, as a reader would."""
    folder = tmp_path_factory.mktemp("usb stick")
    with zipfile.ZipFile(clean_build.dist / ZIP) as archive:
        archive.extractall(folder)
    return folder / "istanbul-retreat-2011"


@pytest.fixture
def file_page(browser: Browser) -> Iterator[Page]:
    log = RequestLog()
    page = open_page(browser, "file://", log, viewport={"width": 1280, "height": 800})
    yield page
    assert log.blocked == [], "the offline edition asked a host for something"
    page.context.close()


@pytest.mark.parametrize(
    "query, pages",
    [
        ("S/PRST/2011/18", {"un-documents.html", "wrap-up-and-next-steps.html"}),
        ("Article 33", {"introduction.html", "charter.html"}),
        ("Libya", {"taking-stock.html", "non-united-nations-actors.html"}),
    ],
)
def test_search_works_offline(file_page: Page, unpacked: Path, query: str, pages: set[str]):
    file_page.goto((unpacked / "index.html").as_uri())
    file_page.locator(".md-search__input").click()
    expect(file_page.locator(".md-search-result__meta")).not_to_have_text("Initializing search", timeout=10_000)
    file_page.locator(".md-search__input").press_sequentially(query, delay=20)  # Material reads key events
    results = file_page.locator(".md-search-result__item > a.md-search-result__link")
    expect(results.first).to_be_visible(timeout=10_000)
    found = {href.split("/")[-1].split("?")[0].split("#")[0] for href in results.evaluate_all("links => links.map(a => a.href)")}
    assert pages <= found


def test_navigation_notes_and_tooltips_work_offline(file_page: Page, unpacked: Path):
    file_page.goto((unpacked / "index.html").as_uri())
    file_page.locator("nav.md-nav--primary a", has_text="Taking Stock").first.click()
    expect(file_page).to_have_url((unpacked / "taking-stock.html").as_uri())
    marker = file_page.locator("a.footnote-ref[href$='#fn:4']")
    marker.hover()
    expect(file_page.locator(".md-tooltip2", has_text="What the World Got Wrong")).to_be_visible()
    marker.click()
    expect(file_page).to_have_url((unpacked / "taking-stock.html").as_uri() + "#fn:4")
    expect(file_page.locator("[id='fn:4']")).to_be_in_viewport()
    file_page.locator("[id='fn:4'] a.footnote-backref").click()
    expect(file_page.locator("[id='fnref:4']")).to_be_in_viewport()
    file_page.locator("a.md-footer__link--next").click()
    expect(file_page).to_have_url((unpacked / "united-nations-tools-and-capacities.html").as_uri())


def test_cite_is_there_offline_and_says_no_online_address_is_known(file_page: Page, unpacked: Path):
    """The clean build has no public SITE_URL: the offline copy gives no link, not a local one."""
    file_page.goto((unpacked / "taking-stock.html").as_uri())
    expect(file_page.locator("#p4 .edition-action")).to_have_text(["Cite"])  # no Copy link: no address to give
    file_page.locator("#p4").hover()
    file_page.locator("#p4 .edition-action >> text=Cite").click()
    panel = file_page.get_by_role("dialog", name="Cite paragraph 4")
    expect(panel).to_contain_text("No online address is known for this copy")
    expect(panel.locator(".edition-cite-text")).not_to_contain_text("file:")
    expect(panel.locator(".edition-cite-text")).to_have_text(re.compile(r'"Taking Stock," para\. 4\.$'))
    file_page.goto((unpacked / "index.html").as_uri())
    says_so = file_page.locator(".needs-javascript")  # and the home page says so
    expect(says_so).to_be_visible()
    expect(says_so).to_contain_text("Cite")


def test_palette_toggle_works_offline(file_page: Page, unpacked: Path):
    file_page.goto((unpacked / "charter.html").as_uri())
    body = file_page.locator("body")
    scheme = body.get_attribute("data-md-color-scheme")
    file_page.locator("form[data-md-component='palette'] label:visible").first.click()
    expect(body).not_to_have_attribute("data-md-color-scheme", scheme)


def test_single_file_works_without_javascript(browser: Browser, clean_build):
    log = RequestLog()
    page = open_page(browser, "file://", log, java_script_enabled=False)
    url = (clean_build.dist / SINGLE).as_uri()
    page.goto(url)
    expect(page.locator(".needs-javascript")).to_be_hidden()  # it has no Cite buttons to speak of
    page.locator("a.footnote-ref[href='#wrap-up-and-next-steps--fn:9']").click()
    expect(page).to_have_url(url + "#wrap-up-and-next-steps--fn:9")
    expect(page.locator("[id='wrap-up-and-next-steps--fn:9']")).to_be_in_viewport()
    page.locator("#home a", has_text="Building Preventive Capacities").first.click()
    expect(page.locator("#building-preventive-capacities")).to_be_in_viewport()
    assert log.blocked == []
    page.context.close()
