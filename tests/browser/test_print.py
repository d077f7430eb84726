"""On paper: no navigation, header or buttons; notes present; the address of every outside link shown;
every printed sheet of the site and of the single file says what it is (Chromium's PDF, read with pypdf)."""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pypdf
from book_reading import drawn_text
from playwright.sync_api import Browser, Page, expect

from edition_harness.browser import RequestLog, open_page
from edition_harness.project import run_build


def _display(page: Page, selector: str) -> str:
    return page.locator(selector).first.evaluate("element => getComputedStyle(element).display")


def _after(page: Page, selector: str) -> str:
    return page.locator(selector).first.evaluate("element => getComputedStyle(element, '::after').content")


def test_a_printed_page(page: Page, site_url: str):
    page.goto(site_url + "wrap-up-and-next-steps/")
    page.emulate_media(media="print")
    for chrome in ["header.md-header", ".md-sidebar--primary", "footer.md-footer", ".edition-actions"]:
        assert _display(page, chrome) == "none", chrome
    assert _display(page, "div.footnote") != "none"
    assert _after(page, "a.un-symbol") == '" <https://undocs.org/en/A/RES/65/283>"'
    # Material's instant navigation has made every href absolute; links within the site still print bare.
    expect(page.locator(".edition-action").first).to_be_attached()
    assert page.locator("a.para-num").first.get_attribute("href").startswith("http")
    for internal in ["a.para-num", "a.footnote-ref", "a.charter-ref", "nav.md-footer__inner a"]:
        assert _after(page, internal) in ("none", "normal"), internal


def test_the_single_file_printed(browser: Browser, clean_build):
    log = RequestLog()
    page = open_page(browser, "file://", log)
    page.goto((clean_build.dist / "istanbul-retreat-2011.html").as_uri())
    page.emulate_media(media="print")
    assert _after(page, "#taking-stock a[href^='https://undocs.org']") == '" <https://undocs.org/en/S/RES/1765(2007)>"'
    assert page.locator("section.page").nth(2).evaluate("element => getComputedStyle(element).breakBefore") == "page"
    assert _display(page, "div.footnote") != "none"
    page.context.close()


# A printed page says what it is: the running head (the short title, the section) and the page's
# number on every sheet; on the first, the citation, the page's online address and the copyright.
SHORT_TITLE = "Strengthening Preventive Diplomacy and Mediation"
NO_ADDRESS = "No online address is known for this copy."
MARGIN_BAND = 15 / 25.4 * 72  # points: what is drawn this near a sheet's top or foot is in its margin
PUBLISHED = "https://example.org/report/"


@dataclass(frozen=True)
class Sheet:
    head: str  # the text in the top margin, its white space as single spaces
    body: str  # the rest, with no white space at all: lines break where they may
    foot: str


def _squeezed(text: str) -> str:
    """No white space, and ligatures as their letters (Chromium draws "ﬄ" for "ffl")."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _printed(page: Page) -> list[Sheet]:
    """The page printed on A4 by Chromium, read back sheet by sheet with pypdf."""
    reader = pypdf.PdfReader(io.BytesIO(page.pdf(format="A4")))
    chunks = drawn_text(reader)
    sheets = []
    for index, pdf_page in enumerate(reader.pages):
        height = float(pdf_page.mediabox.height)
        mine = [chunk for chunk in chunks if chunk.page == index]
        head = [chunk.text for chunk in mine if chunk.y > height - MARGIN_BAND]
        foot = [chunk.text for chunk in mine if chunk.y < MARGIN_BAND]
        body = [chunk.text for chunk in mine if MARGIN_BAND <= chunk.y <= height - MARGIN_BAND]
        sheets.append(Sheet(" ".join(" ".join(head).split()), _squeezed("".join(body)), " ".join(" ".join(foot).split())))
    return sheets


def _assert_heads(sheets: list[Sheet], sections: list[str]) -> None:
    """Each sheet's head names the short title and the section it is in; its foot, its number."""
    for number, (sheet, section) in enumerate(zip(sheets, sections, strict=True), 1):
        assert (sheet.head, sheet.foot) == (f"{SHORT_TITLE} {section}", str(number)), f"sheet {number}"


def _assert_first_page(sheets: list[Sheet], citation: str, address_or_not: str, copyright: str) -> None:
    block = _squeezed(f"{citation} {address_or_not}")
    assert block in sheets[0].body and _squeezed(copyright) in sheets[0].body
    assert [number for number, sheet in enumerate(sheets[1:], 2) if block in sheet.body] == []  # the first sheet's only


