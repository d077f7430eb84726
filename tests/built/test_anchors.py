"""Paragraph anchors: on every body paragraph, unique, numbered by position; released ones never go."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from site_text import html_path, nav_sources

from edition_harness.project import PROJECT, SECTIONS, run_build
from report_edition.generated.anchors import missing_anchors


def _article(site: Path, source: str):
    return BeautifulSoup(html_path(site, source).read_text(encoding="utf-8"), "html.parser").select_one("article")


@pytest.mark.parametrize("source", SECTIONS)
def test_every_body_paragraph_has_its_position_as_id_and_number(built_site: Path, source: str):
    article = _article(built_site, source)
    blocks = [child for child in article.find_all(["p", "blockquote"], recursive=False)]
    assert blocks, source
    for position, block in enumerate(blocks, start=1):
        assert block["id"] == f"p{position}"
        number = block.find("a", class_="para-num", recursive=False)
        assert (number.get_text(), number["href"]) == (str(position), f"#p{position}")


@pytest.mark.parametrize("source", nav_sources())
def test_ids_are_unique_on_every_page(built_site: Path, source: str):
    ids = [element["id"] for element in BeautifulSoup(html_path(built_site, source).read_text(encoding="utf-8"),
                                                       "html.parser").select("[id]")]
    assert len(ids) == len(set(ids))


def test_headings_keep_their_explicit_ids(built_site: Path):
    assert _article(built_site, "taking-stock.md").h1["id"] == "taking-stock"
    assert _article(built_site, "about.md").find(id="acknowledgements").name == "h2"


def test_anchors_json_lists_every_page_and_its_anchors(built_site: Path):
    document = json.loads((built_site / "anchors.json").read_text(encoding="utf-8"))
    assert set(document) == {"pages", "redirects"}
    assert len(document["pages"]) == len(nav_sources())
    assert document["pages"]["taking-stock/"][:3] == ["taking-stock", "p1", "p2"]
    assert "article-33" in document["pages"]["charter/"]


def test_every_released_anchor_still_resolves(built_site: Path, record_figure):
    built = json.loads((built_site / "anchors.json").read_text(encoding="utf-8"))
    released = json.loads((PROJECT / "data" / "released-anchors.json").read_text(encoding="utf-8"))
    record_figure(f"released anchors checked: {sum(map(len, released.values()))} on {len(released)} pages")
    assert missing_anchors(released, built["pages"], built["redirects"]) == []


def test_the_check_fails_when_a_paragraph_goes(project_copy: Path):
    project = project_copy
    page = project / "docs" / "wrap-up-and-next-steps.md"
    text = page.read_text(encoding="utf-8")
    sixth = text.index("The first rule of mediation")  # paragraph 6: later ones move up a number
    page.write_text(text[:sixth] + text[text.index("\n\n", sixth) + 2 :], encoding="utf-8")
    assert run_build(project).returncode == 0
    built = json.loads((project / "site" / "anchors.json").read_text(encoding="utf-8"))
    released = json.loads((PROJECT / "data" / "released-anchors.json").read_text(encoding="utf-8"))
    assert missing_anchors(released, built["pages"], built["redirects"]) == ["wrap-up-and-next-steps/#p10"]


def test_a_redirect_carries_a_renamed_page(project_copy: Path):
    project = project_copy
    (project / "docs" / "taking-stock.md").rename(project / "docs" / "stocktaking.md")
    for page in (project / "docs").glob("*.md"):
        page.write_text(page.read_text(encoding="utf-8").replace("taking-stock.md", "stocktaking.md"), encoding="utf-8")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8").replace("taking-stock.md", "stocktaking.md")
    config.write_text(text.replace("redirect_maps: {}", "redirect_maps:\n        taking-stock.md: stocktaking.md"),
                      encoding="utf-8")
    assert run_build(project).returncode == 0
    built = json.loads((project / "site" / "anchors.json").read_text(encoding="utf-8"))
    released = json.loads((PROJECT / "data" / "released-anchors.json").read_text(encoding="utf-8"))
    assert built["redirects"] == {"taking-stock/": "stocktaking/"}
    assert missing_anchors(released, built["pages"], built["redirects"]) == []
    redirect_page = (project / "site" / "taking-stock" / "index.html").read_text(encoding="utf-8")
    assert "stocktaking/" in redirect_page and "hash" in redirect_page  # mkdocs-redirects keeps the #anchor
