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
    assert set(links) == {"BibTeX", "BibLaTeX", "RIS", "CSL-JSON"}
    entry = parse_string((built_site / links["BibTeX"]).read_text(encoding="utf-8"), "bibtex").entries["boutellis2012"]
    assert entry.type == "techreport" and (entry.fields["year"], entry.fields["month"]) == ("2012", "April")
    assert [str(p) for p in entry.persons["author"]] == ["Boutellis, Arthur", "Mikulaschek, Christoph"]
    assert entry.fields["title"].strip("{}") == TITLE
    biblatex = parse_string((built_site / links["BibLaTeX"]).read_text(encoding="utf-8"), "bibtex").entries["boutellis2012"]
    assert biblatex.type == "report" and biblatex.fields["date"] == "2012-04"
    (item,) = json.loads((built_site / links["CSL-JSON"]).read_text(encoding="utf-8"))
    assert (item["type"], item["title"], item["issued"]) == ("report", TITLE, {"date-parts": [[2012, 4]]})
    ris = (built_site / links["RIS"]).read_text(encoding="utf-8").splitlines()
    assert ris[0] == "TY  - RPRT" and ris[-1] == "ER  - " and f"TI  - {TITLE}" in ris


def test_each_section_offers_its_own_citation_files(built_site: Path):
    sections = [source for source in nav_sources() if _soup(built_site, source).select("article .para-num")]
    assert len(sections) == 7
    for source in sections:
        soup = _soup(built_site, source)
        title = soup.select_one("article h1").get_text().rstrip("¶")
        line = soup.find(id="cite-this-section")
        links = {a.get_text(): a["href"] for a in line.find_all("a")}
        assert set(links) == {"BibTeX", "RIS", "CSL-JSON"}, source
        page_dir = (built_site / source.removesuffix(".md"))
        (entry,) = parse_string((page_dir / links["BibTeX"]).read_text(encoding="utf-8"), "bibtex").entries.values()
        assert entry.type == "incollection" and entry.fields["title"].strip("{}") == title
        assert entry.fields["booktitle"].strip("{}") == TITLE
        assert entry.fields["url"] == soup.find("link", rel="canonical")["href"]
        (item,) = json.loads((page_dir / links["CSL-JSON"]).read_text(encoding="utf-8"))
        assert (item["type"], item["title"], item["container-title"]) == ("chapter", title, TITLE)
        assert f"TI  - {title}" in (page_dir / links["RIS"]).read_text(encoding="utf-8").splitlines()


def test_cite_data_holds_every_style_for_the_section_at_its_canonical_address(built_site: Path):
    soup = _soup(built_site, "taking-stock.md")
    cite = soup.find("div", id="edition-cite")
    assert cite["data-url"] == soup.find("link", rel="canonical")["href"]
    forms = {style["id"]: style for style in json.loads(cite["data-forms"])}
    assert list(forms) == ["report", "chicago", "apa", "mla"]
    (own,) = forms["report"]["parts"]
    assert own["text"] == SUGGESTED_CITATION.replace("*", "") + f' "Taking Stock," para. 999999. {cite["data-url"]}#p999999'
    assert "“Taking Stock,” in Strengthening Preventive Diplomacy" in forms["chicago"]["parts"][0]["text"]
    assert not _soup(built_site, "about.md").find("div", id="edition-cite")  # no numbered paragraphs, nothing to cite
