"""Finder and linker throughput on 10 MB of prose (prints figures; not a test).

Two texts: generated prose made of sentences each full of references (about 18 references
per KB, a worst case), and the real UN prose of the labelled corpora (tests/corpus/dev),
repeated to the same size. The finders read each paragraph as text; the linker links
page by page, each page its own element tree, as in a build. Each run is a fresh process,
as a build is; times are the process's CPU time, less disturbed by other work.

    .venv/bin/python -m bench.linker_throughput [megabytes]
"""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import time

import lxml.html

from bench.rows import Row, table
from edition_harness.corpus import load_corpus, passages
from edition_harness.project import PROJECT
from report_edition.context import SERIES_FILE
from report_edition.linking.finder import ReferenceFinder
from report_edition.linking.linker import LinkTargets, link_references
from report_edition.linking.symbols import load_series

SENTENCES = [
    "Under Articles 36 and 37, the Security Council may recommend appropriate procedures.",
    "The council acted under Chapter VII, as S/RES/1973 (2011) and S/PRST/2011/18 show.",
    "See A/47/277–S/24111, para. 23, and the Brahimi report (A/55/305-S/2000/809).",
    "General Assembly Resolution 65/283 built on Article 33 of the United Nations Charter.",
    "Chapters VI, VII, and VIII interact with and affect each other in many ways.",
    "Article 5 of the North Atlantic Treaty is not part of the Charter, nor is SC/10187.",
    "Regional arrangements are to keep the council fully informed of their efforts.",
    "Preventive diplomacy requires measures to create confidence and early warning.",
    "The mediation effort was led by a single mediator over forty-one days.",
    "Security Council Resolution 1765 (2007) had mandated the certification of the elections.",
]


def prose(megabytes: float, seed: int = 2012) -> list[str]:
    """Paragraphs of about 800 characters until the total reaches the size."""
    rng = random.Random(seed)
    paragraphs, size, target = [], 0, int(megabytes * 1_000_000)
    while size < target:
        paragraph = " ".join(rng.choice(SENTENCES) for _ in range(9))
        paragraphs.append(paragraph)
        size += len(paragraph.encode("utf-8"))
    return paragraphs


PARAGRAPHS_PER_PAGE = 20  # about 16 KB of text: a page a little longer than the report's longest


def real_prose(megabytes: float) -> list[str]:
    """The passages of the development corpus, over and over, until the total reaches the size."""
    corpus = [passage for text in load_corpus("dev") for _, passage in passages(text.text)]
    paragraphs, size, target = [], 0, int(megabytes * 1_000_000)
    while size < target:
        for passage in corpus:
            paragraphs.append(passage)
            size += len(passage.encode("utf-8"))
    return paragraphs


def find_run(megabytes: float, real: bool) -> dict[str, float]:
    """The finders alone: each paragraph's text in, its references out."""
    paragraphs = real_prose(megabytes) if real else prose(megabytes)
    finder = ReferenceFinder(load_series(PROJECT / SERIES_FILE))
    start = time.process_time()
    references = sum(len(finder.find(paragraph)) for paragraph in paragraphs)
    return {"seconds": time.process_time() - start, "bytes": sum(len(p.encode("utf-8")) for p in paragraphs),
            "references": references, "pages": len(paragraphs)}


def one_run(megabytes: float) -> dict[str, float]:
    """Link the prose page by page, as the page pass does in a build: one tree per page."""
    paragraphs = prose(megabytes)
    pages = []
    for first in range(0, len(paragraphs), PARAGRAPHS_PER_PAGE):
        root = lxml.html.Element("div")
        for text in paragraphs[first : first + PARAGRAPHS_PER_PAGE]:
            lxml.html.etree.SubElement(root, "p").text = text
        pages.append(root)
    finder = ReferenceFinder(load_series(PROJECT / SERIES_FILE))
    targets = LinkTargets(charter_href=lambda anchor: f"../charter/#{anchor}")
    references = 0
    start = time.process_time()
    for root in pages:
        references += len(link_references(root, finder, targets).found)
    return {"seconds": time.process_time() - start, "bytes": sum(len(p.encode("utf-8")) for p in paragraphs),
            "references": references, "pages": len(pages)}


def _median_run(kind: str, megabytes: float, repeats: int) -> dict[str, float]:
    runs = []
    for _ in range(repeats):
        command = [sys.executable, "-m", "bench.linker_throughput", "--once", kind, str(megabytes)]
        runs.append(json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout))
    median = statistics.median(run["seconds"] for run in runs)
    return {**runs[0], "seconds": median}


def measure(megabytes: float = 10.0, repeats: int = 3) -> list[Row]:
    """The median of a few runs, each in a fresh process, as a build links its pages once."""
    rows = []
    for kind, label in (("dense", "generated prose, every sentence full of references"),
                        ("real", "real UN prose, the development corpus repeated"),
                        ("tree", "generated prose, linked in element trees page by page")):
        run = _median_run(kind, megabytes, repeats)
        rate = run["bytes"] / 1e6 / run["seconds"]
        density = run["references"] / (run["bytes"] / 1000)
        what = "finders" if kind != "tree" else "linker"
        rows.append(Row(
            f"{what} throughput, {label}",
            f"{rate:.1f} MB/s (CPU, median of {repeats} processes; {run['bytes'] / 1e6:.1f} MB, "
            f"{density:.1f} references per KB, {run['seconds']:.2f} s)",
            "at least 5 MB/s", rate >= 5,
        ))
    return rows


if __name__ == "__main__":
    if sys.argv[1:2] == ["--once"]:
        kind, size = sys.argv[2], float(sys.argv[3])
        print(json.dumps(one_run(size) if kind == "tree" else find_run(size, real=kind == "real")))
    else:
        print(table(measure(float(sys.argv[1]) if len(sys.argv) > 1 else 10.0)))
