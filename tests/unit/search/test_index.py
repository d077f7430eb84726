from __future__ import annotations

from report_edition.search.index import also_found_by, other_names, page_entries
from report_edition.search.passages import Passage

NAMES = other_names({"DPA": "Department of Political Affairs"}, {"Ivory Coast": ["Côte d'Ivoire"]})


def test_abbreviations_work_both_ways_and_synonyms_one_way():
    assert NAMES == [("DPA", "Department of Political Affairs"), ("Department of Political Affairs", "DPA"),
                     ("Ivory Coast", "Côte d'Ivoire")]


def test_a_passage_is_also_found_by_the_other_names_of_the_words_it_uses_and_lacks():
    assert also_found_by("the Departments of Political Affairs in Cote d'Ivoire", NAMES) == [
        ["DPA", "Department of Political Affairs"], ["Ivory Coast", "Côte d'Ivoire"]]
    assert also_found_by("the Department of Political Affairs (DPA)", NAMES) == []  # it says both
    assert also_found_by("the DPA's briefing", NAMES) == [["Department of Political Affairs", "DPA"]]
    assert also_found_by("a department of affairs", NAMES) == []


def test_the_page_comes_first_then_each_passage_at_its_anchor_escaped_as_material_writes_it():
    passages = [Passage(None, "Taking Stock", ""), Passage("p1", "Paragraph 1", "The DPA & <the> council.")]
    assert page_entries("taking-stock/", passages, NAMES) == [
        {"location": "taking-stock/", "title": "Taking Stock", "text": ""},
        {"location": "taking-stock/#p1", "title": "Paragraph 1", "text": "The DPA &amp; &lt;the&gt; council.",
         "also": [["Department of Political Affairs", "DPA"]]},
    ]


def test_a_page_search_boost_weighs_each_of_its_entries():
    entries = page_entries("cases/", [Passage(None, "Cases", ""), Passage("libya", "Libya", "x")], [], boost=0.5)
    assert [entry["boost"] for entry in entries] == [0.5, 0.5]
    assert "boost" not in page_entries("cases/", [Passage(None, "Cases", "")], [])[0]
