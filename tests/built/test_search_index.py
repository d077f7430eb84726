"""The built search index: a result for every passage a reader can be sent to, in clean text."""

from __future__ import annotations

import json
import re
from pathlib import Path

from lxml import html as lxml_html

# What the pages show around the words and a snippet must not: ¶, ↩, the margin number glued on ("8The").
NOT_WORDS = re.compile(r"[¶↩]|^\d+[A-Z]|Copy link")


def index_of(site: Path) -> dict[str, dict]:
    return {entry["location"]: entry for entry in json.loads((site / "search" / "search_index.json").read_text("utf-8"))["docs"]}


def passage_ids(site: Path) -> dict[str, list[str]]:
    """Each page's ids that name a passage: paragraphs, notes, headings, glossary terms and listed references."""
    found = {}
    for page in site.rglob("index.html"):
        if "downloads" in page.parts or "cite" in page.parts:
            continue
        url = page.parent.relative_to(site).as_posix() + "/" if page.parent != site else ""
        article = lxml_html.parse(str(page)).getroot().find(".//article")
        if article is None:
            continue
        found[url] = [element.get("id") for element in article.iter()
                      if isinstance(element.tag, str) and element.get("id")
                      and (re.fullmatch(r"p\d+|fn:\d+", element.get("id")) or element.tag in ("dt", "li")
                           or (element.tag in ("h2", "h3", "h4") and element.get("id")))]
    return found


def test_every_paragraph_note_article_document_case_and_term_is_a_result_at_its_anchor(built_site: Path, record_figure):
    index = index_of(built_site)
    ids = passage_ids(built_site)
    missing = [f"{url}#{anchor}" for url, anchors in ids.items() for anchor in anchors if f"{url}#{anchor}" not in index]
    assert not missing
    for page, expected in [("cases/", "libya"), ("glossary/", "ecowas"), ("charter/", "article-33"),
                           ("un-documents/", "s-res-1973-2011"), ("taking-stock/", "p8"), ("taking-stock/", "fn:4")]:
        assert f"{page}#{expected}" in index
    record_figure(f"search index: {len(index)} entries, {sum(len(a) for a in ids.values())} passages of {len(ids)} pages")


def test_each_page_entry_comes_before_its_passages_as_material_groups_them(built_site: Path):
    seen_pages: set[str] = set()
    for location in index_of(built_site):
        page = location.split("#")[0]
        if "#" not in location:
            seen_pages.add(page)
        assert page in seen_pages, location


def test_passages_are_clean_text(built_site: Path):
    index = index_of(built_site)
    dirty = [(location, entry["text"][:60]) for location, entry in index.items()
             if NOT_WORDS.search(entry["text"]) or NOT_WORDS.search(entry["title"]) or "<" in entry["text"]]
    assert not dirty
    assert index["taking-stock/#p8"]["text"].startswith("The Libyan crisis of 2011")
    assert index["taking-stock/#p8"]["title"] == "Paragraph 8"
