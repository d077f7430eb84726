"""In Chromium: Copy link and Cite, arrival at a paragraph, and tooltips for abbreviations and references."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect
from report_source import SUGGESTED_CITATION


def _tab_to(page: Page, selector: str, start: str, presses: int = 40) -> None:
    """Move the focus with the Tab key from ``start`` until ``selector`` has it."""
    page.focus(start)
    target = page.locator(selector)
    for _ in range(presses):
        if target.evaluate("element => element === document.activeElement"):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"{selector} not reached by keyboard from {start}")


def _canonical(page: Page) -> str:
    return page.locator("link[rel=canonical]").get_attribute("href")


def _clipboard(page: Page) -> str:
    return page.evaluate("navigator.clipboard.readText()")


def test_copy_link_by_keyboard(page: Page, site_url: str):
    page.goto(site_url + "taking-stock/")
    _tab_to(page, "#p4 .edition-action >> text=Copy link", "#p4 > a.para-num")
    page.keyboard.press("Enter")
    expect(page.locator("#edition-status")).to_have_text("Link to paragraph 4 copied")
    assert _clipboard(page) == _canonical(page) + "#p4"


def test_cite_by_keyboard_opens_the_panel_in_the_reports_own_form(page: Page, site_url: str):
    page.goto(site_url + "taking-stock/")
    _tab_to(page, "#p4 .edition-action >> text=Cite", "#p4 > a.para-num")
    page.keyboard.press("Enter")
    panel = page.get_by_role("dialog", name="Cite paragraph 4")
    expect(panel).to_be_visible()
    expect(panel.get_by_role("radio", name="The report's own form")).to_be_focused()
    expect(panel.get_by_role("radio", name="The report's own form")).to_be_checked()
    own = SUGGESTED_CITATION.replace("*", "") + f' "Taking Stock," para. 4. {_canonical(page)}#p4'
    expect(panel.locator(".edition-cite-text")).to_have_text(own)  # shown before it is copied
    _tab_to(page, "#edition-cite-panel button >> text=Copy", "#edition-cite-panel input:checked")
    page.keyboard.press("Enter")
    expect(page.locator("#edition-status")).to_have_text("The report's own form citation copied")
    assert _clipboard(page) == own
    page.keyboard.press("Escape")
    expect(panel).to_have_count(0)
    expect(page.locator("#p4 .edition-action >> text=Cite")).to_be_focused()
    expect(page.locator("#p4 .edition-action >> text=Cite")).to_have_attribute("aria-expanded", "false")


def test_the_style_is_chosen_by_keyboard_and_remembered(page: Page, site_url: str):
    page.goto(site_url + "taking-stock/")
    page.locator("#p4").hover()
    page.locator("#p4 .edition-action >> text=Cite").click()
    page.keyboard.press("ArrowDown")  # radio buttons: the arrow keys move the choice
    page.keyboard.press("ArrowDown")
    panel = page.get_by_role("dialog", name="Cite paragraph 4")
    expect(panel.get_by_role("radio", name="APA 7")).to_be_checked()
    expect(panel.locator(".edition-cite-label")).to_have_text(["Reference list", "In the text"])
    expect(panel.locator(".edition-cite-text").nth(1)).to_have_text("(Boutellis & Mikulaschek, 2012, para. 4)")
    panel.get_by_role("button", name="Copy APA 7 in the text").click()
    expect(page.locator("#edition-status")).to_have_text("APA 7 in the text copied")
    assert _clipboard(page) == "(Boutellis & Mikulaschek, 2012, para. 4)"
    page.goto(site_url + "wrap-up-and-next-steps/")
    page.locator("#p2").hover()
    page.locator("#p2 .edition-action >> text=Cite").click()
    panel = page.get_by_role("dialog", name="Cite paragraph 2")
    expect(panel.get_by_role("radio", name="APA 7")).to_be_checked()
    expect(panel.locator(".edition-cite-text").first).to_contain_text("Wrap-up and next steps. In Strengthening preventive diplomacy")


# Arrival settles over a few frames (instant navigation swaps the content, then scrolls):
# wait, within a bound, until the target sits fully placed below the sticky header.
_PLACED_BELOW_HEADER = """selector => {
  const target = document.querySelector(selector), header = document.querySelector("header.md-header");
  if (!target || !header) { return false; }
  const top = target.getBoundingClientRect().top;
  return top >= header.getBoundingClientRect().bottom && top < window.innerHeight;
}"""


def _assert_arrived(page: Page, selector: str) -> None:
    target = page.locator(selector)
    expect(target).to_have_class("edition-arrived")
    page.wait_for_function(_PLACED_BELOW_HEADER, arg=selector, timeout=5000)
    background = target.evaluate("element => getComputedStyle(element).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")


def test_arriving_at_a_paragraph_highlights_it_below_the_header(page: Page, site_url: str):
    page.goto(site_url + "taking-stock/#p4")
    _assert_arrived(page, "#p4")


def test_arriving_by_instant_navigation(page: Page, site_url: str):
    page.goto(site_url + "charter/")
    page.evaluate("window.__same_document = true")
    page.locator("a[href$='introduction/#p8']").first.click()  # Article 33, cited in the Introduction
    expect(page).to_have_url(site_url + "introduction/#p8")
    assert page.evaluate("window.__same_document === true"), "Material's instant navigation did not load the page"
    _assert_arrived(page, "#p8")
    page.locator("a.footnote-ref[href$='#fn:3']").click()
    _assert_arrived(page, "[id='fn:3']")


def test_the_buttons_stay_after_a_link_within_the_page(page: Page, site_url: str):
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(site_url + "taking-stock/")
    buttons = page.locator(".edition-action")
    expect(buttons.first).to_be_attached()
    count = buttons.count()
    page.locator("#p3 > a.para-num").click()
    expect(page).to_have_url(site_url + "taking-stock/#p3")
    _assert_arrived(page, "#p3")
    expect(buttons).to_have_count(count)
    page.locator("a.footnote-ref[href$='#fn:4']").click()
    _assert_arrived(page, "[id='fn:4']")
    expect(buttons).to_have_count(count)
    assert errors == []


@pytest.mark.parametrize("path", ["taking-stock/", "introduction/"])  # the Introduction has a block quote
def test_hidden_buttons_take_no_room(page: Page, site_url: str, path: str):
    page.goto(site_url + path)
    expect(page.locator(".edition-action").first).to_be_attached()
    heights = "() => [...document.querySelectorAll('article [id^=p]')].map(block => block.getBoundingClientRect().height)"
    with_buttons = page.evaluate(heights)
    page.add_style_tag(content=".edition-actions { display: none !important; }")
    assert page.evaluate(heights) == with_buttons


def test_abbreviation_tooltip_on_hover_and_on_focus(page: Page, site_url: str):
    page.goto(site_url + "taking-stock/")
    abbreviation = page.locator("#p4 abbr", has_text="DPA")
    abbreviation.hover()
    expect(page.locator(".md-tooltip2", has_text="Department of Political Affairs")).to_be_visible()
    page.mouse.move(0, 0)
    expect(page.locator(".md-tooltip2", has_text="Department of Political Affairs")).to_have_count(0)
    _tab_to(page, "#p4 abbr >> text=DPA", "#p4 > a.para-num")
    expect(page.locator(".md-tooltip2", has_text="Department of Political Affairs")).to_be_visible()


PRST = "Statement by the President of the Security Council"


@pytest.mark.parametrize(
    "path, hovered, hover_tip, focused, focus_tip",
    [
        ("taking-stock/", ("a.footnote-ref[href$='#fn:4']", None), "What the World Got Wrong",
         ("a.footnote-ref[href$='#fn:5']", None), PRST),
        ("wrap-up-and-next-steps/", ("a.un-symbol", "S/2011/552"), "Preventive Diplomacy: Delivering Results",
         ("a.un-symbol", "S/PRST/2011/18"), PRST),
    ],
    ids=["note", "document link"],
)
def test_reference_tooltip_on_hover_and_on_focus(page: Page, site_url: str, path, hovered, hover_tip, focused, focus_tip):
    page.goto(site_url + path)
    page.locator(hovered[0], has_text=hovered[1]).hover()
    expect(page.locator(".md-tooltip2", has_text=hover_tip)).to_be_visible()
    page.mouse.move(0, 0)
    page.locator(focused[0], has_text=focused[1]).focus()
    expect(page.locator(".md-tooltip2", has_text=focus_tip)).to_be_visible()


def test_no_request_leaves_the_site(page: Page, site_url: str):
    for path in ["", "taking-stock/", "charter/", "cases/"]:
        page.goto(site_url + path)
        page.wait_for_load_state("networkidle")
    assert page.request_log.blocked == []


def test_charter_link_tooltip_on_hover(page: Page, site_url: str):
    page.goto(site_url + "introduction/")
    page.locator("#p8 a.charter-ref", has_text="Article 33").hover()
    expect(page.locator(".md-tooltip2", has_text="Article 33 (Chapter VI: Pacific Settlement of Disputes)")).to_be_visible()
