from edition.html_ids import ids_in, text_of_element, texts_by_id

HTML = (
    '<h1 id="title">T</h1><p id="p1"><a class="para-num" href="#p1">1</a>One <em>word</em>'
    '<sup id="fnref:1"><a class="footnote-ref" href="#fn:1">1</a></sup> and more.</p>'
    '<blockquote id="p2"><a class="para-num" href="#p2">2</a><p>Quoted.</p></blockquote>'
    '<p id="p3">Unclosed <br/>line<ol><li id="fn:1"><p>Note.</p></li></ol>'
)


def test_ids_in_document_order():
    assert ids_in(HTML) == ["title", "p1", "fnref:1", "p2", "p3", "fn:1"]


def test_texts_skip_the_given_classes():
    texts = texts_by_id(HTML, frozenset({"p", "blockquote"}), frozenset({"para-num", "footnote-ref"}))
    assert texts["p1"] == "One word and more."
    assert texts["p2"] == "Quoted."
    assert texts["p3"] == "Unclosed line"
    assert "title" not in texts


def test_ids_in_reads_single_quotes_and_ignores_text():
    assert ids_in("<p class='x' id='a'>id=\"no\" &lt;b id=\"no\"&gt;</p><h2\n id=\"b\">") == ["a", "b"]


def test_text_of_one_element():
    html = '<p id="p1"><a class="para-num" href="#p1">1</a>First <em>one</em>.</p><p id="p2">Second.</p>'
    assert text_of_element(html, "p1", frozenset({"p"}), frozenset({"para-num"})) == "First one."
    assert text_of_element(html, "p9", frozenset({"p"})) is None


def test_text_of_a_block_quote():
    html = '<blockquote id="p7"><a class="para-num" href="#p7">7</a><p>Quoted.</p><p>More.</p></blockquote><p id="p8">x</p>'
    assert text_of_element(html, "p7", frozenset({"blockquote"}), frozenset({"para-num"})) == "Quoted.More."
