"""Export sizes, the time each export takes to write, and offline search time (prints figures; not a test).

    make export && .venv/bin/python -m bench.exports

Sizes: the files in dist/. Times: the seconds `make export` reports for each export, over
three strict offline builds of a clean copy (median). Search time: from the last key of the
query to the first result shown, in Chromium, with the offline edition unpacked in a
temporary folder and opened from file://.
"""

from __future__ import annotations

import re
import statistics
import subprocess
import sys
import tempfile
import zipfile
from collections import defaultdict
from pathlib import Path

from playwright.sync_api import sync_playwright

from bench.build_time import ENV
from bench.rows import Row, table
from edition_harness.browser import CHROMIUM, CHROMIUM_FLAGS
from edition_harness.project import PROJECT, copy_project_with_tools

ZIP = PROJECT / "dist" / "istanbul-retreat-2011-offline.zip"
SINGLE = PROJECT / "dist" / "istanbul-retreat-2011.html"
EPUB = PROJECT / "dist" / "istanbul-retreat-2011.epub"
PDF = PROJECT / "dist" / "istanbul-retreat-2011.pdf"
QUERIES = ["S/PRST/2011/18", "Article 33", "Libya", "mediation", "Kyrgyzstan"]
# What the build logs for each export: "dist/istanbul-retreat-2011.pdf: 189 KB in 11.1 s".
EXPORT_LINE = re.compile(r"dist/(\S+?): (?:\d+ files, )?[\d.]+ [KM]B in ([\d.]+) s")


def export_seconds(runs: int = 3) -> dict[str, list[float]]:
    """The seconds each export took, as the build reports them, in ``runs`` strict offline builds of a clean copy."""
    seconds: dict[str, list[float]] = defaultdict(list)
    with tempfile.TemporaryDirectory() as scratch:
        project = copy_project_with_tools(Path(scratch) / "project")
        for _ in range(runs):
            result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=project,
                                    env={**ENV, "OFFLINE": "true"}, capture_output=True, text=True, check=True)
            for name, taken in EXPORT_LINE.findall(result.stderr):
                seconds[name].append(float(taken))
    return seconds


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
    if not all(path.is_file() for path in (ZIP, SINGLE, EPUB, PDF)):
        sys.exit("dist/ has no exports: run `make export` first")
    with tempfile.TemporaryDirectory() as folder:
        with zipfile.ZipFile(ZIP) as archive:
            archive.extractall(folder)
        times = search_times(Path(folder) / "istanbul-retreat-2011" / "index.html")
    zip_size, single_size = ZIP.stat().st_size, SINGLE.stat().st_size
    epub_size, pdf_size = EPUB.stat().st_size, PDF.stat().st_size
    seconds = export_seconds()

    def took(path: Path) -> str:
        runs = seconds.get(path.name, [])
        return f"median {statistics.median(runs):.2f} s, max {max(runs):.2f} s ({len(runs)} builds)" if runs else "not reported"

    return [
        Row("offline zip (carries the EPUB and the PDF)", f"{zip_size / 1000:.0f} KB", "at most 1500 KB", zip_size <= 1_500_000),
        Row("single HTML file", f"{single_size / 1000:.0f} KB", "at most 400 KB", single_size <= 400_000),
        Row("EPUB", f"{epub_size / 1000:.0f} KB", "at most 250 KB", epub_size <= 250_000),
        Row("PDF (A4, tagged)", f"{pdf_size / 1000:.0f} KB", "at most 1000 KB", pdf_size <= 1_000_000),
        Row("writing the EPUB, in the build", took(EPUB)),
        Row("writing the PDF (WeasyPrint, then pikepdf), in the build", took(PDF)),
        Row("writing the zip, in the build", took(ZIP)),
        Row("writing the single file, in the build", took(SINGLE)),
        Row("offline search, last key to first result",
            f"median {statistics.median(times):.0f} ms, max {max(times):.0f} ms ({len(times)} queries)"),
    ]


if __name__ == "__main__":
    print(table(measure()))
