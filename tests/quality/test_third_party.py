"""Loading every page in Chromium from a local server asks no other host for anything."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Browser
from quality_pages import html_pages

from edition_harness.browser import RequestLog, open_page


def test_no_page_requests_another_host(browser: Browser, site_url: str, built_site: Path, record_figure):
    log = RequestLog()
    page = open_page(browser, site_url, log)
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    pages = html_pages(built_site)
    for path in pages:
        page.goto(site_url + path.relative_to(built_site).as_posix())
        page.wait_for_load_state("networkidle")
    page.context.close()
    record_figure(f"third-party requests: {len(pages)} pages loaded, {len(requests)} requests, {len(log.blocked)} to another host")
    assert log.blocked == []
    assert len(requests) > len(pages)
