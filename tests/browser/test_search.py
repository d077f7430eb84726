"""Search on the online site: nothing of it is downloaded until the reader uses the search box."""

from __future__ import annotations

from playwright.sync_api import Page, expect


def test_search_loads_on_first_use_and_finds(page: Page, site_url: str):
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(site_url + "taking-stock/")
    page.wait_for_load_state("networkidle")
    assert not [url for url in requested if "search_index.json" in url or "/workers/search." in url]
    page.locator(".md-search__input").click()
    expect(page.locator(".md-search-result__meta")).not_to_have_text("Initializing search", timeout=10_000)
    page.locator(".md-search__input").press_sequentially("Kyrgyzstan", delay=20)
    results = page.locator(".md-search-result__item > a.md-search-result__link")
    expect(results.first).to_be_visible(timeout=10_000)
    assert any("search_index.json" in url for url in requested)
    hrefs = results.evaluate_all("links => links.map(a => a.href)")
    assert any("united-nations-tools-and-capacities/" in href for href in hrefs)
    assert any("building-preventive-capacities/" in href for href in hrefs)


def test_a_search_link_opens_with_results(page: Page, site_url: str):
    page.goto(site_url + "?q=Madagascar")
    expect(page.locator(".md-search-result__item").first).to_be_visible(timeout=10_000)
