from __future__ import annotations

from report_edition.html import new_element, parse_fragment, serialize_fragment, set_attribute, text_without


def test_a_fragment_reads_and_writes_back():
    html = 'Lead <p id="p1">One <em>two</em></p>\n<blockquote>\n<p>Three</p>\n</blockquote>\nend'
    assert serialize_fragment(parse_fragment(html)) == html


def test_entities_are_written_as_characters_and_markup_is_escaped():
    html = '<p>&para; &amp; &lt;x&gt; &#160;</p>'
    assert serialize_fragment(parse_fragment(html)) == '<p>¶ &amp; &lt;x&gt; \xa0</p>'


def test_an_attribute_with_quotes_reads_back_the_same():
    written = serialize_fragment(parse_fragment('<p title="a &quot;b&quot; \'c\'">x</p>'))
    assert parse_fragment(written)[0].get("title") == 'a "b" \'c\''


def test_text_without_skips_the_given_classes_and_collapses_space():
    content = parse_fragment('<p id="p1"><a class="para-num" href="#p1">1</a>One <em>word</em>\n'
                             '<sup><a class="footnote-ref" href="#fn:1">1</a></sup> and <!-- c -->more.</p>')
    assert text_without(content[0], frozenset({"para-num", "footnote-ref"})) == "One word and more."


def test_new_and_changed_elements_keep_their_attributes_in_alphabetical_order():
    element = new_element("a", {"href": "#p1", "class": "para-num", "aria-label": "Paragraph 1"}, "1")
    assert list(element.attrib) == ["aria-label", "class", "href"]
    set_attribute(element, "title", "t")
    set_attribute(element, "data-x", "x")
    assert list(element.attrib) == ["aria-label", "class", "data-x", "href", "title"]
