from __future__ import annotations

from sample_index import ORDER, sample_index

from report_edition.generated.places import Place


def test_places_in_reading_order_once_each_paragraphs_and_notes_only():
    places = sample_index().places("article", "33", ORDER)
    assert places == [Place("introduction.md", "Introduction", "p8"), Place("introduction.md", "Introduction", "fn:3")]
    assert [place.label for place in places] == ["Introduction, para. 8", "Introduction, note 3"]
    assert places[0].link("charter.md") == "[Introduction, para. 8](introduction.md#p8)"
    assert places[0].link("refs/charter.md") == "[Introduction, para. 8](../introduction.md#p8)"
