"""One Lighthouse 12.2.3 run (npm, bench/package.json) on Debian's Chromium: mobile profile, simulated throttling.

Lighthouse's defaults are the profile: a Moto G Power's screen, a slow 4G network and a CPU
four times slower, all simulated from one unthrottled load. A run gives its whole JSON report;
`figures` reads the numbers the benchmarks compare.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import tempfile
from dataclasses import dataclass, fields
from pathlib import Path

from edition_harness.browser import CHROMIUM, CHROMIUM_FLAGS
from edition_harness.project import PROJECT

LIGHTHOUSE = PROJECT / "bench" / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


def lighthouse_report(url: str, categories: tuple[str, ...] = CATEGORIES, trace_to: Path | None = None,
                      blocked: tuple[str, ...] = ()) -> dict:
    """Lighthouse's JSON report of ``url``; with ``trace_to``, the trace it recorded is kept there;
    requests matching a ``blocked`` pattern ("*" a wildcard) fail, as if the page did not make them."""
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.json"
        subprocess.run(
            [str(LIGHTHOUSE), url, f"--chrome-flags={' '.join(CHROMIUM_FLAGS)}",
             f"--only-categories={','.join(categories)}", "--output=json", f"--output-path={report}", "--quiet",
             *(["--save-assets"] if trace_to else []), *(f"--blocked-url-patterns={pattern}" for pattern in blocked)],
            env={**os.environ, "CHROME_PATH": CHROMIUM}, check=True, capture_output=True, timeout=300,
        )
        if trace_to:
            shutil.move(Path(folder) / "report-0.trace.json", trace_to)
        return json.loads(report.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Figures:
    """What one run measured (or, from `median`, the median of each over several runs)."""

    performance: float  # the category scores, 0 to 1
    accessibility: float
    best_practices: float
    seo: float
    fcp: float  # milliseconds, simulated
    lcp: float
    tbt: float
    cls: float
    transfer: float  # bytes over the network, headers included (total-byte-weight)


def figures(report: dict) -> Figures:
    audits, categories = report["audits"], report["categories"]

    def score(name: str) -> float:
        return categories[name]["score"] if name in categories else float("nan")

    return Figures(
        performance=score("performance"), accessibility=score("accessibility"),
        best_practices=score("best-practices"), seo=score("seo"),
        fcp=audits["first-contentful-paint"]["numericValue"], lcp=audits["largest-contentful-paint"]["numericValue"],
        tbt=audits["total-blocking-time"]["numericValue"], cls=audits["cumulative-layout-shift"]["numericValue"],
        transfer=audits["total-byte-weight"]["numericValue"],
    )


def median(runs: list[Figures]) -> Figures:
    """Each figure's own median over the runs."""
    return Figures(**{field.name: statistics.median(getattr(run, field.name) for run in runs) for field in fields(Figures)})
