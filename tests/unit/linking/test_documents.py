from __future__ import annotations

import pytest

from edition_harness.project import PROJECT
from report_edition.citation.bibliography import load_bibliography
from report_edition.context import DOCUMENTS_FILE, SERIES_FILE
from report_edition.errors import EditionError
from report_edition.linking.documents import display_date, load_documents
from report_edition.linking.symbols import SymbolFinder, load_series

FINDER = SymbolFinder(load_series(PROJECT / SERIES_FILE))
LATEX_TITLED = r"""@report{latex,
  title  = {{R\'esults \emph{of} the {S}ecurity {C}ouncil \& the ``Charter'' --- in brief}},
  number = {S/2011/999},
  date   = {2011-01-02},
}
"""


def _documents(bib, facts):
    return load_documents(facts, "facts.yml", load_bibliography(bib), FINDER, "refs.bib")


def test_a_latex_title_shows_as_text_in_the_documents_tooltip(tmp_path):
    (tmp_path / "refs.bib").write_text(LATEX_TITLED, encoding="utf-8")
    (tmp_path / "facts.yml").write_text("[]\n", encoding="utf-8")
    documents = _documents(tmp_path / "refs.bib", tmp_path / "facts.yml")
    assert documents["S/2011/999"].title == "Résults of the Security Council & the “Charter” — in brief"
    assert documents["S/2011/999"].source == "refs.bib: latex"


@pytest.mark.parametrize(
    "iso, shown", [("1992-06-17", "June 17, 1992"), ("2011-06", "June 2011"), ("1945", "1945"), ("2011-08-03", "August 3, 2011")]
)
def test_display_date(iso, shown):
    assert display_date(iso) == shown


def test_every_cited_document_has_a_title_a_date_and_the_page_they_come_from():
    documents = load_documents(PROJECT / DOCUMENTS_FILE, DOCUMENTS_FILE, load_bibliography(PROJECT / "references.bib"), FINDER,
                               "references.bib")
    for symbol in ("S/RES/1765 (2007)", "S/RES/1970 (2011)", "S/RES/1973 (2011)", "A/47/277", "S/PRST/2011/18"):
        assert documents[symbol].title and documents[symbol].date and documents[symbol].source.startswith(("https://", "http://"))
    assert documents["S/RES/1973 (2011)"].date == "March 17, 2011"
    # A joint symbol is one document, known by each part, written one way.
    assert documents["A/47/277"] is documents["S/24111"] and documents["S/24111"].symbol == "A/47/277–S/24111"
    assert documents["S/2000/809"].symbol == "A/55/305–S/2000/809" and documents["S/2000/809"].anchor == "a-55-305-s-2000-809"
    assert documents["S/2011/552"].date == "August 26, 2011"  # not established in the facts file: as the report gives it


@pytest.mark.parametrize(
    "facts, message",
    [("- symbol: S/1\n  title: T\n", r"^facts\.yml:1: a document needs a symbol, a title and a source$"),
     ("- symbol: S/1\n  title: T\n  source: s\n  date: 2011-13\n", r"^facts\.yml:1: the date of S/1 is not YYYY-MM-DD$"),
     ("- symbol: S/1\n  title: T\n  source: s\n  date: 2011-13-40\n", r"^facts\.yml: not valid YAML: month must be in 1\.\.12$"),
     ("symbol: S/1\n", r"^facts\.yml:1: expected a list of documents")],
)
def test_a_bad_facts_file_is_one_line_naming_the_line(tmp_path, facts, message):
    (tmp_path / "refs.bib").write_text("", encoding="utf-8")
    (tmp_path / "facts.yml").write_text(facts, encoding="utf-8")
    with pytest.raises(EditionError, match=message):
        _documents(tmp_path / "refs.bib", tmp_path / "facts.yml")
