"""On paper: no navigation, header or buttons; notes present; the address of every outside link shown."""

from __future__ import annotations

from playwright.sync_api import Browser, Page, expect

from edition_harness.browser import RequestLog, open_page


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
