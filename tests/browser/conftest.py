"""A built site served on 127.0.0.1 and Debian's Chromium driven by Playwright, every other host blocked."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from browsing import CHROMIUM, CHROMIUM_FLAGS, RequestLog, open_page, serve
from project import SITE_PORT, SITE_URL


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """The clean build, served at the site_url it was built for."""
    url, server = serve(built_site, SITE_PORT)
    assert url == SITE_URL
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser, site_url: str) -> Iterator[Page]:
    log = RequestLog()
    page = open_page(browser, site_url, log, permissions=["clipboard-read", "clipboard-write"], viewport={"width": 1280, "height": 800})
    page.request_log = log
    yield page
    page.context.close()
