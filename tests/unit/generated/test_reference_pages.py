from __future__ import annotations

import markdown

from edition_harness.project import PROJECT
from report_edition.context import CHARTER_ARTICLES_FILE, CHARTER_CHAPTERS_FILE
from report_edition.generated.places import Place
from report_edition.generated.reference_pages import charter_page, documents_page
from report_edition.linking.charter import load_charter
from report_edition.linking.documents import DocumentInfo
from report_edition.linking.index import ReferenceIndex
from report_edition.linking.linker import Found

CHARTER = load_charter(PROJECT / CHARTER_CHAPTERS_FILE, PROJECT / CHARTER_ARTICLES_FILE, PROJECT)
ORDER = ["introduction.md", "taking-stock.md"]


def index() -> ReferenceIndex:
    result = ReferenceIndex()
    result.add("taking-stock.md", "Taking Stock", [Found("chapter", "VI", "p1"), Found("article", "40", "p2")])
    result.add(
        "introduction.md",
        "Introduction",
        [Found("article", "33", "fn:3"), Found("article", "33", "p8"), Found("article", "33", "p8"),
         Found("symbol", "S/2011/552", "p8"), Found("symbol", "S/RES/1973 (2011)", "p2"),
         Found("article", "33", "ref-x"), Found("article", "33", None)],
    )
    return result


def test_places_in_reading_order_once_each_paragraphs_and_notes_only():
    places = index().places("article", "33", ORDER)
    assert places == [Place("introduction.md", "Introduction", "p8"), Place("introduction.md", "Introduction", "fn:3")]
    assert [place.label for place in places] == ["Introduction, para. 8", "Introduction, note 3"]
    assert places[0].link("charter.md") == "[Introduction, para. 8](introduction.md#p8)"
    assert places[0].link("refs/charter.md") == "[Introduction, para. 8](../introduction.md#p8)"


def test_charter_page_has_an_entry_per_cited_article_and_chapter():
    page = charter_page(index(), CHARTER, ORDER)
    html = markdown.markdown(page, extensions=["attr_list", "md_in_html"])
    for anchor in ("chapter-vi", "chapter-vii", "article-33", "article-40"):
        assert f'id="{anchor}"' in html
    assert 'id="article-34"' not in html  # not cited
    assert "The parties to any dispute, the continuance of which" in html  # Article 33's text
    assert "https://legal.un.org/repertory/art33.shtml" in html
    assert "https://www.un.org/en/about-us/un-charter/chapter-6" in html
    assert '<a href="introduction.md#p8">Introduction, para. 8</a>' in html
    assert '<a href="taking-stock.md#p1">Taking Stock, para. 1</a>' in html  # Chapter VI


def test_an_article_without_text_still_has_its_entry_and_links():
    assert "40" not in CHARTER.articles
    page = charter_page(index(), CHARTER, ORDER)
    entry = page[page.index("### Article 40") :]
    assert "not reproduced in this edition" in entry
    assert "https://legal.un.org/repertory/art40.shtml" in entry
    assert "https://www.un.org/en/about-us/un-charter/chapter-7" in entry


def test_article_text_is_kept_from_the_linker():
    page = charter_page(index(), CHARTER, ORDER)
    assert '<div class="charter-text no-ref-links" markdown>' in page


def test_documents_page_lists_each_cited_symbol_with_bibliography_data():
    documents = {"S/2011/552": DocumentInfo("Preventive Diplomacy: Delivering Results", "August 26, 2011", "k", "S/2011/552")}
    page = documents_page(index(), documents, "https://undocs.org/en/", ORDER)
    html = markdown.markdown(page, extensions=["attr_list"])
    assert '<h3 id="s-2011-552">S/2011/552</h3>' in html
    assert "<em>Preventive Diplomacy: Delivering Results</em>, August 26, 2011." in html
    assert '<a href="https://undocs.org/en/S/2011/552">Official document</a>' in html
    assert '<h3 id="s-res-1973-2011">S/RES/1973 (2011)</h3>' in html
    assert '<a href="https://undocs.org/en/S/RES/1973(2011)">Official document</a>' in html
    assert '<a href="taking-stock.md#p2">Taking Stock, para. 2</a>' not in html  # S/RES/1973 was cited in Introduction
    assert '<a href="introduction.md#p2">Introduction, para. 2</a>' in html


def test_charter_titles_for_every_article_and_chapter():
    titles = CHARTER.titles
    assert len(titles) == 111 + 19
    assert titles["article-33"] == "Charter of the United Nations, Article 33 (Chapter VI: Pacific Settlement of Disputes)"
    assert titles["chapter-vii"].startswith("Charter of the United Nations, Chapter VII: Action with Respect to Threats")
