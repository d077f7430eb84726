"""The two generated reference pages: the Charter as cited, and the UN documents cited.

Both are Markdown, built from an index of every place in the site that links to an
article, a chapter or a document symbol (filled while the other pages render).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from report_edition.generated.places import Place
from report_edition.linking.charter import Charter
from report_edition.linking.charter_refs import ROMAN_CHAPTERS
from report_edition.linking.documents import DocumentInfo
from report_edition.linking.index import ReferenceIndex
from report_edition.linking.linker import NO_LINKS_CLASS
from report_edition.linking.references import anchor
from report_edition.linking.symbols import symbol_anchor, undocs_url

CHARTER_FULL_TEXT = "https://www.un.org/en/about-us/un-charter/full-text"
REPERTORY_URL = "https://legal.un.org/repertory/art{number}.shtml"
ORGANS = {"A": "General Assembly", "S": "Security Council", "E": "Economic and Social Council"}


def _cited_in(places: list[Place], from_page: str) -> str:
    return "Cited in: " + " · ".join(place.link(from_page) for place in places) if places else ""


def _article_text(article: dict | None) -> list[str]:
    if article is None:
        return ["The text of this article is not reproduced in this edition; read it on the pages linked below."]
    paragraphs = article["paragraphs"]
    if len(paragraphs) == 1:
        body = [paragraphs[0]]
    else:
        body = [f"{number}. {text}" for number, text in enumerate(paragraphs, start=1)]
    return [f'<div class="charter-text {NO_LINKS_CLASS}" markdown>', "", *body, "", "</div>"]


def charter_page(index: ReferenceIndex, charter: Charter, page_order: list[str], page: str = "charter.md") -> str:
    """An entry for every cited chapter and article, grouped by chapter, each with where it is cited."""
    cited_articles = sorted({int(key) for key in index.keys("article")})
    cited_chapters = set(index.keys("chapter"))
    shown_chapters = cited_chapters | {charter.chapter_of(number)["roman"] for number in cited_articles}
    lines = [
        "# Charter of the United Nations {#charter}",
        "",
        "The chapters and articles of the Charter that the report cites, with the text of each article "
        f"and every place in the report that cites it. The full text is on [un.org]({CHARTER_FULL_TEXT}).",
    ]
    for roman in sorted(shown_chapters, key=ROMAN_CHAPTERS.index):
        chapter = charter.chapters[roman]
        lines += [
            "",
            f"## Chapter {roman}: {chapter['title']} {{#{anchor('chapter', roman)}}}",
            "",
            f"Articles {chapter['first_article']}–{chapter['last_article']} · "
            f"[Chapter {roman} on un.org]({chapter['url']})",
        ]
        if places := index.places("chapter", roman, page_order):
            lines += ["", _cited_in(places, page)]
        for number in cited_articles:
            if charter.chapter_of(number)["roman"] != roman:
                continue
            lines += [
                "",
                f"### Article {number} {{#{anchor('article', number)}}}",
                "",
                *_article_text(charter.articles.get(str(number))),
                "",
                f"Chapter {roman} · [Repertory of Practice]({REPERTORY_URL.format(number=number)}) · "
                f"[Chapter {roman} on un.org]({chapter['url']})",
                "",
                _cited_in(index.places("article", str(number), page_order), page),
            ]
    return "\n".join(lines) + "\n"


def _symbol_order(symbol: str) -> list:
    """Natural order: A/RES/65/283 after A/47/277, S/PRST/2010/18 before S/PRST/2011/16."""
    return [(0, int(part), "") if part.isdigit() else (1, 0, part) for part in re.split(r"(\d+)", symbol) if part]


def documents_page(
    index: ReferenceIndex, documents: Mapping[str, DocumentInfo], undocs_base: str, page_order: list[str],
    page: str = "un-documents.md",
) -> str:
    """An entry for every cited symbol, grouped by organ, with the title and date references.bib gives."""
    lines = [
        "# UN Documents {#un-documents}",
        "",
        "Every United Nations document the report cites, by symbol, with every place in the report "
        "that cites it. Each links to the official document through undocs.org, the UN's permanent "
        "link service.",
    ]
    symbols = sorted(index.keys("symbol"), key=_symbol_order)
    for series in [*ORGANS, None]:
        in_group = [s for s in symbols if (s.split("/")[0] if s.split("/")[0] in ORGANS else None) == series]
        if not in_group:
            continue
        lines += ["", f"## {ORGANS[series] if series else 'Other Organs and Bodies'}"]
        for symbol in in_group:
            lines += ["", f"### {symbol} {{#{symbol_anchor(symbol)}}}", ""]
            info = documents.get(symbol)
            if info:
                description = f"*{info.title}*, {info.date}."
                if info.number != symbol:
                    description += f" Issued under the joint symbol {info.number}."
                lines += [description, ""]
            lines += [f"[Official document]({undocs_url(symbol, undocs_base)})", ""]
            lines += [_cited_in(index.places("symbol", symbol, page_order), page)]
    return "\n".join(lines) + "\n"
