from __future__ import annotations

from markdown_pages import rendered

from report_edition.html import serialize_fragment
from report_edition.text.paragraphs import number_paragraphs


def render(text: str) -> str:
    content = rendered(text, "footnotes", "md_in_html")
    number_paragraphs(content)
    return serialize_fragment(content)


def test_paragraphs_and_block_quotes_numbered_by_position():
    html = render("# Title\n\nOne.\n\n> Quoted.\n\nTwo.[^1]\n\n[^1]: A note.\n")
    assert '<p id="p1"><a aria-label="Paragraph 1" class="para-num" href="#p1">1</a>One.</p>' in html
    assert '<blockquote id="p2"><a aria-label="Paragraph 2" class="para-num" href="#p2">2</a>' in html
    assert '<p id="p3"><a aria-label="Paragraph 3" class="para-num" href="#p3">3</a>Two.' in html
    assert html.count("para-num") == 3  # not the heading, not the note


def test_lists_and_empty_paragraphs_are_not_numbered():
    html = render("- item\n\n<p> </p>\n\nText.\n")
    assert html.count("para-num") == 1
    assert '<p id="p1">' in html


def test_a_short_paragraph_with_inline_html_is_numbered():
    html = render("Yes.<br>\n\nNo.\n")
    assert '<p id="p1">' in html and '<p id="p2">' in html
