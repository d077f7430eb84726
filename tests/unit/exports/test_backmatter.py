from __future__ import annotations

from lxml import html as lxml_html

from edition_harness.project import PROJECT
from report_edition.context import CHARTER_FILE
from report_edition.exports.backmatter import Citations, charter_backmatter, documents_backmatter, relative_url
from report_edition.linking.charter import load_charter
from report_edition.linking.documents import DocumentInfo
from report_edition.linking.index import ReferenceIndex
from report_edition.linking.linker import Found

CHARTER = load_charter(PROJECT / CHARTER_FILE, CHARTER_FILE)
ORDER = ["introduction.md", "taking-stock.md"]
URLS = {"introduction.md": "introduction.html", "taking-stock.md": "taking-stock.html"}


def citations() -> Citations:
    index = ReferenceIndex()
    index.add("taking-stock.md", "Taking Stock", [Found("chapter", "VI", "p1"), Found("article", "2(4)", "p2"),
                                                  Found("symbol", "S/RES/1973 (2011)", "p2"), Found("symbol", "S/24111", "p3")])
    index.add("introduction.md", "Introduction", [Found("article", "33", "fn:3"), Found("article", "33", "p8"),
                                                  Found("symbol", "S/2011/552", "p8"), Found("symbol", "A/47/277", "fn:2")])
    return Citations(index, ORDER, URLS)


def _tree(content: str):
    return lxml_html.fragment_fromstring(content, create_parent="div")


def test_relative_urls_between_pages():
    assert relative_url("taking-stock.html", "charter.html") == "taking-stock.html"
    assert relative_url("taking-stock/", "charter/") == "../taking-stock/"
    assert relative_url("charter.html", "charter.html") == ""


def test_charter_backmatter_has_every_cited_chapter_and_article_with_its_text_and_places():
    page = charter_backmatter(citations(), CHARTER, "charter.html")
    assert page.url == "charter.html" and page.title == "Charter of the United Nations"
    tree = _tree(page.content)
    assert [h.get("id") for h in tree.iter("h1", "h2", "h3")] == ["charter", "chapter-i", "article-2", "chapter-vi", "article-33"]
    # the whole article, each paragraph at the site's anchor: a link to "Article 2(4)" lands on its paragraph
    assert tree.get_element_by_id("article-2-4").text_content().startswith("All Members shall refrain")
    numbered = [p.label for p in CHARTER.articles[2].paragraphs if p.label]
    assert [li.get("id") for li in tree.xpath("//ol[contains(@class, 'charter-paragraphs')]/li")][:len(numbered)] == [
        f"article-2-{label}" for label in numbered]
    assert tree.get_element_by_id("article-33-1").text_content().startswith("The parties to any dispute")
    cited = [(p.text, [(a.get("href"), a.text) for a in p.iter("a")]) for p in tree.xpath("//p[@class='cited-in']")]
    assert cited == [
        ("Article 2(4) cited in: ", [("taking-stock.html#p2", "Taking Stock, para. 2")]),
        ("Cited in: ", [("taking-stock.html#p1", "Taking Stock, para. 1")]),
        ("Article 33 cited in: ", [("introduction.html#p8", "Introduction, para. 8"), ("introduction.html#fn:3", "Introduction, note 3")]),
    ]
    assert "https://legal.un.org/repertory/art33.shtml" in page.content
    assert "article-40" not in page.content  # not cited


def test_documents_backmatter_groups_documents_as_the_site_does_with_their_facts_and_links():
    agenda = DocumentInfo(("A/47/277", "S/24111"), "An Agenda for Peace", "June 17, 1992", "https://example.org/a")
    documents = {"S/2011/552": DocumentInfo(("S/2011/552",), "Preventive Diplomacy", "August 26, 2011", "x"),
                 "A/47/277": agenda, "S/24111": agenda}
    page = documents_backmatter(citations(), documents, "https://undocs.org/en/", "un-documents.html")
    tree = _tree(page.content)
    assert [(h.tag, h.text) for h in tree.iter("h2", "h3")] == [
        ("h2", "Security Council"), ("h3", "S/2011/552"), ("h3", "S/RES/1973 (2011)"),
        ("h2", "General Assembly and Security Council"), ("h3", "A/47/277–S/24111")]
    assert "<p><em>An Agenda for Peace</em> · June 17, 1992</p>" in page.content
    assert 'href="https://undocs.org/en/S/RES/1973(2011)"' in page.content
    assert tree.get_element_by_id("s-24111").get("href") == "https://undocs.org/en/S/24111"
    # one entry, cited under either symbol
    joint = [(a.get("href"), a.text) for a in tree.get_element_by_id("a-47-277-s-24111").getnext().getnext().getnext().iter("a")]
    assert joint == [("introduction.html#fn:2", "Introduction, note 2"), ("taking-stock.html#p3", "Taking Stock, para. 3")]
