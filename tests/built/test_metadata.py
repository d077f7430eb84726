"""Google Scholar, Zotero, OpenGraph and schema.org metadata; the citation files; the Cite buttons' data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from pybtex.database import parse_string
from report_source import SUGGESTED_CITATION, TITLE
from site_text import nav_sources
from site_text import soup as _soup


def _meta(soup: BeautifulSoup, name: str) -> list[str]:
    return [tag["content"] for tag in soup.find_all("meta", attrs={"name": name})] + [
        tag["content"] for tag in soup.find_all("meta", attrs={"property": name})
    ]


@pytest.mark.parametrize("source", nav_sources())
def test_scholar_zotero_and_opengraph_tags_on_every_page(built_site: Path, source: str):
    soup = _soup(built_site, source)
    page_title = soup.select_one("article h1").get_text().rstrip("¶")
    assert _meta(soup, "citation_title") == [TITLE]
    assert _meta(soup, "citation_author") == ["Boutellis, Arthur", "Mikulaschek, Christoph"]
    assert _meta(soup, "citation_publication_date") == ["2012/04"]
    assert _meta(soup, "citation_technical_report_institution") == ["International Peace Institute"]
    assert _meta(soup, "DC.title") == [page_title if source != "index.md" else "Home"]
    assert len(_meta(soup, "og:title")) == 1 and _meta(soup, "og:description")[0]
    assert _meta(soup, "og:url") == [soup.find("link", rel="canonical")["href"]]


def test_section_pages_describe_themselves_with_their_first_sentence(built_site: Path):
    assert _meta(_soup(built_site, "taking-stock.md"), "description") == [
        "Though the Security Council has undoubtedly been paying more attention to matters of preventive diplomacy "
        "and mediation in recent years, views are mixed about how effective and energetic it has been in utilizing "
        "these and other tools of pacific settlement under Chapter VI of the Charter."
    ]


def test_home_page_has_schema_org_report(built_site: Path):
    (script,) = _soup(built_site, "index.md").find_all("script", type="application/ld+json")
    data = json.loads(script.string)
    assert (data["@context"], data["@type"], data["name"]) == ("https://schema.org", "Report", TITLE)
    assert [a["name"] for a in data["author"]] == ["Arthur Boutellis", "Christoph Mikulaschek"]
    assert data["publisher"]["name"] == "International Peace Institute"
    assert not _soup(built_site, "taking-stock.md").find_all("script", type="application/ld+json")


def test_citation_files_parse(built_site: Path):
    home = _soup(built_site, "index.md")
    links = {a.get_text(): a["href"] for a in home.select("article a[href^='cite/']")}
    assert set(links) == {"BibTeX", "RIS", "CSL-JSON"}
    entry = parse_string((built_site / links["BibTeX"]).read_text(encoding="utf-8"), "bibtex").entries["boutellis2012"]
    assert [str(p) for p in entry.persons["author"]] == ["Boutellis, Arthur", "Mikulaschek, Christoph"]
    assert entry.fields["title"].strip("{}") == TITLE
    (item,) = json.loads((built_site / links["CSL-JSON"]).read_text(encoding="utf-8"))
    assert (item["type"], item["title"], item["issued"]) == ("report", TITLE, {"date-parts": [[2012, 4]]})
    ris = (built_site / links["RIS"]).read_text(encoding="utf-8").splitlines()
    assert ris[0] == "TY  - RPRT" and ris[-1] == "ER  - " and f"TI  - {TITLE}" in ris


def test_cite_data_names_the_section_and_the_canonical_page(built_site: Path):
    soup = _soup(built_site, "taking-stock.md")
    cite = soup.find("div", id="edition-cite")
    data = {"url": cite["data-url"], "paragraph": cite["data-paragraph"]}
    assert data["url"] == soup.find("link", rel="canonical")["href"]
    assert data["paragraph"] == (
        SUGGESTED_CITATION.replace("*", "") + ' "Taking Stock," para. {n}. {url}'
    )
