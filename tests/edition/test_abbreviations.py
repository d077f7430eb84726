from __future__ import annotations

from pathlib import Path

import markdown
import pytest

from edition.abbreviations import AbbreviationsError, FocusableAbbreviationsExtension, glossary_page, load_abbreviations

PROJECT = Path(__file__).resolve().parents[2]


def test_the_projects_abbreviations():
    abbreviations = load_abbreviations(PROJECT / "includes" / "abbreviations.md")
    for acronym in ["UN", "AU", "IPI", "DPA", "MSU", "ECOWAS", "IGAD", "ASEAN", "OSCE", "NATO", "LRA", "CPA", "HD",
                    "ACCORD", "ICC", "EU"]:
        assert abbreviations[acronym]
    assert abbreviations["OSCE"] == "Organization for Security and Co-operation in Europe"


def test_a_line_that_is_not_a_definition_names_its_line(tmp_path):
    path = tmp_path / "abbreviations.md"
    path.write_text("*[UN]: United Nations\nAU = African Union\n", encoding="utf-8")
    with pytest.raises(AbbreviationsError, match=r"abbreviations\.md:2: not an abbreviation definition"):
        load_abbreviations(path)


def test_glossary_is_a_definition_list_in_alphabetical_order():
    html = markdown.markdown(glossary_page({"UN": "United Nations", "AU": "African Union"}), extensions=["def_list", "attr_list"])
    assert html.index("<dt>AU</dt>") < html.index("<dt>UN</dt>")
    assert "<dd>United Nations</dd>" in html


def test_abbreviations_take_the_focus():
    html = markdown.markdown("The UN.\n\n*[UN]: United Nations\n", extensions=["abbr", FocusableAbbreviationsExtension()])
    assert '<abbr tabindex="0" title="United Nations">UN</abbr>' in html


def test_abbreviations_inside_a_link_leave_the_focus_to_the_link():
    html = markdown.markdown("[UN Documents](x.md)\n\n*[UN]: United Nations\n", extensions=["abbr", FocusableAbbreviationsExtension()])
    assert '<a href="x.md"><abbr title="United Nations">UN</abbr> Documents</a>' in html
