"""Bytes transferred on a first view of every page, gzip-compressed as a static host serves them.

Counted by the server itself (headers and bodies of every response), for each page loaded
in a fresh Chromium context (empty cache) until the network is idle.
"""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import sync_playwright

from bench.rows import Row, table
from edition_harness.browser import CHROMIUM, CHROMIUM_FLAGS, GzipHandler, serve_gzip
from edition_harness.project import PROJECT

TARGET = 100_000


def first_views(site: Path) -> dict[str, int]:
    url, server = serve_gzip(site)
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html") if "downloads" not in p.parts)
    sizes = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        for path in pages:
            context = browser.new_context()
            page = context.new_page()
            GzipHandler.sent[0] = 0
            page.goto(url + path)
            page.wait_for_load_state("networkidle")
            page.wait_for_timeout(200)
            sizes[path] = GzipHandler.sent[0]
            context.close()
        browser.close()
    server.shutdown()
    return sizes


def measure(site: Path = PROJECT / "site") -> list[Row]:
    sizes = first_views(site)
    rows = [Row(f"first view: {path}", f"{size / 1000:.1f} KB") for path, size in sizes.items()]
    largest = max(sizes, key=sizes.get)
    rows.append(Row(f"first view, largest page ({largest})", f"{sizes[largest] / 1000:.1f} KB",
                    "at most 100 KB", sizes[largest] <= TARGET))
    return rows


if __name__ == "__main__":
    print(table(measure()))
