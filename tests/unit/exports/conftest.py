"""A small edition for the book's builders: a home page, two sections with notes, About, References, back-matter."""

from __future__ import annotations

import pytest

from report_edition.exports.book import BookMetadata, book_parts
from report_edition.exports.single_file import ExportPage

HOME = ExportPage("index.html", "Home", (
    '<div id="edition-cite" hidden data-url="x"></div>'
    '<h1 id="home">A Report<a class="headerlink" href="#home">¶</a></h1><p class="subtitle">A Retreat</p>'
    '<p><strong>An Institute</strong> · April 2012</p>'
    '<h2 id="suggested-citation">Suggested Citation</h2><p>"A Report," An Institute, 2012.</p>'
    '<p>For your reference manager: <a href="cite/r.bib">BibTeX</a>.</p>'
    '<p class="needs-javascript">Each Cite button copies a citation.</p>'
    '<h2 id="offline">Take It Offline</h2><p>Downloads.</p><h2 id="contents">Contents</h2>'
    '<ol><li><a href="one.html">One</a></li></ol>'))
ONE = ExportPage("one.html", "One", (
    '<h1 id="one">One<a class="headerlink" href="#one">¶</a></h1>'
    '<p id="p1"><a aria-label="Paragraph 1" class="para-num" href="#p1">1</a>See '
    '<a class="charter-ref" href="charter.html#article-33" title="Article 33">Article 33</a>'
    '<sup id="fnref:1"><a class="footnote-ref" href="#fn:1">1</a></sup> and '
    '<a class="un-symbol" href="https://undocs.org/en/S/2011/552" rel="external">S/2011/552</a>.</p>'
    '<h2 id="part">A Part</h2>'
    '<blockquote id="p2"><a aria-label="Paragraph 2" class="para-num" href="#p2">2</a><p>Quoted, see <a href="two.html#p1">Two</a>'
    ' and the <a href="glossary.html">Glossary</a>.</p></blockquote>'
    '<div class="footnote"><hr><ol><li id="fn:1" value="1"><p>A note. '
    '<a class="footnote-backref" href="#fnref:1" title="Jump back to footnote 1 in the text">↩</a></p></li></ol></div>'))
TWO = ExportPage("two.html", "Two", (
    '<h1 id="two">Two</h1><p id="p1"><a aria-label="Paragraph 1" class="para-num" href="#p1">1</a>Text'
    '<sup id="fnref:2"><a class="footnote-ref" href="#fn:2">2</a></sup>.</p>'
    '<div class="footnote"><hr><ol><li id="fn:2" value="2"><p>Second note. '
    '<a class="footnote-backref" href="#fnref:2">↩</a></p></li></ol></div>'))
ABOUT = ExportPage("about.html", "About", '<h1 id="about">About This Report</h1><h2 id="ipi">IPI</h2><p>An institute.</p>')
REFERENCES = ExportPage("references.html", "References", '<h1 id="references">References</h1><ul><li id="ref-x">A work.</li></ul>')
GLOSSARY = ExportPage("glossary.html", "Glossary", '<h1 id="glossary">Glossary</h1>')
CHARTER = ExportPage("charter.html", "Charter of the United Nations",
                     '<h1 id="charter">Charter of the United Nations</h1><h3 id="article-33">Article 33</h3><p>Text.</p>'
                     '<p class="cited-in">Cited in: <a href="one.html#p1">One, para. 1</a></p>')
PAGES = [HOME, ONE, TWO, ABOUT, REFERENCES, GLOSSARY]


@pytest.fixture
def metadata() -> BookMetadata:
    return BookMetadata(title="A Report: A Retreat", short_title="A Report", authors=("Ann Author", "Bo Writer"),
                        role="rapporteur", publisher="An Institute", date="2012-04", language="en",
                        rights="© An Institute, 2012.", modified=(2023, 11, 14, 22, 13, 20))


@pytest.fixture
def pages() -> list[ExportPage]:
    return list(PAGES)


@pytest.fixture
def backmatter() -> list[ExportPage]:
    return [CHARTER]


@pytest.fixture
def parts(pages, backmatter):
    return book_parts(pages, backmatter)
