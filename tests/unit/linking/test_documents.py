from __future__ import annotations

import pytest

from edition_harness.project import PROJECT
from report_edition.citation.bibliography import load_bibliography
from report_edition.context import SERIES_FILE
from report_edition.linking.documents import display_date, documents_by_symbol
from report_edition.linking.symbols import SymbolFinder, load_series

LATEX_TITLED = r"""@report{latex,
  title  = {{R\'esults \emph{of} the {S}ecurity {C}ouncil \& the ``Charter'' --- in brief}},
  number = {S/2011/999},
  date   = {2011-01-02},
}
"""


def test_a_latex_title_shows_as_text_in_the_documents_tooltip(tmp_path):
    bib = tmp_path / "refs.bib"
    bib.write_text(LATEX_TITLED, encoding="utf-8")
    documents = documents_by_symbol(load_bibliography(bib), SymbolFinder(load_series(PROJECT / SERIES_FILE)))
    assert documents["S/2011/999"].title == "Résults of the Security Council & the “Charter” — in brief"


@pytest.mark.parametrize(
    "iso, shown", [("1992-06-17", "June 17, 1992"), ("2011-06", "June 2011"), ("1945", "1945"), ("2011-08-03", "August 3, 2011")]
)
def test_display_date(iso, shown):
    assert display_date(iso) == shown


def test_each_part_of_a_joint_symbol_maps_to_its_entry():
    documents = documents_by_symbol(load_bibliography(PROJECT / "references.bib"), SymbolFinder(load_series(PROJECT / SERIES_FILE)))
    assert documents["A/47/277"] == documents["S/24111"]
    assert documents["S/24111"].title == "An Agenda for Peace. Preventive Diplomacy, Peacemaking and Peace-Keeping"
    assert documents["S/24111"].number == "A/47/277–S/24111"
    assert documents["S/PRST/2011/18"].date == "September 22, 2011"
    assert set(documents) == {
        "A/47/277", "S/24111", "S/PRST/2011/16", "S/PRST/2010/18", "A/RES/65/283",
        "A/55/305", "S/2000/809", "S/2011/552", "S/PRST/2011/18",
    }
