from __future__ import annotations

from pathlib import Path

from report_edition.exports.single_file import ExportPage, combine, page_id, running_heads

PAGES = [
    ExportPage("index.html", "Home", '<h1 id="home">Home</h1><p><a href="taking-stock.html">Taking Stock</a></p>'),
    ExportPage(
        "taking-stock.html",
        "Taking Stock",
        '<script type="application/json" id="data">{"x": "</p>"}</script>'
        '<div id="cite" hidden data-url="https://example.org/r/"><div>nested</div></div>'
        '<h1 id="taking-stock">Taking Stock<a class="headerlink" href="#taking-stock">¶</a></h1>'
        '<p id="p1"><a class="para-num" href="#p1">1</a>See <a href="charter.html#article-33">Article 33</a>'
        '<sup id="fnref:4"><a class="footnote-ref" href="#fn:4">4</a></sup>, '
        '<a href="https://undocs.org/en/S/2011/552">S/2011/552</a> &amp; <a href="cite/x.bib">BibTeX</a>.</p>'
        '<div class="footnote"><ol><li id="fn:4" value="4"><p>Note.<a class="footnote-backref" href="#fnref:4">&#8617;</a></p></li></ol></div>',
    ),
    ExportPage("charter.html", "Charter", '<h3 id="article-33">Article 33</h3><img src="assets/i.png" alt="">'),
]


def test_page_ids():
    assert [page_id(page.url) for page in PAGES] == ["home", "taking-stock", "charter"]
    assert page_id("taking-stock/") == "taking-stock"
    assert page_id("") == "home"


def test_ids_are_prefixed_and_links_stay_inside(tmp_path: Path):
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "i.png").write_bytes(b"\x89PNG")
    html = combine(PAGES, title="T", css="p{}", online_url="https://example.org/r/", site_dir=tmp_path)
    assert '<section class="page" id="taking-stock" aria-label="Taking Stock">' in html
    assert '<p id="taking-stock--p1"><a class="para-num" href="#taking-stock--p1">1</a>' in html
    assert '<a href="#charter--article-33">Article 33</a>' in html
    assert '<sup id="taking-stock--fnref:4"><a class="footnote-ref" href="#taking-stock--fn:4">4</a></sup>' in html
    assert '<a class="footnote-backref" href="#taking-stock--fnref:4">\u21a9</a>' in html
    assert '<a href="#taking-stock">Taking Stock</a>' in html  # a link to a page goes to its section
    assert '<a href="https://undocs.org/en/S/2011/552">' in html  # another site: unchanged
    assert '<a href="https://example.org/r/cite/x.bib">BibTeX</a>' in html  # a file it does not have: online
    assert "&amp;" in html
    assert 'src="data:image/png;base64,iVBORw=="' in html


def test_no_script_survives():
    html = combine(PAGES, title="T", css="", online_url="https://example.org/")
    assert "<script" not in html and '"x"' not in html
    assert "nested" not in html and "hidden" not in html and "<h1" in html


def test_document_shell():
    html = combine(PAGES[:1], title="A & B", css="body{color:red}", online_url="https://example.org/", footer="<footer>f</footer>\n")
    assert html.startswith('<!doctype html>\n<html lang="en">')
    assert "<title>A &amp; B</title>" in html and "<style>\nbody{color:red}\n</style>" in html
    assert html.rstrip().endswith("<footer>f</footer>\n</body>\n</html>")


def test_directory_urls_svg_and_style_survive():
    pages = [
        ExportPage("taking-stock/", "Taking Stock", '<p><a href="../charter/#article-33">A</a></p>'
                   '<svg viewBox="0 0 1 1"><path d="M0"/><circle r="1"/></svg><style>p > a { color: red }</style>'),
        ExportPage("charter/", "Charter", '<h3 id="article-33">Article 33</h3><label for="x y">l</label>'),
    ]
    html = combine(pages, title="T", css="", online_url="https://example.org/")
    assert '<a href="#charter--article-33">A</a>' in html
    # (the parser lowercases attribute names; browsers restore SVG's viewBox when they read HTML)
    assert '<svg viewbox="0 0 1 1"><path d="M0"></path><circle r="1"></circle></svg>' in html
    assert "<style>p > a { color: red }</style>" in html
    assert '<label for="charter--x charter--y">' in html


def test_a_file_of_the_site_travels_inside(tmp_path: Path):
    (tmp_path / "cite").mkdir()
    (tmp_path / "cite" / "x.bib").write_text("@report{x}", encoding="utf-8")
    html = combine(PAGES, title="T", css="", online_url="https://example.org/r/", site_dir=tmp_path)
    assert '<a download="x.bib" href="data:application/octet-stream;base64,QHJlcG9ydHt4fQ==">BibTeX</a>' in html


def test_the_text_after_a_dropped_element_stays():
    pages = [ExportPage("a/", "A", '<p>one <span hidden>secret</span>two<!-- note --> three<script>x()</script> four</p>')]
    html = combine(pages, title="T", css="", online_url="https://example.org/")
    assert "<p>one two three four</p>" in html


def test_the_first_printed_page_begins_the_first_section_as_it_is():
    block = '<div class="edition-on-paper" id="kept"><p>"T," A. <a href="cite/x.bib">x</a></p></div>\n'
    html = combine(PAGES, title="T", css="", online_url="https://example.org/r/", first_page=block)
    assert f'<section class="page" id="home" aria-label="Home">\n{block}<h1 id="home--home">' in html
    assert html.count("edition-on-paper") == 1


def test_each_section_has_its_running_head_on_paper():
    css = running_heads(PAGES, "Short", "The Subtitle")
    assert 'section.page[id="home"] { page: section-1; }' in css
    assert 'section.page[id="taking-stock"] { page: section-2; }' in css
    assert 'section.page[id="charter"], body > footer { page: section-3; }' in css  # the footer with the last section
    assert '@page section-1 {\n  @top-right { content: "The Subtitle"; }' in css  # the cover: the subtitle, not "Home"
    assert '@page section-2 {\n  @top-right { content: "Taking Stock"; }' in css
    assert '@page section-3 {\n  @top-right { content: "Charter"; }' in css
    assert '@top-left { content: "Short";' in css and "margin:" in css
