from __future__ import annotations

import markdown

from edition_harness.project import PROJECT
from report_edition.context import CHARTER_FILE
from report_edition.generated.charter_page import charter_page
from report_edition.html import parse_fragment
from report_edition.linking.charter import load_charter
from report_edition.linking.index import ReferenceIndex
from report_edition.linking.linker import Found

CHARTER = load_charter(PROJECT / CHARTER_FILE, CHARTER_FILE)
ORDER = ["introduction.md", "taking-stock.md"]


def index() -> ReferenceIndex:
    result = ReferenceIndex()
    result.add("taking-stock.md", "Taking Stock", [Found("chapter", "VI", "p1"), Found("article", "40", "p2"),
                                                   Found("article", "2(4)", "p3")])
    result.add("introduction.md", "Introduction", [Found("article", "33", "fn:3"), Found("article", "33", "p8")])
    return result


def rendered():
    html = markdown.markdown(charter_page(index(), CHARTER, ORDER), extensions=["attr_list", "md_in_html"])
    return parse_fragment(html)


def test_the_whole_charter_with_an_anchor_for_every_chapter_article_paragraph_and_item():
    ids = {element.get("id") for element in rendered().iter() if element.get("id")}
    assert {f"chapter-{roman.lower()}" for roman in "I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX".split()} <= ids
    assert {f"article-{number}" for number in range(1, 112)} <= ids
    assert {"article-2-4", "article-2-7", "article-33-1", "article-33-2", "article-13-1-a", "article-13-1-b", "article-73-a",
            "preamble", "amendments", "cited"} <= ids
    assert "article-33-3" not in ids and "article-112" not in ids


def test_what_the_report_cites_is_listed_first_with_its_places_and_marked_in_the_text():
    content = rendered()
    cited = content.get_element_by_id("cited").getnext()
    listed = [link.get("href") for link in cited.iter("a") if link.get("href", "").startswith("#")]
    assert listed == ["#article-2-4", "#chapter-vi", "#article-33", "#article-40"]
    text = cited.text_content()
    assert "Cited in: Introduction, para. 8 · Introduction, note 3" in text and "Taking Stock, para. 3" in text
    assert "cited" in content.get_element_by_id("article-33").get("class").split()
    assert "cited" not in (content.get_element_by_id("article-34").get("class") or "")
    assert "cited" in content.get_element_by_id("chapter-vi").get("class").split()


def test_the_text_is_uns_with_its_slip_and_the_note_that_gives_the_charters_reading():
    article_2_7 = rendered().get_element_by_id("article-2-7").text_content()
    assert "under Chapter Vll." in article_2_7 and "the Charter as signed reads “Chapter VII”" in article_2_7
    assert "Repertory of Practice, Article 33" in rendered().text_content()


def test_only_the_charters_own_text_is_left_for_the_linker():
    content = rendered()
    assert "no-ref-links" in content.get_element_by_id("cited").getnext().get("class")
    assert "no-ref-links" not in (content.get_element_by_id("article-11-2").getparent().get("class") or "")


def test_charter_titles_for_every_article_paragraph_and_chapter():
    titles = CHARTER.titles
    assert titles["article-33"].startswith("Charter of the United Nations, Article 33 (Chapter VI: Pacific Settlement of Disputes): 1. The parties")
    assert titles["article-2-4"].endswith("inconsistent with the Purposes of the United Nations.")
    assert titles["chapter-vii"].startswith("Charter of the United Nations, Chapter VII: Action with Respect to Threats")
    assert all(len(title) <= 500 for title in titles.values())
