"""axe-core (from npm) finds no WCAG 2.1 A or AA violation on any page, light or dark, online or offline;
every action can be reached with the keyboard and shows where the focus is."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page
from quality_pages import html_pages

from edition_harness.browser import RequestLog, open_page
from edition_harness.project import PROJECT

AXE = PROJECT / "node_modules" / "axe-core" / "axe.min.js"
WCAG_21_A_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def _violations(page: Page) -> list[str]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_21_A_AA)
    return [f"{violation['id']} ({len(violation['nodes'])}): {violation['nodes'][0]['target']}" for violation in result["violations"]]


def _sweep(browser: Browser, urls: list[str], allowed: str, scheme: str) -> dict[str, list[str]]:
    log = RequestLog()
    page = open_page(browser, allowed, log, color_scheme=scheme, viewport={"width": 1280, "height": 800})
    found = {}
    for url in urls:
        page.goto(url)
        if page.locator("body[data-md-color-scheme]").count():  # a Material page, not the single file
            expected = "slate" if scheme == "dark" else "default"
            assert page.locator("body").get_attribute("data-md-color-scheme") == expected, url
        found[url] = _violations(page)
    page.context.close()
    return {url: violations for url, violations in found.items() if violations}


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_online_site(browser: Browser, site_url: str, built_site: Path, scheme: str, record_figure):
    urls = [site_url + path.relative_to(built_site).as_posix() for path in html_pages(built_site)]
    assert _sweep(browser, urls, site_url, scheme) == {}
    record_figure(f"accessibility, online {scheme}: {len(urls)} pages, 0 axe-core WCAG 2.1 A/AA violations")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_offline_site(browser: Browser, offline_site: Path, single_file: Path, scheme: str, record_figure):
    urls = [path.as_uri() for path in html_pages(offline_site)] + [single_file.as_uri()]
    assert _sweep(browser, urls, "file://", scheme) == {}
    record_figure(f"accessibility, offline {scheme}: {len(urls)} pages (with the single file), 0 violations")


def _clip(page: Page, selector: str, margin: int = 8) -> dict[str, float]:
    """The element's box with a margin: an outline is drawn around the element, outside its box."""
    box = page.locator(selector).first.bounding_box()
    return {"x": max(0, box["x"] - margin), "y": max(0, box["y"] - margin),
            "width": box["width"] + 2 * margin, "height": box["height"] + 2 * margin}


def _tab_to(page: Page, selector: str, presses: int = 120) -> bool:
    """Press Tab from the top of the page until the element has the focus."""
    target = page.locator(selector).first
    for _ in range(presses):
        page.keyboard.press("Tab")
        if target.evaluate("element => element === document.activeElement"):
            return True
    return False


@pytest.mark.parametrize(
    "name, focused, shown",
    [
        ("search", "input.md-search__input", "form.md-search__form"),
        ("palette toggle", "form[data-md-component='palette'] input:not([hidden])", "form[data-md-component='palette'] label:visible"),
        ("paragraph link", "#p2 > a.para-num", None),
        ("copy link button", "#p2 .edition-action >> nth=0", None),
        ("cite button", "#p2 .edition-action >> nth=1", None),
        ("abbreviation", "#p4 abbr", None),
        ("note marker", "a.footnote-ref", None),
    ],
)
def test_every_action_by_keyboard_with_a_visible_focus(page: Page, site_url: str, name: str, focused: str, shown: str | None):
    """Reached with the Tab key, and it looks different with the focus than without."""
    page.goto(site_url + "taking-stock/")
    page.locator(shown or focused).first.scroll_into_view_if_needed()
    page.mouse.move(0, 0)
    page.wait_for_timeout(300)
    clip = _clip(page, shown or focused)
    without_focus = page.screenshot(clip=clip, animations="disabled")
    page.evaluate("window.scrollTo(0, 0)")
    assert _tab_to(page, focused), f"{name}: not reached with the Tab key"
    page.locator(shown or focused).first.scroll_into_view_if_needed()
    page.wait_for_timeout(300)
    assert page.screenshot(clip=_clip(page, shown or focused), animations="disabled") != without_focus, (
        f"{name}: the focus does not show"
    )