def test_every_printed_page_of_the_site_says_what_it_is(page: Page, site_url: str, record_figure):
    page.goto(site_url)
    citation = page.locator("#suggested-citation + p").inner_text()  # as the home page prints it
    copyright = page.locator(".md-copyright__highlight").inner_text()  # as the footer prints it
    page.evaluate("window.__same_document = true")
    page.locator("a[href$='wrap-up-and-next-steps/']").last.click()  # from the Contents: instant navigation
    expect(page).to_have_url(site_url + "wrap-up-and-next-steps/")
    expect(page.locator("h1#wrap-up-and-next-steps")).to_be_attached()  # the URL changes before the content
    assert page.evaluate("window.__same_document === true"), "Material's instant navigation did not load the page"
    sheets = _printed(page)
    assert len(sheets) >= 3
    _assert_heads(sheets, ["Wrap-Up and Next Steps"] * len(sheets))
    _assert_first_page(sheets, f'{citation} "Wrap-Up and Next Steps."', site_url + "wrap-up-and-next-steps/", copyright)
    home = page.context.new_page()
    home.goto(site_url)
    home_sheets = _printed(home)
    _assert_heads(home_sheets, [home.locator(".subtitle").inner_text()] * len(home_sheets))
    _assert_first_page(home_sheets, citation, site_url, copyright)
    record_figure(f"print, online site: wrap-up-and-next-steps/ {len(sheets)} A4 sheets, home {len(home_sheets)}, "
                  f"{len(sheets) + len(home_sheets)} running heads and page numbers; the citation on each first sheet")


def test_an_offline_page_printed_gives_no_local_address(browser: Browser, clean_build):
    page = open_page(browser, "file://", RequestLog())
    page.goto((clean_build.project / "build/offline/istanbul-retreat-2011/index.html").as_uri())
    citation = page.locator("#suggested-citation + p").inner_text()
    page.goto((clean_build.project / "build/offline/istanbul-retreat-2011/taking-stock.html").as_uri())
    copyright = page.locator(".md-copyright__highlight").inner_text()
    sheets = _printed(page)
    _assert_heads(sheets, ["Taking Stock"] * len(sheets))
    _assert_first_page(sheets, f'{citation} "Taking Stock."', NO_ADDRESS, copyright)
    assert not [sheet for sheet in sheets if "127.0.0.1" in sheet.body or "file:" in sheet.body]
    page.context.close()


def _single_file_sheets(browser: Browser, single_file: Path) -> tuple[list[Sheet], list[tuple[str, str]], str, str]:
    """The single file printed, its sections (the running head's name, the heading they begin with),
    its citation and its copyright line, as the file shows them on screen."""
    page = open_page(browser, "file://", RequestLog())
    page.goto(single_file.as_uri())
    sections = page.locator("main > section.page").evaluate_all(
        "sections => sections.map(s => [s.id === 'home' ? s.querySelector('.subtitle').innerText : s.getAttribute('aria-label'),"
        " s.querySelector('h1').firstChild.textContent])")  # the heading, not its permalink
    citation = page.locator("#home--suggested-citation + p").inner_text()
    copyright = page.locator("footer.edition").inner_text().split(" The online edition:")[0]
    sheets = _printed(page)
    page.context.close()
    return sheets, sections, citation, copyright


def test_every_printed_page_of_the_single_file_says_what_it_is(browser: Browser, clean_build, record_figure):
    sheets, sections, citation, copyright = _single_file_sheets(browser, clean_build.dist / "istanbul-retreat-2011.html")
    heads = [sheet.head.removeprefix(f"{SHORT_TITLE} ") for sheet in sheets]
    # The sections in order, each on sheets of its own, and each head changes where its section begins.
    starts = [number for number in range(len(heads)) if number == 0 or heads[number] != heads[number - 1]]
    assert [heads[start] for start in starts] == [name for name, _ in sections]
    for start, (name, heading) in zip(starts, sections):
        assert _squeezed(heading) in sheets[start].body, f"sheet {start + 1} begins {name}"
    _assert_heads(sheets, heads)
    _assert_first_page(sheets, citation, NO_ADDRESS, copyright)
    assert not [sheet for sheet in sheets if "127.0.0.1" in sheet.body]
    record_figure(f"print, single file: {len(sheets)} A4 sheets, {len(sections)} sections, a running head and a number "
                  f"on each; the citation, no local address and the copyright on the first")


def test_the_single_file_of_a_published_build_prints_its_address(browser: Browser, project_copy: Path):
    result = run_build(project_copy, offline=True, env={"SITE_URL": PUBLISHED})
    assert result.returncode == 0, result.stdout + result.stderr
    sheets, _, citation, copyright = _single_file_sheets(browser, project_copy / "dist" / "istanbul-retreat-2011.html")
    _assert_first_page(sheets, citation, PUBLISHED, copyright)
    assert _squeezed(NO_ADDRESS) not in sheets[0].body
