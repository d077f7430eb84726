"""The whole Charter of the United Nations as data: chapters, articles, numbered paragraphs, lettered items.

The text is the one the United Nations publishes on un.org (data/charter.json names the
page and when it was saved), un.org's own slips included, each with a note. Every
article, paragraph and lettered item has an anchor on the Charter page
(``article-2``, ``article-2-4``, ``article-13-1-a``) and a tooltip with its text.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from report_edition.errors import EditionError

TOOLTIP_LENGTH = 500  # characters of an article's text in a link's tooltip
_LETTERS = "abcdefghij"


@dataclass(frozen=True)
class Paragraph:
    label: str  # "4", or "" for an unnumbered article or lead-in
    text: str
    items: tuple[str, ...] = ()  # lettered items a., b., ...

    def plain(self) -> str:
        return " ".join([self.text, *(f"{_LETTERS[index]}. {item}" for index, item in enumerate(self.items))])


@dataclass(frozen=True)
class Article:
    number: int
    chapter: str  # its chapter's Roman numeral
    heading: str | None  # the section heading un.org prints before it ("VOTING"), if any
    paragraphs: tuple[Paragraph, ...]

    def plain(self) -> str:
        return " ".join(f"{p.label}. {p.plain()}" if p.label else p.plain() for p in self.paragraphs)

    def paragraph(self, label: str) -> Paragraph | None:
        return next((paragraph for paragraph in self.paragraphs if paragraph.label == label), None)


@dataclass(frozen=True)
class Chapter:
    roman: str
    title: str
    url: str  # the chapter's page on un.org
    articles: tuple[int, ...]

    @property
    def heading(self) -> str:
        return f"Chapter {self.roman}: {self.title}"


@dataclass(frozen=True)
class Slip:
    """A slip of un.org's text, printed as un.org has it, with a note giving the Charter's reading."""

    note: str
    article: int | None = None
    paragraph: str | None = None
    chapter: str | None = None


@dataclass(frozen=True)
class Charter:
    source: Mapping[str, str]  # title, url, published_by, as_of, transcription
    preamble: tuple[str, ...]
    chapters: tuple[Chapter, ...]
    articles: Mapping[int, Article]
    testimonium: str
    amendments: tuple[str, ...]
    slips: tuple[Slip, ...]
    titles: Mapping[str, str] = field(init=False)  # every anchor -> what it is, and its text

    def __post_init__(self) -> None:
        titles = {}
        for chapter in self.chapters:
            first, last = chapter.articles[0], chapter.articles[-1]
            titles[f"chapter-{chapter.roman.lower()}"] = f"Charter of the United Nations, {chapter.heading} (Articles {first}–{last})"
            for number in chapter.articles:
                article = self.articles[number]
                where = f"Charter of the United Nations, Article {number} ({chapter.heading})"
                titles[f"article-{number}"] = _tooltip(f"{where}: {article.plain()}")
                for paragraph in article.paragraphs:
                    anchor = f"article-{number}-{paragraph.label}" if paragraph.label else None
                    if anchor:
                        titles[anchor] = _tooltip(f"{where}, paragraph {paragraph.label}: {paragraph.plain()}")
                    for index, item in enumerate(paragraph.items):
                        letter = _LETTERS[index]
                        item_anchor = f"{anchor or f'article-{number}'}-{letter}"
                        label = f"({paragraph.label})({letter})" if paragraph.label else f"({letter})"
                        titles[item_anchor] = _tooltip(f"Charter of the United Nations, Article {number}{label} ({chapter.heading}): {item}")
        object.__setattr__(self, "titles", MappingProxyType(titles))

    def chapter(self, roman: str) -> Chapter:
        return next(chapter for chapter in self.chapters if chapter.roman == roman)

    def chapter_of(self, article: int) -> Chapter:
        return self.chapter(self.articles[article].chapter)

    def has(self, anchor: str) -> bool:
        return anchor in self.titles


def _tooltip(text: str) -> str:
    return text if len(text) <= TOOLTIP_LENGTH else text[: TOOLTIP_LENGTH - 1].rsplit(" ", 1)[0] + "…"


def load_charter(path: Path, name: str) -> Charter:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise EditionError(name, None, f"cannot read the Charter: {error.strerror}") from None
    except ValueError as error:
        raise EditionError(name, getattr(error, "lineno", None), f"cannot read the Charter: {error}") from None
    try:
        chapters = tuple(Chapter(c["roman"], c["title"], c["url"], tuple(c["articles"])) for c in data["chapters"])
        chapter_of = {number: chapter.roman for chapter in chapters for number in chapter.articles}
        articles = {
            int(number): Article(
                int(number), chapter_of[int(number)], article["heading"],
                tuple(Paragraph(p["label"], p["text"], tuple(p.get("items", ()))) for p in article["paragraphs"]),
            )
            for number, article in data["articles"].items()
        }
        slips = tuple(Slip(s["note"], s.get("article"), s.get("paragraph"), s.get("chapter")) for s in data["slips"])
        return Charter(MappingProxyType(data["source"]), tuple(data["preamble"]), chapters, MappingProxyType(articles),
                       data["testimonium"], tuple(data["amendments"]), slips)
    except (KeyError, TypeError, ValueError) as error:
        raise EditionError(name, None, f"the Charter's data lacks or mistypes {error}") from None
