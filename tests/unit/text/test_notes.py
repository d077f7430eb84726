from __future__ import annotations

from markdown_pages import rendered

from report_edition.html import serialize_fragment
from report_edition.text.notes import renumber_notes


def _render(text: str, numbered: bool = True) -> str:
    content = rendered(text, "footnotes")
    if numbered:
        renumber_notes(content)
    return serialize_fragment(content)


PAGE = "Fourth.[^4] Fifth.[^5]\n\n[^4]: Note four.\n[^5]: Note five.\n"


def test_python_markdown_alone_restarts_at_one():
    assert '<a class="footnote-ref" href="#fn:4">1</a>' in _render(PAGE, numbered=False)


def test_markers_show_their_labels():
    html = _render(PAGE)
    assert '<a class="footnote-ref" href="#fn:4">4</a>' in html
    assert '<a class="footnote-ref" href="#fn:5">5</a>' in html


def test_notes_list_items_carry_their_numbers():
    html = _render(PAGE)
    assert '<li id="fn:4" value="4">' in html
    assert '<li id="fn:5" value="5">' in html
    assert 'title="Jump back to footnote 5 in the text"' in html


def test_named_labels_keep_python_markdowns_numbering():
    html = _render("A.[^note]\n\n[^note]: Named.\n")
    assert '<a class="footnote-ref" href="#fn:note">1</a>' in html
    assert "value=" not in html
