from __future__ import annotations

from lxml import html as lxml_html

from edition_harness.project import PROJECT
from report_edition.context import CHARTER_ARTICLES_FILE, CHARTER_CHAPTERS_FILE
from report_edition.exports.backmatter import (
    Citations,
    article_number,
    article_paragraphs,
    charter_backmatter,
    documents_backmatter,
    relative_url,
)
from report_edition.linking.charter import load_charter
from report_edition.linking.documents import DocumentInfo
from report_edition.linking.index import ReferenceIndex
from report_edition.linking.linker import Found

CHARTER = load_charter(PROJECT / CHARTER_CHAPTERS_FILE, PROJECT / CHARTER_ARTICLES_FILE, PROJECT)
ORDER = ["introduction.md", "taking-stock.md"]
URLS = {"introduction.md": "introduction.html", "taking-stock.md": "taking-stock.html"}


def citations() -> Citations:
    index = ReferenceIndex()
    index.add("taking-stock.md", "Taking Stock", [Found("chapter", "VI", "p1"), Found("article", "40", "p2"),
                                                  Found("symbol", "S/RES/1973 (2011)", "p2")])
    index.add("introduction.md", "Introduction", [Found("article", "33", "fn:3"), Found("article", "33", "p8"),
                                                  Found("symbol", "S/2011/552", "p8"), Found("symbol", "A/47/277", "fn:2")])
    return Citations(index, ORDER, URLS)


def test_the_one_function_that_reads_article_texts():
    assert article_paragraphs(CHARTER, "33")[0].startswith("The parties to any dispute")
    assert article_paragraphs(CHARTER, "40") == []  # not in the edition's data
    assert article_number("33") == 33 and article_number("2-4") == 2


def test_relative_urls_between_pages():
    assert relative_url("taking-stock.html", "charter.html") == "taking-stock.html"
    assert relative_url("taking-stock/", "charter/") == "../taking-stock/"
    assert relative_url("charter.html", "charter.html") == ""


def test_charter_backmatter_has_every_cited_chapter_and_article_with_its_text_and_places():
    page = charter_backmatter(citations(), CHARTER, "charter.html")
    assert page.url == "charter.html" and page.title == "Charter of the United Nations"
    tree = lxml_html.fragment_fromstring(page.content, create_parent="div")
    assert [h.get("id") for h in tree.iter("h1", "h2", "h3")] == ["charter", "chapter-vi", "article-33", "chapter-vii", "article-40"]
    article_33 = tree.get_element_by_id("article-33").getnext()
    assert [li.text for li in article_33.iter("li")] == article_paragraphs(CHARTER, "33")
    cited = [(a.get("href"), a.text) for a in tree.xpath("//p[@class='cited-in']/a")]
    assert cited == [("taking-stock.html#p1", "Taking Stock, para. 1"), ("introduction.html#p8", "Introduction, para. 8"),
                     ("introduction.html#fn:3", "Introduction, note 3"), ("taking-stock.html#p2", "Taking Stock, para. 2")]
    assert "not reproduced in this edition" in page.content  # Article 40, whose text the data lacks
    assert "https://legal.un.org/repertory/art40.shtml" in page.content


def test_documents_backmatter_groups_symbols_by_organ_with_title_and_link():
    documents = {"S/2011/552": DocumentInfo("Preventive Diplomacy: Delivering Results", "August 26, 2011", "sg2011", "S/2011/552"),
                 "A/47/277": DocumentInfo("An Agenda for Peace", "June 17, 1992", "agenda", "A/47/277–S/24111")}
    page = documents_backmatter(citations(), documents, "https://undocs.org/en/", "un-documents.html")
    tree = lxml_html.fragment_fromstring(page.content, create_parent="div")
    assert [(h.tag, h.text) for h in tree.iter("h2", "h3")] == [
        ("h2", "General Assembly"), ("h3", "A/47/277"), ("h2", "Security Council"), ("h3", "S/2011/552"), ("h3", "S/RES/1973 (2011)")]
    assert "Issued under the joint symbol A/47/277–S/24111." in page.content
    assert 'href="https://undocs.org/en/S/RES/1973(2011)"' in page.content
    assert '<a href="introduction.html#fn:2">Introduction, note 2</a>' in page.content
