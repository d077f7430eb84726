"""The linker on real UN prose: precision and recall per kind on the labelled corpora (prints figures).

tests/corpus/dev was labelled to develop against; tests/corpus/heldout was first measured
unseen (its first figures are in the closing notes) and then read; heldout-2 was labelled
before any finder ran on it and first measured unseen on 2026-11-29, after the finders'
last change for issue 12: precision 0.972 (171/176), recall 0.891 (171/192). Its error
classes are in the closing note of issue 12; the finders are not tuned on it.

    .venv/bin/python -m bench.linker_quality
"""

from __future__ import annotations

from bench.rows import Row, table
from edition_harness.corpus import KINDS, linker_finder, load_corpus, score
from edition_harness.project import PROJECT
from report_edition.context import SERIES_FILE
from report_edition.linking.finder import ReferenceFinder
from report_edition.linking.references import TextContext
from report_edition.linking.symbols import load_series

CORPORA = ("dev", "heldout", "heldout-2")
PRECISION, RECALL = 0.99, 0.95


def measure() -> list[Row]:
    find = linker_finder(ReferenceFinder(load_series(PROJECT / SERIES_FILE)), TextContext)
    rows = []
    for corpus in CORPORA:
        texts = load_corpus(corpus)
        scores = score(texts, find)
        for kind in (*KINDS, "all"):
            result = scores[kind]
            right, found, labelled = len(result.right), len(result.right) + len(result.wrong), len(result.right) + len(result.missed)
            rows.append(Row(
                f"linker, {corpus} ({len(texts)} texts), {kind}",
                f"precision {result.precision:.3f} ({right}/{found}), recall {result.recall:.3f} ({right}/{labelled})",
                f"precision at least {PRECISION}, recall at least {RECALL}",
                result.precision >= PRECISION and result.recall >= RECALL,
            ))
    return rows


if __name__ == "__main__":
    print(table(measure()))
