from __future__ import annotations

import pytest
from markdown_pages import rendered

from edition_harness.project import PROJECT
from report_edition.context import ABBREVIATIONS_FILE
from report_edition.html import serialize_fragment
from report_edition.text.abbreviations import AbbreviationsError, load_abbreviations, present_abbreviations


def test_the_projects_abbreviations():
    abbreviations = load_abbreviations(PROJECT / ABBREVIATIONS_FILE, ABBREVIATIONS_FILE)
    for acronym in ["UN", "AU", "IPI", "DPA", "MSU", "ECOWAS", "IGAD", "ASEAN", "OSCE", "NATO", "LRA", "CPA", "HD",
                    "ACCORD", "ICC", "EU"]:
        assert abbreviations[acronym]
    assert abbreviations["OSCE"] == "Organization for Security and Co-operation in Europe"


def test_a_line_that_is_not_a_definition_names_its_line(tmp_path):
    path = tmp_path / "abbreviations.md"
    path.write_text("*[UN]: United Nations\nAU = African Union\n", encoding="utf-8")
    with pytest.raises(AbbreviationsError, match=r"abbreviations\.md:2: not an abbreviation definition"):
        load_abbreviations(path, "abbreviations.md")


def test_abbreviations_take_the_focus():
    html = _focusable("The UN.\n\n*[UN]: United Nations\n")
    assert '<abbr tabindex="0" title="United Nations">UN</abbr>' in html


def test_abbreviations_inside_a_link_leave_the_focus_to_the_link():
    html = _focusable("[UN Documents](x.md)\n\n*[UN]: United Nations\n")
    assert '<a href="x.md"><abbr title="United Nations">UN</abbr> Documents</a>' in html


def _focusable(text: str) -> str:
    content = rendered(text, "abbr")
    present_abbreviations(content)
    return serialize_fragment(content)


def test_an_abbreviation_in_a_heading_is_plain_text():
    content = rendered("# UN Documents\n\nThe UN acts.\n\n*[UN]: United Nations\n", "abbr")
    present_abbreviations(content)
    assert serialize_fragment(content).startswith("<h1>UN Documents</h1>")
    assert '<abbr tabindex="0" title="United Nations">UN</abbr> acts' in serialize_fragment(content)
