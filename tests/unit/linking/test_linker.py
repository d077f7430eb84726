from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from edition_harness.project import PROJECT
from report_edition.context import SERIES_FILE
from report_edition.html import Element, parse_fragment, serialize_fragment
from report_edition.linking.finder import ReferenceFinder
from report_edition.linking.linker import Found, LinkTargets, link_references
from report_edition.linking.symbols import load_series

FINDER = ReferenceFinder(load_series(PROJECT / SERIES_FILE))
TARGETS = LinkTargets(
    charter_href=lambda anchor: f"charter.md#{anchor}",
    symbol_titles={"S/PRST/2011/18": "Statement by the President of the Security Council"},
)


def link(html: str) -> tuple[str, object]:
    root = parse_fragment(html)
    result = link_references(root, FINDER, TARGETS)
    return serialize_fragment(root), result


def test_links_charter_articles_and_chapters_each_its_own():
    html, _ = link("<p>Under Articles 36 and 37, and Chapter VII measures.</p>")
    assert html == (
        '<p>Under <a class="charter-ref" href="charter.md#article-36">Articles 36</a> and '
        '<a class="charter-ref" href="charter.md#article-37">37</a>, and '
        '<a class="charter-ref" href="charter.md#chapter-vii">Chapter VII</a> measures.</p>'
    )


def test_links_symbols_with_titles_from_the_bibliography():
    html, _ = link("<p>UN Doc. S/PRST/2011/18, and A/47/277–S/24111.</p>")
    assert html == (
        '<p>UN Doc. <a class="un-symbol" href="https://undocs.org/en/S/PRST/2011/18" '
        'title="Statement by the President of the Security Council">S/PRST/2011/18</a>, and '
        '<a class="un-symbol" href="https://undocs.org/en/A/47/277">A/47/277</a>–'
        '<a class="un-symbol" href="https://undocs.org/en/S/24111">S/24111</a>.</p>'
    )


def test_links_resolutions_in_prose():
    html, _ = link("<p>Security Council Resolution 1765 (2007) had</p>")
    assert '<a class="un-symbol" href="https://undocs.org/en/S/RES/1765(2007)">Resolution 1765 (2007)</a>' in html


def test_charter_links_carry_their_titles():
    targets = LinkTargets(charter_href=lambda a: f"charter.md#{a}", charter_titles={"article-33": "Article 33 (Chapter VI)"})
    root = parse_fragment("<p>Article 33</p>")
    link_references(root, FINDER, targets)
    assert root.find(".//a").get("title") == "Article 33 (Chapter VI)"


def test_base_url_is_configurable():
    root = parse_fragment("<p>S/2011/552</p>")
    link_references(root, FINDER, LinkTargets(charter_href=str, undocs_base="https://example.org/"))
    assert root.find(".//a").get("href") == "https://example.org/S/2011/552"


def test_never_inside_code_pre_links_headings_or_marked_elements():
    html = (
        "<p><code>Article 33</code></p><pre>S/2011/552</pre>"
        '<p><a href="x">Article 33</a></p><h2>Chapter VI</h2>'
        '<div class="no-ref-links"><p>Article 35, paragraph 2</p></div>'
        '<p><a class="footnote-backref" href="#fnref:3">Article 33</a></p>'
    )
    assert link(html)[0] == html


def test_tail_after_a_skipped_element_is_linked():
    html, _ = link("<p><code>x</code> see Article 33.</p>")
    assert html == '<p><code>x</code> see <a class="charter-ref" href="charter.md#article-33">Article 33</a>.</p>'


def test_attributes_are_never_touched():
    html = '<p title="Article 33 and S/2011/552"><img alt="Chapter VI" src="S/2011/552.png"></p>'
    assert link(html)[0] == html


def test_records_each_reference_with_its_paragraph_or_note():
    _, result = link('<p id="p4">Article 33 and S/2011/552.</p><ol><li id="fn:3"><p>Chapter VI</p></li></ol>')
    assert result.found == [
        Found("article", "33", "p4"),
        Found("symbol", "S/2011/552", "p4"),
        Found("chapter", "VI", "fn:3"),
    ]


def test_an_article_outside_1_to_111_is_reported_and_left_alone():
    html, result = link("<p>Article 150 and Article 33.</p>")
    assert html == '<p>Article 150 and <a class="charter-ref" href="charter.md#article-33">Article 33</a>.</p>'
    assert result.problems == ["'Article 150' is not an article of the Charter (Articles 1-111); left unlinked"]


