"""Lighthouse 12.2.3 (npm, bench/package.json) on Debian's Chromium: mobile profile, simulated throttling.

The site is served by the same gzip, keep-alive server as the first-view figures. Each page
is measured several times, one run after another; the table gives the median and the lowest.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import tempfile
from pathlib import Path

from bench.rows import Row, table
from edition_harness.browser import CHROMIUM, CHROMIUM_FLAGS, serve_gzip
from edition_harness.project import PROJECT, SECTIONS

LIGHTHOUSE = PROJECT / "bench" / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]


def longest_section(site: Path) -> str:
    sections = [source.removesuffix(".md") for source in SECTIONS]
    return max(sections, key=lambda name: (site / name / "index.html").stat().st_size) + "/"


def run(url: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.json"
        subprocess.run(
            [str(LIGHTHOUSE), url, f"--chrome-flags={' '.join(CHROMIUM_FLAGS)}",
             f"--only-categories={','.join(CATEGORIES)}", "--output=json", f"--output-path={report}", "--quiet"],
            env={**os.environ, "CHROME_PATH": CHROMIUM}, check=True, capture_output=True, timeout=300,
        )
        data = json.loads(report.read_text(encoding="utf-8"))
    return {name: data["categories"][name]["score"] * 100 for name in CATEGORIES}


def measure(site: Path = PROJECT / "site", runs: int = 3) -> list[Row]:
    url, server = serve_gzip(site)
    rows = []
    try:
        for path in ["", longest_section(site)]:
            results = [run(url + path) for _ in range(runs)]
            for name in CATEGORIES:
                scores = [result[name] for result in results]
                rows.append(Row(f"Lighthouse {name}, {path or 'home page'}",
                                f"median {statistics.median(scores):.0f}, lowest {min(scores):.0f} ({runs} runs)",
                                "100", statistics.median(scores) >= 99.5))
    finally:
        server.shutdown()
    return rows


if __name__ == "__main__":
    print(table(measure()))
