"""The edition side by side with stock MkDocs + Material and Sphinx + furo: Lighthouse medians and their ratios.

    make bench        (or, after make build and make peer-venvs: .venv/bin/python -m bench.run peers)

The three sites are served by the same gzip, keep-alive server on 127.0.0.1, and Lighthouse
(bench/peers/lighthouse.py: mobile, simulated throttling) runs one page at a time, in rounds: each
round loads the Wrap-Up page of the edition, of Material and of furo, one after another, then
the edition's home page and its other sections. A slow moment of the shared machine so falls
on all three alike; the figures to read are the ratios of the medians, not the times.
BENCH_RUNS sets the number of rounds (3 by default; fewer is a quick look, not a figure).
Every report is kept in build/bench/lighthouse/; the diagnostics part reads those of the Wrap-Up page.
"""

from __future__ import annotations

import json
import math
import os
import re
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from lxml import html

from bench.peers.lighthouse import Figures, figures, lighthouse_report, median
from bench.peers.sites import Site, built_sites
from bench.peers.tables import grid
from bench.rows import Row, table
from edition_harness.browser import serve_gzip
from edition_harness.project import PROJECT, SECTIONS

COMPARED = "wrap-up-and-next-steps.md"  # the page all three sites are measured on
EDITION_PAGES = ["index.md", *SECTIONS]  # the edition's own targets: the home page and every section
TBT_TARGET_MS = 50
KEPT = PROJECT / "build" / "bench" / "lighthouse"  # every report, and the compared page's traces
TRANSFER_TARGET = 60 * 1024  # bytes, a first view of any page


def rounds() -> int:
    return int(os.environ.get("BENCH_RUNS", "3"))


@contextmanager
def served(sites: list[Site]) -> Iterator[dict[str, str]]:
    """Each site on its own port: its name and its address."""
    servers, addresses = [], {}
    try:
        for site in sites:
            address, server = serve_gzip(site.root)
            servers.append(server)
            addresses[site.name] = address
        yield addresses
    finally:
        for server in servers:
            server.shutdown()


def schedule(sites: list[Site], pages: list[str]) -> list[tuple[Site, str]]:
    """One round: the compared page on every site, in turn, then the edition's other pages."""
    edition = sites[0]
    return [(site, COMPARED) for site in sites] + [(edition, page) for page in pages if page != COMPARED]


def kept(site: str, page: str, number: int, kind: str = "json") -> Path:
    """Where a run's report (kind "json") or trace ("trace.json") is kept."""
    return KEPT / f"{site}-{page.removesuffix('.md')}-{number}.{kind}"


def measure_rounds(sites: list[Site], pages: list[str], runs: int) -> dict[tuple[str, str], list[dict]]:
    """Every Lighthouse report, by (site, page), ``runs`` of each, alternating. Each report is kept
    in KEPT, with its trace for the compared page (the diagnostics read it)."""
    shutil.rmtree(KEPT, ignore_errors=True)
    KEPT.mkdir(parents=True)
    reports: dict[tuple[str, str], list[dict]] = {}
    plan = schedule(sites, pages)
    with served(sites) as addresses:
        for number in range(1, runs + 1):
            for site, page in plan:
                print(f"           round {number}/{runs}: {site.name}, {page}", file=sys.stderr, flush=True)
                trace = kept(site.name, page, number, "trace.json") if page == COMPARED else None
                report = lighthouse_report(addresses[site.name] + site.address(page), trace_to=trace)
                kept(site.name, page, number).write_text(json.dumps(report), encoding="utf-8")
                reports.setdefault((site.name, page), []).append(report)
    return reports


def seconds(ms: float) -> str:
    return f"{ms / 1000:.2f} s"


def kib(size: float, decimals: int = 0) -> str:
    return f"{size / 1024:.{decimals}f} KiB"


# What the tables show of each figure, and how.
SHOWN = [
    ("performance", "performance", lambda value: f"{value:.2f}"),
    ("FCP", "fcp", seconds),
    ("LCP", "lcp", seconds),
    ("TBT", "tbt", lambda value: f"{value:.0f} ms"),
    ("CLS", "cls", lambda value: f"{value:.3f}"),
    ("transfer", "transfer", kib),
    ("accessibility", "accessibility", lambda value: f"{value:.2f}"),
    ("best practices", "best_practices", lambda value: f"{value:.2f}"),
    ("SEO", "seo", lambda value: f"{value:.2f}"),
]


def ratio(mine: float, theirs: float) -> str:
    return "–" if theirs == 0 or math.isnan(theirs) else f"{mine / theirs:.2f}"