# A passage is read whole, whatever inline elements it runs through.
def test_a_note_marker_is_read_as_absent():
    html, _ = link('<p>Article 33<sup id="fnref:3"><a class="footnote-ref" href="#fn:3">3</a></sup> of the Statute, '
                   'and Article 2(4) of the Charter<sup><a class="footnote-ref" href="#fn:4">4</a></sup>.</p>')
    assert html.count("charter-ref") == 1 and '#article-2-4">Article 2(4)</a>' in html


def test_an_abbreviation_is_part_of_the_passage():
    html, _ = link('<p>Article 33 of the <abbr title="United Nations">UN</abbr> Charter.</p>')
    assert html == ('<p><a class="charter-ref" href="charter.md#article-33">Article 33</a> of the '
                    '<abbr title="United Nations">UN</abbr> Charter.</p>')


def test_a_reference_through_an_inline_element_is_linked_at_its_number():
    html, result = link("<p>See <em>Article</em> 33 and <em>Chapter VI</em>.</p>")
    assert html == ('<p>See <em>Article</em> <a class="charter-ref" href="charter.md#article-33">33</a> and '
                    '<em><a class="charter-ref" href="charter.md#chapter-vi">Chapter VI</a></em>.</p>')
    assert [found.key for found in result.found] == ["33", "VI"]


def test_a_link_between_items_stops_a_list():
    html, result = link('<p>Articles <a href="#x">33</a> and 34 and Chapter <code>VI</code></p>')
    assert result.found == []


# Property: on any text, with code and links around it, linking never raises, keeps the visible
# text, is idempotent, and leaves code and existing links as they were.
PIECES = st.sampled_from(
    [
        "Article ", "Articles ", "article ", "Chapter ", "Chapters ", "Resolution ", "resolution ",
        "33", "11(1)", "52(2)", "150", "VI", "VII", "XX", "1973 (2011)", "65/283", " and ", ", ", " to ",
        "A/", "S/", "RES/", "PRST/", "2011/", "18", "L.79", "/Add.1", "–", "-", "—", ".", "(", ")", "*",
        " of the Charter", " of the Rome Statute", "General Assembly ", "Security Council ", "https://", "x", "/", " ",
    ]
)
# Any text an HTML page can hold (no control characters, which no parser keeps).
TEXT = st.lists(st.one_of(PIECES, st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=5)), max_size=25).map("".join)


def _text_of(element: Element, tag: str) -> list[str]:
    return ["".join(e.itertext()) for e in element.iter(tag)]


@settings(max_examples=300, deadline=None)
@given(before=TEXT, code=TEXT, middle=TEXT, linked=TEXT, after=TEXT)
def test_linking_keeps_text_is_idempotent_and_skips_code_and_links(before, code, middle, linked, after):
    root = parse_fragment("")
    paragraph = etree.SubElement(root, "p")
    paragraph.text = before
    code_element = etree.SubElement(paragraph, "code")
    code_element.text = code
    code_element.tail = middle
    existing = etree.SubElement(paragraph, "a", {"href": "#x"})
    existing.text = linked
    existing.tail = after
    visible = "".join(root.itertext())

    link_references(root, FINDER, TARGETS)
    once = serialize_fragment(root)

    assert "".join(root.itertext()) == visible
    assert _text_of(root, "code") == [code]
    assert [a.text for a in root.iter("a") if a.get("href") == "#x"] == [linked]
    assert all(len(list(a)) == 0 for a in root.iter("a")), "no element inside a link"
    link_references(root, FINDER, TARGETS)
    assert serialize_fragment(root) == once


def test_a_heading_is_not_linked_but_what_it_gets_wrong_is_reported():
    html, result = link("<h2>Article 33 and Chapter XXV</h2><h3>Under Article 112</h3><p>Chapter XX, Article 200</p>")
    assert "<a " not in html
    assert result.problems == [
        "'Chapter XXV' is not a chapter of the Charter (Chapters I-XIX); left unlinked",
        "'Article 112' is not an article of the Charter (Articles 1-111); left unlinked",
        "'Chapter XX' is not a chapter of the Charter (Chapters I-XIX); left unlinked",
        "'Article 200' is not an article of the Charter (Articles 1-111); left unlinked",
    ]
    assert [found.key for found in result.found] == []
