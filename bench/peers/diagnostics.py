"""Where the time goes: Lighthouse's diagnostics for the edition and stock Material, on the Wrap-Up page.

    .venv/bin/python -m bench.run diagnostics      (after make build and make peer-venvs)

In `make bench` it reads the runs the side-by-side part has just made; alone, it runs Lighthouse
on the two sites in turn, BENCH_RUNS times each (3 by default). Each report, and the trace of
the compared page, is kept in build/bench/lighthouse/ (open a report in Lighthouse's viewer, a
trace in Chromium's performance panel). Every figure printed is the median over the runs; the
long tasks are those of the run with the median TBT. Times are Lighthouse's, simulated (a CPU
four times slower, slow 4G), unless a row says "observed" (the unthrottled load).

Lighthouse 12.2.3's trace engine cannot read the traces of this Chromium (its audits of the LCP
element, of render-blocking requests and of layout shifts stop on "reading 'frame_sequence'"), so
those three are read here from the trace Lighthouse recorded: the last LCP candidate Chromium
reported, and the render-blocking status Chromium gave each request. The LCP phases follow
Lighthouse's definition for a text LCP: TTFB, no load delay or load time, and the render delay
from TTFB to LCP, from Lighthouse's simulated TTFB and LCP.
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from bench.peers import side_by_side
from bench.peers.side_by_side import COMPARED, KEPT, kept, kib, measure_rounds, rounds
from bench.peers.sites import built_sites
from bench.peers.tables import grid
from bench.rows import Row, table
from edition_harness.project import PROJECT

COMPARED_SITES = ("edition", "Material")
BLOCKING = {"blocking", "in_body_parser_blocking"}  # Chromium's words for a request that holds the first paint
TIMES = {"FCP", "LCP", "TBT"}  # the metrics whose savings Lighthouse estimates in milliseconds


def resource(url: str) -> str:
    """A URL of the served site as its path (the port changes from run to run)."""
    parts = urlsplit(url)
    return parts.path if parts.scheme.startswith("http") else url[:40]


def _items(report: dict, audit: str) -> list[dict]:
    return (report["audits"][audit].get("details") or {}).get("items", [])


@dataclass
class Run:
    """What one Lighthouse run says of where the time and the bytes go."""

    main_thread: dict[str, float]  # category: ms
    scripts: dict[str, float]  # script: CPU ms (evaluation, parsing, and the rest it causes)
    long_tasks: list[tuple[str, float, float]]  # (script, start, duration)
    tbt: float
    lcp: float
    ttfb: float
    observed_lcp: float
    cpu_before_lcp: float  # observed ms of main-thread tasks before the observed LCP
    lcp_element: str
    render_blocking: dict[str, str]  # resource: Chromium's status
    unused: dict[str, tuple[float, float]]  # resource: (transfer bytes, unused bytes), CSS and JS
    weight: dict[str, float] = field(default_factory=dict)  # resource: transfer bytes
    dom_elements: float = 0
    savings: dict[str, float] = field(default_factory=dict)  # "audit, metric": ms Lighthouse estimates it would save


def lcp_candidate(trace: list[dict]) -> str:
    candidates = [event["args"]["data"] for event in trace
                  if event.get("name") == "largestContentfulPaint::Candidate"
                  and event["args"]["data"].get("isOutermostMainFrame", True)]
    if not candidates:
        return "none reported"
    last = max(candidates, key=lambda data: data.get("candidateIndex", 0))
    return f"{last.get('nodeName', 'node ' + str(last.get('nodeId')))} ({last.get('type')}, {last.get('size')} px²)"


def render_blocking(trace: list[dict]) -> dict[str, str]:
    found = {}
    for event in trace:
        if event.get("name") == "ResourceSendRequest":
            data = event["args"]["data"]
            if data.get("renderBlocking") in BLOCKING:
                found[resource(data["url"])] = data["renderBlocking"]
    return found


def read_run(report: dict, trace_file: Path) -> Run:
    events = json.loads(trace_file.read_text(encoding="utf-8"))
    trace = events["traceEvents"] if isinstance(events, dict) else events
    metrics = _items(report, "metrics")[0]
    observed_lcp = metrics["observedLargestContentfulPaint"]
    tasks = _items(report, "main-thread-tasks")
    return Run(
        main_thread={item["groupLabel"]: item["duration"] for item in _items(report, "mainthread-work-breakdown")},
        scripts={resource(item["url"]): item["total"] for item in _items(report, "bootup-time")},
        long_tasks=[(resource(item["url"]), item["startTime"], item["duration"]) for item in _items(report, "long-tasks")],
        tbt=report["audits"]["total-blocking-time"]["numericValue"],
        lcp=metrics["largestContentfulPaint"], ttfb=metrics["timeToFirstByte"], observed_lcp=observed_lcp,
        cpu_before_lcp=sum(max(0.0, min(task["startTime"] + task["duration"], observed_lcp) - task["startTime"])
                           for task in tasks),
        lcp_element=lcp_candidate(trace),
        render_blocking=render_blocking(trace),
        unused={resource(item["url"]): (item["totalBytes"], item["wastedBytes"])
                for audit in ("unused-css-rules", "unused-javascript") for item in _items(report, audit)},
        weight={resource(item["url"]): item["totalBytes"] for item in _items(report, "total-byte-weight")},
        dom_elements=_items(report, "dom-size")[0]["value"]["value"],
        savings={f"{name}, {metric}": saved for name, audit in report["audits"].items()
                 for metric, saved in (audit.get("metricSavings") or {}).items() if saved and metric in TIMES},
    )


def med(runs: list[Run], value: Callable[[Run], float]) -> float:
    return statistics.median(value(run) for run in runs)


def keys(runs: list[Run], mapping: Callable[[Run], dict]) -> list[str]:
    return list(dict.fromkeys(key for run in runs for key in mapping(run)))


def ms(value: float) -> str:
    return f"{value:.0f} ms"


def main_thread_table(found: dict[str, list[Run]]) -> str:
    groups = keys([run for runs in found.values() for run in runs], lambda run: run.main_thread)
    rows = [[group, *(ms(med(runs, lambda run: run.main_thread.get(group, 0))) for runs in found.values())]
            for group in groups]
    rows.append(["total", *(ms(med(runs, lambda run: sum(run.main_thread.values()))) for runs in found.values())])
    return grid(["main-thread work (simulated)", *found], rows)


def lcp_table(found: dict[str, list[Run]]) -> str:
    def row(label: str, value: Callable[[Run], float], show: Callable[[float], str] = ms) -> list[str]:
        return [label, *(show(med(runs, value)) for runs in found.values())]

    return grid(["LCP, median", *found], [
        ["element (from the trace)", *(runs[0].lcp_element for runs in found.values())],
        row("LCP", lambda run: run.lcp),
        row("  TTFB", lambda run: run.ttfb),
        ["  load delay, load time", *("0 ms, 0 ms (text)" for _ in found)],
        row("  render delay", lambda run: run.lcp - run.ttfb),
        row("LCP observed (unthrottled)", lambda run: run.observed_lcp),
        row("main-thread work before it (observed)", lambda run: run.cpu_before_lcp),
        row("DOM elements", lambda run: run.dom_elements, lambda value: f"{value:.0f}"),
    ])


def per_resource(found: dict[str, list[Run]], heading: list[str],
                 cells: Callable[[list[Run], str], list[str]], mapping: Callable[[Run], dict]) -> str:
    rows = [[name, url, *cells(runs, url)] for name, runs in found.items() for url in keys(runs, mapping)]
    return grid(["site", *heading], rows or [["–", "none", *("" for _ in heading[1:])]])


def savings_table(found: dict[str, list[Run]]) -> str:
    every = keys([run for runs in found.values() for run in runs], lambda run: run.savings)
    rows = [[saving, *(ms(med(runs, lambda run: run.savings.get(saving, 0))) for runs in found.values())]
            for saving in every]
    return grid(["Lighthouse's own estimate of what fixing an audit saves", *found], rows or [["none", *("" for _ in found)]])


def long_tasks_table(found: dict[str, list[Run]]) -> str:
    rows = []
    for name, runs in found.items():
        typical = sorted(runs, key=lambda run: run.tbt)[len(runs) // 2]
        rows += [[name, url, ms(start), ms(duration)] for url, start, duration in typical.long_tasks]
    return grid(["site", "long task (run with the median TBT)", "start", "duration"], rows)


def diagnosis(found: dict[str, list[Run]]) -> str:
    def bytes_cells(mapping: Callable[[Run], dict], index: int | None = None):
        def cells(runs: list[Run], url: str) -> list[str]:
            values = [mapping(run).get(url) for run in runs if url in mapping(run)]
            if index is None:
                return [kib(statistics.median(values), 1)]
            return [kib(statistics.median(value[0] for value in values), 1),
                    kib(statistics.median(value[1] for value in values), 1)]
        return cells

    sections = [
        main_thread_table(found),
        per_resource(found, ["script", "CPU time"],
                     lambda runs, url: [ms(med([run for run in runs if url in run.scripts], lambda run: run.scripts[url]))],
                     lambda run: run.scripts),
        long_tasks_table(found),
        lcp_table(found),
        per_resource(found, ["render-blocking request", "status"],
                     lambda runs, url: [next(run.render_blocking[url] for run in runs if url in run.render_blocking)],
                     lambda run: run.render_blocking),
        per_resource(found, ["unused CSS and JS", "transfer", "unused"], bytes_cells(lambda run: run.unused, 0),
                     lambda run: run.unused),
        per_resource(found, ["resource", "transfer"], bytes_cells(lambda run: run.weight), lambda run: run.weight),
        savings_table(found),
    ]
    return "\n\n".join(sections)


def measure() -> list[Row]:
    """From the side-by-side part's runs if it has just run in this process, else from runs of its own."""
    reports = side_by_side.compared_reports
    if not reports:
        with built_sites() as sites:
            found = measure_rounds([site for site in sites if site.name in COMPARED_SITES], [COMPARED], rounds())
        reports = {name: found[name, COMPARED] for name in COMPARED_SITES}
    found = {name: [read_run(report, kept(name, COMPARED, number, "trace.json"))
                    for number, report in enumerate(reports[name], start=1)]
             for name in COMPARED_SITES}
    print(diagnosis(found), end="\n\n")
    stem = COMPARED.removesuffix(".md")

    def both(value: Callable[[Run], float], show: Callable[[float], str] = ms) -> str:
        return ", ".join(f"{name} {show(med(runs, value))}" for name, runs in found.items())

    return [
        Row(f"main-thread work, {stem} (simulated)", both(lambda run: sum(run.main_thread.values()))),
        Row("  of which script evaluation", both(lambda run: run.main_thread.get("Script Evaluation", 0))),
        Row("  of which style and layout", both(lambda run: run.main_thread.get("Style & Layout", 0))),
        Row(f"LCP render delay, {stem}", both(lambda run: run.lcp - run.ttfb)),
        Row(f"unused CSS and JS, {stem}", both(lambda run: sum(unused for _, unused in run.unused.values()), lambda size: kib(size, 1))),
        Row(f"render-blocking requests, {stem}", both(lambda run: len(run.render_blocking), lambda value: f"{value:.0f}")),
        Row("Lighthouse reports and traces", str(KEPT.relative_to(PROJECT))),
    ]


if __name__ == "__main__":
    print(table(measure()))
