"""How well search answers the query set (tests/fixtures/search-queries.yml), through Material's search box in Chromium.

    make build && .venv/bin/python -m bench.search_quality

Online: site/ served on 127.0.0.1. Offline: the offline edition (build/offline/) from
file://, as the zip unpacks it. For comparison, the same index answered by Material's own
lunr worker (served in place of the edition's, online). A query is a top-k hit when one of
its answers is among the first k passages shown; MRR takes the rank of the first answer.
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import Browser, sync_playwright

from bench.rows import Row, table
from edition_harness.browser import CHROMIUM, CHROMIUM_FLAGS, RequestLog, open_page, serve
from edition_harness.project import PROJECT
from edition_harness.search import Quality, load_queries, quality, run_queries
from report_edition.exports.editions import OFFLINE_SITE

TOP1, TOP3 = 0.85, 0.95
MATERIAL_WORKER = "assets/javascripts/workers/search.*.min.js"


def answered(browser: Browser, start: str, site_root: str, allowed: str, worker: Path | None = None) -> Quality:
    log = RequestLog()
    page = open_page(browser, allowed, log, viewport={"width": 1280, "height": 800})
    if worker is not None:  # Material's lunr worker answers instead of the edition's
        page.route("**/assets/search-worker.js", lambda route: route.fulfill(path=str(worker), content_type="text/javascript"))
    page.goto(start)
    queries = load_queries()
    results = run_queries(page, queries, site_root)
    page.context.close()
    if log.blocked:
        sys.exit(f"search asked another host for something: {log.blocked[:3]}")
    return quality({query: [shown.passage for shown in results[query]] for query in results}, queries)


def rows(name: str, measured: Quality, targets: bool = True) -> list[Row]:
    failures = measured.failures()
    misses = ", ".join(f"{query!r} ({rank or '-'})" for query, rank in failures) if targets else f"{len(failures)} queries"
    return [
        Row(f"search, {name}: top-1", f"{measured.top1:.3f}", f"at least {TOP1}" if targets else "",
            measured.top1 >= TOP1 if targets else None),
        Row(f"search, {name}: top-3", f"{measured.top3:.3f}", f"at least {TOP3}" if targets else "",
            measured.top3 >= TOP3 if targets else None),
        Row(f"search, {name}: MRR", f"{measured.mrr:.3f}"),
        Row(f"search, {name}: not first (rank)", misses or "none"),
    ]


def measure(site: Path = PROJECT / "site", offline: Path = PROJECT / OFFLINE_SITE) -> list[Row]:
    if not (site / "search" / "search_index.json").is_file() or not (offline / "search" / "search_index.js").is_file():
        sys.exit("site/ or the offline edition is missing: run `make build` first")
    material_worker = next(site.glob(MATERIAL_WORKER))
    url, server = serve(site)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
            online = answered(browser, url + "taking-stock/", url, url)
            lunr = answered(browser, url + "taking-stock/", url, url, worker=material_worker)
            offline_root = offline.as_uri() + "/"
            offline_measured = answered(browser, offline_root + "taking-stock.html", offline_root, "file://")
            browser.close()
    finally:
        server.shutdown()
    return (rows("online", online) + rows("offline (file://)", offline_measured)
            + rows("Material's lunr worker, same index", lunr, targets=False))


if __name__ == "__main__":
    print(table(measure()))
