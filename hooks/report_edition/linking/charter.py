"""The Charter of the United Nations as data: its chapters, the text of its articles, a tooltip for each."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from report_edition.errors import EditionError
from report_edition.linking.references import anchor


@dataclass(frozen=True)
class Charter:
    chapters: Mapping[str, dict]  # Roman numeral -> number, title, first_article, last_article, url
    articles: Mapping[str, dict]  # article number -> its paragraphs
    titles: Mapping[str, str] = field(init=False)  # anchor ("article-33") -> what it is, and where it stands

    def __post_init__(self) -> None:
        titles = {}
        for roman, chapter in self.chapters.items():
            where = f"Chapter {roman}: {chapter['title']}"
            titles[anchor("chapter", roman)] = f"Charter of the United Nations, {where}"
            for number in range(chapter["first_article"], chapter["last_article"] + 1):
                titles[anchor("article", number)] = f"Charter of the United Nations, Article {number} ({where})"
        object.__setattr__(self, "titles", MappingProxyType(titles))

    def chapter_of(self, article: int) -> dict:
        for chapter in self.chapters.values():
            if chapter["first_article"] <= article <= chapter["last_article"]:
                return chapter
        raise ValueError(f"Article {article} is in no chapter of the Charter")


def load_charter(chapters_file: Path, articles_file: Path, root: Path) -> Charter:
    def read(path: Path) -> dict:
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise EditionError(path.relative_to(root).as_posix(), getattr(error, "lineno", None), f"cannot read the Charter: {error}") from None

    return Charter(MappingProxyType(read(chapters_file)["chapters"]), MappingProxyType(read(articles_file)))
