"""The Glossary and Cases pages, and the abbreviations every page carries."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from site_text import soup as _soup

from edition_harness.project import PROJECT
from report_edition.context import ABBREVIATIONS_FILE, CASES_FILE
from report_edition.generated.cases import load_cases
from report_edition.text.abbreviations import load_abbreviations

ABBREVIATIONS = load_abbreviations(PROJECT / ABBREVIATIONS_FILE, ABBREVIATIONS_FILE)
CASES = load_cases(PROJECT / CASES_FILE, CASES_FILE)


def test_glossary_lists_every_abbreviation(built_site: Path):
    soup = _soup(built_site, "glossary.md")
    terms = {dt.get_text(): dt.find_next_sibling("dd").get_text() for dt in soup.select("article dl dt")}
    assert terms == ABBREVIATIONS


@pytest.mark.parametrize("source", ["taking-stock.md", "about.md", "introduction.md"])
def test_abbreviations_are_expanded_and_focusable(built_site: Path, source: str):
    found = _soup(built_site, source).select("article abbr")
    assert found
    for abbreviation in found:
        assert abbreviation["title"] == ABBREVIATIONS[abbreviation.get_text()]
        assert abbreviation["tabindex"] == "0"


# Read off the report: the paragraphs about some cases, and one that must not count.
GOLDEN = {
    "kenya": ["../taking-stock/#p4", "../non-united-nations-actors/#p2"],
    "sudan": ["../taking-stock/#p5", "../wrap-up-and-next-steps/#p3"],  # not wrap-up p2: "South Sudan" only
    "south-sudan": ["../taking-stock/#p5", "../wrap-up-and-next-steps/#p2"],
    "guinea": ["../united-nations-tools-and-capacities/#p9"],
    "koreas": ["../united-nations-tools-and-capacities/#p5"],
    "kyrgyzstan": ["../united-nations-tools-and-capacities/#p4", "../lessons-on-mediation/#p2",
                   "../building-preventive-capacities/#p2"],
}


@pytest.mark.parametrize("anchor", list(GOLDEN))
def test_cases_golden(built_site: Path, anchor: str):
    heading = _soup(built_site, "cases.md").find(id=anchor)
    assert [a["href"] for a in heading.find_next_sibling("ul").find_all("a")] == GOLDEN[anchor]


def test_every_case_links_to_paragraphs_that_name_it(built_site: Path, record_figure):
    soup = _soup(built_site, "cases.md")
    total = 0
    for case in CASES:
        heading = soup.find(id=case.anchor)
        assert heading is not None, case.name
        links = heading.find_next_sibling("ul").find_all("a")
        assert links, case.name
        for link in links:
            page, anchor = link["href"].split("#")
            target = BeautifulSoup((built_site / "cases" / page / "index.html").resolve().read_text(encoding="utf-8"),
                                   "html.parser").find(id=anchor)
            assert target is not None and case.mentioned_in(target.get_text()), (case.name, link["href"])
            # Its excerpt shows the name it was chosen for, marked.
            marked = [mark.get_text() for mark in link.parent.find_all("mark")]
            assert len(marked) == 1 and marked[0] in case.terms, (case.name, link.parent.get_text())
        total += len(links)
    record_figure(f"cases page: {len(CASES)} cases, {total} paragraph links, each resolving to a paragraph naming the case, "
                  "each excerpt showing the name marked")
