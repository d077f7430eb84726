"""The EPUB's and the PDF's back-matter: the Charter articles and the UN documents the report cites.

Made from data, not from the site's generated pages: what is cited comes from the build's
reference index, the texts and titles from the edition's Charter and bibliography. Each
page keeps the URL and the anchors of the site page it stands for ("charter.html#article-33"),
so that the report's links reach it unchanged; every entry links back to the places citing it.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Mapping
from html import escape

from report_edition.exports.single_file import ExportPage
from report_edition.generated.places import Place
from report_edition.generated.reference_pages import ORGANS, REPERTORY_URL, _symbol_order
from report_edition.linking.charter import Charter
from report_edition.linking.charter_refs import ROMAN_CHAPTERS
from report_edition.linking.documents import DocumentInfo
from report_edition.linking.index import ReferenceIndex
from report_edition.linking.references import anchor
from report_edition.linking.symbols import symbol_anchor, undocs_url
from report_edition.text.words import slug

CHARTER_TITLE = "Charter of the United Nations"
DOCUMENTS_TITLE = "UN Documents"


def article_paragraphs(charter: Charter, key: str) -> list[str]:
    """The text of a cited article, paragraph by paragraph; [] where the edition does not hold it.

    The one place the exports read the Charter's article texts: when the Charter's data
    changes shape, this is what changes.
    """
    article = charter.articles.get(key)
    return list(article["paragraphs"]) if article else []


def article_number(key: str) -> int:
    """The article a reference key is in: "33" -> 33 (and "2-4", a paragraph of it, -> 2)."""
    return int(re.match(r"\d+", key).group())


def relative_url(target: str, from_url: str) -> str:
    """A link from one page of the site to another, both given as site URLs ("taking-stock.html")."""
    if target == from_url:
        return ""
    path = posixpath.relpath(target, posixpath.dirname(from_url) or ".")
    return path + "/" if target.endswith("/") else path  # "taking-stock/" stays a folder


class Citations:
    """Where each reference is cited, as links from one back-matter page to the report's pages."""

    def __init__(self, index: ReferenceIndex, page_order: list[str], url_of: Mapping[str, str]) -> None:
        self.index, self.page_order, self.url_of = index, page_order, url_of

    def places(self, kind: str, key: str) -> list[Place]:
        return self.index.places(kind, key, self.page_order)

    def cited_in(self, kind: str, key: str, from_url: str) -> str:
        links = [
            f'<a href="{escape(relative_url(self.url_of[place.page], from_url))}#{escape(place.anchor)}">{escape(place.label)}</a>'
            for place in self.places(kind, key)
            if place.page in self.url_of
        ]
        return f'<p class="cited-in">Cited in: {" · ".join(links)}</p>' if links else ""


def _article_html(charter: Charter, key: str) -> str:
    paragraphs = article_paragraphs(charter, key)
    if not paragraphs:
        return "<p>The text of this article is not reproduced in this edition; read it on the pages linked here.</p>"
    if len(paragraphs) == 1:
        return f'<p class="charter-text">{escape(paragraphs[0])}</p>'
    items = "".join(f"<li>{escape(text)}</li>" for text in paragraphs)
    return f'<ol class="charter-text">{items}</ol>'


def charter_backmatter(citations: Citations, charter: Charter, url: str) -> ExportPage:
    """Every cited chapter and article of the Charter, by chapter, with the article's text."""
    articles = sorted(citations.index.keys("article"), key=lambda key: (article_number(key), key))
    chapter_of = {key: charter.chapter_of(article_number(key))["roman"] for key in articles}
    shown = set(citations.index.keys("chapter")) | set(chapter_of.values())
    html = [
        f'<h1 id="charter">{CHARTER_TITLE}</h1>',
        "<p>The chapters and articles of the Charter that the report cites, with the text of each "
        "article and every place in the report that cites it.</p>",
    ]
    for roman in sorted(shown, key=ROMAN_CHAPTERS.index):
        chapter = charter.chapters[roman]
        html += [
            f'<h2 id="{anchor("chapter", roman)}">Chapter {roman}: {escape(chapter["title"])}</h2>',
            f'<p>Articles {chapter["first_article"]}–{chapter["last_article"]} · '
            f'<a href="{escape(chapter["url"])}" rel="external">Chapter {roman} on un.org</a></p>',
            citations.cited_in("chapter", roman, url),
        ]
        for key in (key for key in articles if chapter_of[key] == roman):
            html += [
                f'<h3 id="{anchor("article", key)}">Article {escape(key)}</h3>',
                _article_html(charter, key),
                f'<p><a href="{REPERTORY_URL.format(number=article_number(key))}" rel="external">'
                f"Article {article_number(key)} in the Repertory of Practice</a></p>",
                citations.cited_in("article", key, url),
            ]
    return ExportPage(url, CHARTER_TITLE, "\n".join(line for line in html if line))


def documents_backmatter(citations: Citations, documents: Mapping[str, DocumentInfo], undocs_base: str, url: str) -> ExportPage:
    """Every cited UN document by symbol, grouped by organ, with its title and date and the official link."""
    symbols = sorted(citations.index.keys("symbol"), key=_symbol_order)
    html = [
        f'<h1 id="un-documents">{DOCUMENTS_TITLE}</h1>',
        "<p>Every United Nations document the report cites, by symbol, with every place in the report "
        "that cites it and its link through undocs.org, the UN's permanent link service.</p>",
    ]
    for series in [*ORGANS, None]:
        group = [symbol for symbol in symbols if (symbol.split("/")[0] if symbol.split("/")[0] in ORGANS else None) == series]
        if not group:
            continue
        organ = ORGANS[series] if series else "Other Organs and Bodies"
        html.append(f'<h2 id="{slug(organ)}">{organ}</h2>')
        for symbol in group:
            html.append(f'<h3 id="{symbol_anchor(symbol)}">{escape(symbol)}</h3>')
            if info := documents.get(symbol):
                joint = f" Issued under the joint symbol {escape(info.number)}." if info.number != symbol else ""
                html.append(f"<p><em>{escape(info.title)}</em>, {escape(info.date)}.{joint}</p>")
            html += [
                f'<p><a href="{escape(undocs_url(symbol, undocs_base))}" rel="external">Official document</a></p>',
                citations.cited_in("symbol", symbol, url),
            ]
    return ExportPage(url, DOCUMENTS_TITLE, "\n".join(line for line in html if line))
