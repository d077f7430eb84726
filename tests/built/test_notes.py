"""The ten notes: numbered as printed, on the page of their marker, linked both ways, word for word."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from report_source import load_report, words
from site_text import PageText, html_path, read_site

SOURCE = load_report()


@pytest.fixture(scope="module")
def pages(built_site: Path) -> list[PageText]:
    return read_site(built_site)


def test_every_note_once_in_the_reports_order(pages):
    numbers = [number for page in pages for number, _ in page.notes]
    assert numbers == sorted(SOURCE.notes) == SOURCE.markers


def test_each_note_stands_on_the_page_of_its_marker(pages):
    for page in pages:
        shown = [int(text) for text, _ in page.markers]
        assert shown == [number for number, _ in page.notes], page.source
        assert [href for _, href in page.markers] == [f"#fn:{number}" for number in shown]


def test_notes_link_back_to_their_markers(pages):
    for page in pages:
        for item in page.article.select("div.footnote > ol > li"):
            number = item["value"]
            assert item["id"] == f"fn:{number}"
            backrefs = item.select("a.footnote-backref")
            assert [a["href"] for a in backrefs] == [f"#fnref:{number}"]
            assert page.article.find(id=f"fnref:{number}") is not None


def test_note_texts_match_the_report(pages):
    site_notes = {number: text for page in pages for number, text in page.notes}
    for number, text in SOURCE.notes.items():
        assert words(site_notes[number]) == words(text), f"note {number}"


def test_note_five_is_five_on_its_page(pages):
    page = next(page for page in pages if any(number == 5 for number, _ in page.notes))
    assert page.source == "taking-stock.md"
    assert page.markers == [("4", "#fn:4"), ("5", "#fn:5")]
    assert [number for number, _ in page.notes] == [4, 5]


def test_notes_show_as_tooltips(built_site: Path):
    soup = BeautifulSoup(html_path(built_site, "taking-stock.md").read_text(encoding="utf-8"), "html.parser")
    config = json.loads(soup.select_one("script#__config").string)
    assert "content.footnote.tooltips" in config["features"]


def test_the_references_page_says_where_each_work_is_cited(built_site: Path):
    """Every note's works list that note under "Cited in", in the order the notes first cite them."""
    soup = BeautifulSoup((built_site / "references" / "index.html").read_text(encoding="utf-8"), "html.parser")
    items = soup.select("article li[id^=ref-]")
    assert items[0]["id"] == "ref-boutellis2012" and "Cited in" not in items[0].get_text()
    first_notes = []
    for item in items[1:]:
        notes = [int(a["href"].rsplit("fn:", 1)[1]) for a in item.find_all("a") if "#fn:" in a.get("href", "")]
        assert notes, item["id"]
        first_notes.append(min(notes))
    assert first_notes == sorted(first_notes)
    cited = {item["id"]: [a["href"] for a in item.find_all("a") if "#fn:" in a.get("href", "")] for item in items}
    assert cited["ref-s-prst-2010-18"] == ["../united-nations-tools-and-capacities/#fn:6", "../wrap-up-and-next-steps/#fn:10"]