def side_by_side(medians: dict[str, Figures], runs: int) -> str:
    names = list(medians)
    edition, peers = medians[names[0]], names[1:]
    headings = [f"{COMPARED.removesuffix('.md')}, median of {runs}", *names, *(f"edition ÷ {peer}" for peer in peers)]
    rows = [[label, *(show(getattr(medians[name], field)) for name in names),
             *(ratio(getattr(edition, field), getattr(medians[peer], field)) for peer in peers)]
            for label, field, show in SHOWN]
    return grid(headings, rows)


def edition_pages(medians: dict[str, Figures], runs: int) -> str:
    headings = [f"edition page, median of {runs}", *(label for label, _, _ in SHOWN)]
    return grid(headings, [[page, *(show(getattr(figure, field)) for _, field, show in SHOWN)]
                           for page, figure in medians.items()])


def article_words(site: Site, page: str) -> int:
    """Words of three letters or more in the page's main text: the peers publish the report's words."""
    path = site.root / site.address(page)
    tree = html.parse(str(path / "index.html" if site.directory_urls else path))
    article = tree.xpath("//article")[0]
    return len(re.findall(r"[^\W\d_]{3,}", article.text_content()))


def load() -> str:
    return "{:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


# The reports of the compared page from the last run of this part, by site: the diagnostics part,
# run next by bench.run, reads them instead of running Lighthouse again.
compared_reports: dict[str, list[dict]] = {}


def measure() -> list[Row]:
    runs, load_before = rounds(), load()
    with built_sites() as sites:
        reports = measure_rounds(sites, EDITION_PAGES, runs)
        words = {site.name: article_words(site, COMPARED) for site in sites}
    compared_reports.clear()
    compared_reports.update({site.name: reports[site.name, COMPARED] for site in sites})
    medians = {key: median([figures(report) for report in found]) for key, found in reports.items()}
    compared = {site.name: medians[site.name, COMPARED] for site in sites}
    pages = {page: medians["edition", page] for page in EDITION_PAGES}
    print(side_by_side(compared, runs), end="\n\n")
    print(edition_pages(pages, runs), end="\n\n")
    return [
        *against_targets(compared, pages, runs),
        Row(f"words in the main text of {COMPARED}", ", ".join(f"{name} {count}" for name, count in words.items())),
        Row("load average (1, 5, 15 min), before and after the runs", f"{load_before}; {load()} (2 cores)"),
    ]


def against_targets(compared: dict[str, Figures], pages: dict[str, Figures], runs: int) -> list[Row]:
    """The issue's targets: performance 1.00 on every page, LCP no more than furo's, TBT and transfer."""
    edition, furo = compared["edition"], compared["furo"]
    slowest = max(pages, key=lambda page: pages[page].tbt)
    rows = [Row(f"Lighthouse performance, {page}", f"median {figure.performance:.2f} ({runs} runs)", "1.00",
                figure.performance >= 1) for page, figure in pages.items()]
    rows.append(Row(f"Lighthouse LCP, {COMPARED}: edition ÷ furo",
                    f"{seconds(edition.lcp)} ÷ {seconds(furo.lcp)} = {ratio(edition.lcp, furo.lcp)}",
                    "at most 1.00", edition.lcp <= furo.lcp))
    rows.append(Row(f"Lighthouse TBT, the highest median ({slowest})", f"{pages[slowest].tbt:.0f} ms",
                    f"at most {TBT_TARGET_MS} ms", pages[slowest].tbt <= TBT_TARGET_MS))
    for label, field in [("accessibility", "accessibility"), ("best practices", "best_practices"), ("SEO", "seo")]:
        lowest = min(pages, key=lambda page: getattr(pages[page], field))
        value = getattr(pages[lowest], field)
        rows.append(Row(f"Lighthouse {label}, the lowest median ({lowest})", f"{value:.2f}", "1.00", value >= 1))
    heaviest = max(pages, key=lambda page: pages[page].transfer)
    rows.append(Row(f"Lighthouse transfer, the largest median ({heaviest})", kib(pages[heaviest].transfer, 1),
                    f"at most {kib(TRANSFER_TARGET)}", pages[heaviest].transfer <= TRANSFER_TARGET))
    rows.append(Row(f"Lighthouse transfer, {COMPARED}: edition ÷ Material, ÷ furo",
                    f"{ratio(edition.transfer, compared['Material'].transfer)}, {ratio(edition.transfer, furo.transfer)}"))
    return rows


if __name__ == "__main__":
    print(table(measure()))
