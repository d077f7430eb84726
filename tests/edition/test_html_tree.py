from __future__ import annotations

from edition.html_tree import parse_fragment, serialize_fragment


def test_a_fragment_reads_and_writes_back():
    html = 'Lead <p id="p1">One <em>two</em></p>\n<blockquote>\n<p>Three</p>\n</blockquote>\nend'
    assert serialize_fragment(parse_fragment(html)) == html


def test_entities_are_written_as_characters_and_markup_is_escaped():
    html = '<p>&para; &amp; &lt;x&gt; &#160;</p>'
    assert serialize_fragment(parse_fragment(html)) == '<p>¶ &amp; &lt;x&gt; \xa0</p>'


def test_an_attribute_with_quotes_reads_back_the_same():
    written = serialize_fragment(parse_fragment('<p title="a &quot;b&quot; \'c\'">x</p>'))
    assert parse_fragment(written)[0].get("title") == 'a "b" \'c\''
