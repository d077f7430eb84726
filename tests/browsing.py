"""Debian's Chromium driven by Playwright, a static server, and a log of blocked requests."""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path
from urllib.parse import urlparse

from playwright.sync_api import Browser, Page

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
