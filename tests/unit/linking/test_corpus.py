"""The finders on real UN prose they were not written from: the labelled corpora hold the floor."""

from __future__ import annotations

import pytest

from edition_harness.corpus import KINDS, linker_finder, load_corpus, score
from edition_harness.project import PROJECT
from report_edition.context import SERIES_FILE
from report_edition.linking.finder import ReferenceFinder
from report_edition.linking.references import TextContext
from report_edition.linking.symbols import load_series

FIND = linker_finder(ReferenceFinder(load_series(PROJECT / SERIES_FILE)), TextContext)


@pytest.mark.parametrize("corpus", ["dev", "heldout"])
def test_precision_and_recall_hold_the_floor(corpus, record_figure):
    scores = score(load_corpus(corpus), FIND)
    for kind in KINDS:
        result = scores[kind]
        wrong = [(name, found.written, found.target) for name, found, _ in result.wrong]
        assert result.precision >= 0.99, (kind, wrong)
        assert result.recall >= 0.95, (kind, [(name, label.written) for name, label in result.missed])
    total = scores["all"]
    record_figure(f"linker on the {corpus} corpus: precision {total.precision:.3f}, recall {total.recall:.3f} "
                  f"({len(total.right)} right, {len(total.wrong)} wrong, {len(total.missed)} missed)")


def test_every_label_stands_where_it_says(tmp_path):
    """A label whose text is not where it says fails to load: the corpora are checked, not trusted."""
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "01.yml").write_text(
        "source: s\ntext: |\n  Article 33\nreferences:\n  - at: Article 34\n    kind: article\n    target: '34'\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="does not occur"):
        load_corpus(tmp_path / "x")
