"""The EPUB's and the PDF's back-matter: the Charter articles and the UN documents the report cites.

Made from data, as the site's Charter and UN Documents pages are and with their pieces
(the article's text, the grouping of documents): what is cited comes from the build's
reference index, the texts and titles from the edition's Charter and documents' facts. Each
page keeps the URL and the anchors of the site page it stands for ("charter.html#article-33"),
so that the report's links reach it unchanged; every entry links back to the places citing it.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from report_edition.exports.single_file import ExportPage
from report_edition.generated.charter_page import REPERTORY_URL, article_html, article_notes, cited_articles
from report_edition.generated.documents_page import cited_documents, cited_places, document_facts
from report_edition.generated.places import Place, relative_path
from report_edition.linking.charter import Charter
from report_edition.linking.documents import DocumentInfo
from report_edition.linking.index import ReferenceIndex
from report_edition.linking.references import anchor
from report_edition.linking.symbols import symbol_anchor, undocs_url

CHARTER_TITLE = "Charter of the United Nations"
DOCUMENTS_TITLE = "UN Documents"


def relative_url(target: str, from_url: str) -> str:
    """A link from one page of the site to another, both given as site URLs ("taking-stock.html")."""
    if target == from_url:
        return ""
    path = relative_path(target, from_url)
    return path + "/" if target.endswith("/") else path  # "taking-stock/" stays a folder


class Citations:
    """Where each reference is cited, as links from one back-matter page to the report's pages."""

    def __init__(self, index: ReferenceIndex, page_order: list[str], url_of: Mapping[str, str]) -> None:
        self.index, self.page_order, self.url_of = index, page_order, url_of

    def cited_in(self, kind: str, key: str, from_url: str, label: str = "Cited in") -> str:
        return self.links(self.index.places(kind, key, self.page_order), from_url, label)

    def links(self, places: list[Place], from_url: str, label: str = "Cited in") -> str:
        links = [
            f'<a href="{escape(relative_url(self.url_of[place.page], from_url))}#{escape(place.anchor)}">{escape(place.label)}</a>'
            for place in places
            if place.page in self.url_of
        ]
        return f'<p class="cited-in">{escape(label)}: {" · ".join(links)}</p>' if links else ""


def charter_backmatter(citations: Citations, charter: Charter, url: str) -> ExportPage:
    """Every cited chapter and article of the Charter, by chapter, with the article's whole text (its
    paragraphs and items keep the site's anchors, "article-2-4"), and every place that cites it."""
    cited = cited_articles(citations.index)
    cited_chapters = set(citations.index.keys("chapter"))
    notes = article_notes(charter)
    html = [
        f'<h1 id="charter">{CHARTER_TITLE}</h1>',
        "<p>The chapters and articles of the Charter that the report cites, with the text of each "
        "article and every place in the report that cites it. The text is the one the United Nations "
        f'publishes: <a href="{escape(charter.source["url"])}" rel="external">{escape(charter.source["title"])}</a>.</p>',
    ]
    for chapter in charter.chapters:
        numbers = [number for number in chapter.articles if number in cited]
        if chapter.roman not in cited_chapters and not numbers:
            continue
        html += [
            f'<h2 id="{anchor("chapter", chapter.roman)}">{escape(chapter.heading)}</h2>',
            f"<p>Articles {chapter.articles[0]}–{chapter.articles[-1]} · "
            f'<a href="{escape(chapter.url)}" rel="external">{escape(chapter.heading)} on un.org</a></p>',
            citations.cited_in("chapter", chapter.roman, url),
        ]
        for number in numbers:
            html += [f'<h3 id="{anchor("article", number)}">Article {number}</h3>', article_html(charter.articles[number], notes)]
            html += [citations.cited_in("article", key, url, f"Article {key} cited in") for key in sorted(cited[number], key=len)]
            html.append(f'<p><a href="{REPERTORY_URL.format(number=number)}" rel="external">'
                        f"Article {number} in the Repertory of Practice</a></p>")
    return ExportPage(url, CHARTER_TITLE, "\n".join(line for line in html if line))


def documents_backmatter(citations: Citations, documents: Mapping[str, DocumentInfo], undocs_base: str, url: str) -> ExportPage:
    """Every cited UN document, grouped by organ as on the site, with its title and date and the official link."""
    html = [
        f'<h1 id="un-documents">{DOCUMENTS_TITLE}</h1>',
        "<p>Every United Nations document the report cites, by symbol, with every place in the report "
        "that cites it and its link through undocs.org, the UN's permanent link service.</p>",
    ]
    for group in cited_documents(citations.index, documents):
        html.append(f'<h2 id="{group.anchor}">{escape(group.heading)}</h2>')
        for document in group.documents:
            html.append(f'<h3 id="{document.anchor}">{escape(document.symbol)}</h3>')
            if facts := document_facts(document):
                if document.title:
                    facts[0] = f"<em>{escape(document.title)}</em>"
                html.append("<p>" + " · ".join(facts[:1] + [escape(fact) for fact in facts[1:]]) + "</p>")
            links = [f'<a href="{escape(undocs_url(symbol, undocs_base))}" rel="external"'
                     + (f' id="{symbol_anchor(symbol)}"' if len(document.symbols) > 1 else "") + f">{escape(symbol)}</a>"
                     for symbol in document.symbols]
            html.append("<p>Official document: " + " · ".join(links) + "</p>")
            html.append(citations.links(cited_places(citations.index, document, citations.page_order), url))
    return ExportPage(url, DOCUMENTS_TITLE, "\n".join(line for line in html if line))
