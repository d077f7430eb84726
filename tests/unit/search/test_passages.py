from __future__ import annotations

from report_edition.search.passages import Passage, page_passages

REPORT_PAGE = """<div id="edition-cite" hidden data-paragraph="x"></div>
<h1 id="taking-stock">Taking Stock<a class="headerlink" href="#taking-stock">¶</a></h1>
<p id="p1"><a aria-label="Paragraph 1" class="para-num" href="#p1">1</a>The council met the
<abbr title="African Union">AU</abbr>'s envoy.<sup id="fnref:4"><a class="footnote-ref" href="#fn:4">4</a></sup></p>
<blockquote id="p2"><a class="para-num" href="#p2">2</a><p>A quoted passage.</p></blockquote>
<div class="footnote"><hr><ol><li id="fn:4" value="4"><p>Thabo Mbeki, <em>Foreign Policy</em>.
<a class="footnote-backref" href="#fnref:4">↩</a></p></li></ol></div>"""


def test_a_report_page_is_its_paragraphs_and_notes_in_clean_text():
    assert page_passages(REPORT_PAGE, "Taking Stock") == [
        Passage(None, "Taking Stock", ""),
        Passage("p1", "Paragraph 1", "The council met the AU's envoy."),
        Passage("p2", "Paragraph 2", "A quoted passage."),
        Passage("fn:4", "Note 4", "Thabo Mbeki, Foreign Policy."),
    ]


def test_each_heading_with_an_id_is_a_passage_of_the_words_under_it_whatever_its_level():
    html = """<h1 id="charter">Charter</h1><p>The articles.</p>
    <h2 id="chapter-vi">Chapter VI: Pacific Settlement</h2><p>Articles 33–38 · <a href="https://un.org">Chapter VI on un.org</a></p>
    <h3 id="article-33">Article 33</h3><ol><li>The parties shall seek a solution.</li><li>The council shall call.</li></ol>
    <p>Cited in: <a href="../a/#p1">A, para. 1</a> · <a href="../b/#p2">B, para. 2</a></p>
    <h3 id="article-111">Article 111</h3><p>The present Charter.</p>"""
    assert page_passages(html, "Charter")[1:] == [
        Passage("charter", "Charter", "The articles."),
        Passage("chapter-vi", "Chapter VI: Pacific Settlement", ""),  # navigation only: the heading is the passage
        Passage("article-33", "Article 33", "The parties shall seek a solution. The council shall call."),
        Passage("article-111", "Article 111", "The present Charter."),
    ]


def test_glossary_terms_and_listed_references_with_ids_are_passages():
    html = """<h1 id="glossary">Glossary</h1><p>The abbreviations.</p>
    <dl><dt id="ecowas"><abbr title="Economic Community of West African States">ECOWAS</abbr></dt>
    <dd>Economic Community of West African States</dd><dt>NOID</dt><dd>Not a passage</dd></dl>
    <ul><li id="ref-mbeki2011">Thabo Mbeki, "What the World Got Wrong in Côte D'Ivoire."</li></ul>"""
    passages = page_passages(html, "Glossary")
    assert Passage("ecowas", "ECOWAS", "Economic Community of West African States") in passages
    assert Passage("ref-mbeki2011", "Thabo Mbeki, \"What the World Got Wrong in Côte D'Ivoire.\"", "") in passages
    assert passages[1] == Passage("glossary", "Glossary", "The abbreviations. NOID Not a passage")


def test_a_page_heading_with_nothing_under_it_is_left_to_the_page_itself():
    assert page_passages(REPORT_PAGE, "Taking Stock")[0] == Passage(None, "Taking Stock", "")
    assert [p.anchor for p in page_passages(REPORT_PAGE, "Taking Stock")].count("taking-stock") == 0


def test_lettered_items_inside_a_numbered_paragraph_are_passages_of_their_own():
    html = """<h3 id="article-13">Article 13</h3><ol><li id="article-13-1">The General Assembly shall make
    recommendations for the purpose of:<ol type="a"><li id="article-13-1-a">promoting co-operation;</li>
    <li id="article-13-1-b">promoting human rights.</li></ol></li><li id="article-13-2">The further powers.</li></ol>"""
    assert page_passages(html, "Charter")[1:] == [
        Passage("article-13", "Article 13", ""),  # its words are all in its paragraphs
        Passage("article-13-1", "Article 13(1)", "The General Assembly shall make recommendations for the purpose of:"),
        Passage("article-13-1-a", "Article 13(1)(a)", "promoting co-operation;"),
        Passage("article-13-1-b", "Article 13(1)(b)", "promoting human rights."),
        Passage("article-13-2", "Article 13(2)", "The further powers."),
    ]
