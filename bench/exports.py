"""Export sizes and offline search time (prints figures; not a test).

    make export && .venv/bin/python -m bench.exports

Search time: from the last key of the query to the first result shown, in Chromium, with
the offline edition unpacked in a temporary folder and opened from file://.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import zipfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from bench.rows import Row, table
from edition_harness.browser import CHROMIUM, CHROMIUM_FLAGS
from edition_harness.project import PROJECT

ZIP = PROJECT / "dist" / "istanbul-retreat-2011-offline.zip"
SINGLE = PROJECT / "dist" / "istanbul-retreat-2011.html"
QUERIES = ["S/PRST/2011/18", "Article 33", "Libya", "mediation", "Kyrgyzstan"]


def search_times(index: Path) -> list[float]:
    times = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        for query in QUERIES:
            page = browser.new_page()
            page.goto(index.as_uri())
            page.locator(".md-search__input").click()
            page.wait_for_function(
                "document.querySelector('.md-search-result__meta').textContent !== 'Initializing search'"
            )
            page.locator(".md-search__input").press_sequentially(query[:-1])
            page.wait_for_timeout(500)  # the results for all but the last key have settled
            page.evaluate(
                """() => { window.__seen = null; new MutationObserver(records => {
                       const added = records.some(r => Array.from(r.addedNodes).some(n => n.classList && n.classList.contains('md-search-result__item')));
                       if (!window.__seen && added) window.__seen = performance.now();
                   }).observe(document.querySelector('.md-search-result__list'), {childList: true, subtree: true}); }"""
            )
            start = page.evaluate("performance.now()")
            page.keyboard.press(query[-1])
            page.wait_for_function("window.__seen !== null")
            times.append(page.evaluate("window.__seen") - start)
            page.close()
        browser.close()
    return times


def measure() -> list[Row]:
    if not ZIP.is_file() or not SINGLE.is_file():
        sys.exit("dist/ has no exports: run `make export` first")
    with tempfile.TemporaryDirectory() as folder:
        with zipfile.ZipFile(ZIP) as archive:
            archive.extractall(folder)
        times = search_times(Path(folder) / "istanbul-retreat-2011" / "index.html")
    zip_size, single_size = ZIP.stat().st_size, SINGLE.stat().st_size
    return [
        Row("offline zip", f"{zip_size / 1000:.0f} KB", "at most 1500 KB", zip_size <= 1_500_000),
        Row("single HTML file", f"{single_size / 1000:.0f} KB", "at most 400 KB", single_size <= 400_000),
        Row("offline search, last key to first result",
            f"median {statistics.median(times):.0f} ms, max {max(times):.0f} ms ({len(times)} queries)"),
    ]


if __name__ == "__main__":
    print(table(measure()))
