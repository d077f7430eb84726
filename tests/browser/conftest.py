"""A built site served on 127.0.0.1 and Debian's Chromium driven by Playwright, every other host blocked."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from project import SITE_PORT, SITE_URL

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the stdlib's name
        pass


def serve(directory: Path, port: int = 0) -> tuple[str, http.server.ThreadingHTTPServer]:
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/", server


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


class RequestLog:
    """Every request the page made that left the allowed origin (they are aborted)."""

    def __init__(self) -> None:
        self.blocked: list[str] = []


def open_page(browser: Browser, allowed: str, log: RequestLog, **context_options) -> Page:
    context = browser.new_context(**context_options)

    def route(route, request):
        url = urlparse(request.url)
        if request.url.startswith(allowed) or url.scheme in ("data", "blob", "about"):
            route.continue_()
        else:
            log.blocked.append(request.url)
            route.abort()

    context.route("**/*", route)
    return context.new_page()


@pytest.fixture
def page(browser: Browser, site_url: str) -> Iterator[Page]:
    log = RequestLog()
    page = open_page(browser, site_url, log, permissions=["clipboard-read", "clipboard-write"], viewport={"width": 1280, "height": 800})
    page.request_log = log
    yield page
    page.context.close()
