"""The two generated reference pages: the Charter as cited, and the UN documents cited.

Both are Markdown, built from an index of every place in the site that links to an
article, a chapter or a document symbol (filled while the other pages render).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from edition.charter_refs import ROMAN_CHAPTERS
from edition.places import Place, is_place, reading_order
from edition.reference_linker import NO_LINKS_CLASS, Found
from edition.references import anchor
from edition.un_documents import DocumentInfo
from edition.un_symbols import symbol_anchor, undocs_url

CHARTER_FULL_TEXT = "https://www.un.org/en/about-us/un-charter/full-text"
REPERTORY_URL = "https://legal.un.org/repertory/art{number}.shtml"
ORGANS = {"A": "General Assembly", "S": "Security Council", "E": "Economic and Social Council"}


class ReferenceIndex:
    """Where each article, chapter and symbol is cited: the paragraphs and notes of the report.

    A link elsewhere (a list on the References page, a page without paragraph numbers)
    is not a place in the report and is not indexed. Places come out in reading order:
    ``page_order`` (the navigation), then paragraphs before notes, each by number.
    """

    def __init__(self) -> None:
        self._places: dict[tuple[str, str], set[Place]] = {}
        self.page_order: list[str] = []

    def clear(self) -> None:
        self._places.clear()

    def add(self, page: str, title: str, found: Iterable[Found]) -> None:
        for reference in found:
            if is_place(reference.place):
                self._places.setdefault((reference.kind, reference.key), set()).add(Place(page, title, reference.place))

    def keys(self, kind: str) -> list[str]:
        return [key for (kind_, key) in self._places if kind_ == kind]

    def places(self, kind: str, key: str) -> list[Place]:
        return sorted(self._places.get((kind, key), ()), key=reading_order(self.page_order))


def charter_titles(chapters: Mapping[str, dict]) -> dict[str, str]:
    """A tooltip for every chapter and article anchor: what it is, and where it stands."""
    titles = {}
    for roman, chapter in chapters.items():
        where = f"Chapter {roman}: {chapter['title']}"
        titles[anchor("chapter", roman)] = f"Charter of the United Nations, {where}"
        for number in range(chapter["first_article"], chapter["last_article"] + 1):
            titles[anchor("article", number)] = f"Charter of the United Nations, Article {number} ({where})"
    return titles


def _cited_in(places: list[Place], from_page: str) -> str:
    return "Cited in: " + " · ".join(place.link(from_page) for place in places) if places else ""


def _chapter_of(article: int, chapters: Mapping[str, dict]) -> dict:
    for chapter in chapters.values():
        if chapter["first_article"] <= article <= chapter["last_article"]:
            return chapter
    raise ValueError(f"Article {article} is in no chapter of the Charter")


def _article_text(article: dict | None) -> list[str]:
    if article is None:
        return ["The text of this article is not reproduced in this edition; read it on the pages linked below."]
    paragraphs = article["paragraphs"]
    if len(paragraphs) == 1:
        body = [paragraphs[0]]
    else:
        body = [f"{number}. {text}" for number, text in enumerate(paragraphs, start=1)]
    return [f'<div class="charter-text {NO_LINKS_CLASS}" markdown>', "", *body, "", "</div>"]


def charter_page(
    index: ReferenceIndex, articles: Mapping[str, dict], chapters: Mapping[str, dict], page: str = "charter.md"
) -> str:
    """An entry for every cited chapter and article, grouped by chapter, each with where it is cited."""
    cited_articles = sorted({int(key) for key in index.keys("article")})
    cited_chapters = set(index.keys("chapter"))
    shown_chapters = cited_chapters | {_chapter_of(number, chapters)["roman"] for number in cited_articles}
    lines = [
        "# Charter of the United Nations {#charter}",
        "",
        "The chapters and articles of the Charter that the report cites, with the text of each article "
        f"and every place in the report that cites it. The full text is on [un.org]({CHARTER_FULL_TEXT}).",
    ]
    for roman in sorted(shown_chapters, key=ROMAN_CHAPTERS.index):
        chapter = chapters[roman]
        lines += [
            "",
            f"## Chapter {roman}: {chapter['title']} {{#{anchor('chapter', roman)}}}",
            "",
            f"Articles {chapter['first_article']}–{chapter['last_article']} · "
            f"[Chapter {roman} on un.org]({chapter['url']})",
        ]
        if places := index.places("chapter", roman):
            lines += ["", _cited_in(places, page)]
        for number in cited_articles:
            if _chapter_of(number, chapters)["roman"] != roman:
                continue
            lines += [
                "",
                f"### Article {number} {{#{anchor('article', number)}}}",
                "",
                *_article_text(articles.get(str(number))),
                "",
                f"Chapter {roman} · [Repertory of Practice]({REPERTORY_URL.format(number=number)}) · "
                f"[Chapter {roman} on un.org]({chapter['url']})",
                "",
                _cited_in(index.places("article", str(number)), page),
            ]
    return "\n".join(lines) + "\n"


def _symbol_order(symbol: str) -> list:
    """Natural order: A/RES/65/283 after A/47/277, S/PRST/2010/18 before S/PRST/2011/16."""
    return [(0, int(part), "") if part.isdigit() else (1, 0, part) for part in re.split(r"(\d+)", symbol) if part]


def documents_page(
    index: ReferenceIndex, documents: Mapping[str, DocumentInfo], undocs_base: str, page: str = "un-documents.md"
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
            lines += [_cited_in(index.places("symbol", symbol), page)]
    return "\n".join(lines) + "\n"
