"""The words of the built site, page by page in navigation order."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import yaml
from bs4 import BeautifulSoup, Tag

from edition_harness.project import PROJECT

BLOCKS = ["h1", "h2", "h3", "h4", "p", "li", "dt", "dd", "td", "th"]


class _TolerantLoader(yaml.SafeLoader):
    """Reads mkdocs.yml without resolving its !ENV and !!python tags."""


_TolerantLoader.add_multi_constructor("!", lambda loader, suffix, node: None)
_TolerantLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def nav_sources(project: Path = PROJECT) -> list[str]:
    """The Markdown files of mkdocs.yml's nav, in order."""
    config = yaml.load((project / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_TolerantLoader)
    sources: list[str] = []

    def walk(items):
        for item in items:
            value = next(iter(item.values())) if isinstance(item, dict) else item
            if isinstance(value, list):
                walk(value)
            elif isinstance(value, str) and value.endswith(".md"):
                sources.append(value)

    walk(config["nav"])
    return sources


def html_path(site: Path, source: str) -> Path:
    stem = source[: -len(".md")]
    if stem == "index":
        return site / "index.html"
    if stem.endswith("/index"):
        return site / stem[: -len("index")] / "index.html"
    return site / stem / "index.html"


@dataclass
class PageText:
    source: str
    article: Tag

    @cached_property
    def notes(self) -> list[tuple[int, str]]:
        """(number shown, text) of each note in the page's list of notes."""
        found = []
        for item in self.article.select("div.footnote > ol > li"):
            item = copy.copy(item)
            for backref in item.select("a.footnote-backref"):
                backref.decompose()
            found.append((int(item["value"]), _block_text(item)))
        return found

    @property
    def markers(self) -> list[tuple[str, str]]:
        """(number shown, target) of each note marker in the running text."""
        return [(a.get_text(), a["href"]) for a in self.article.select("sup a.footnote-ref")]

    def _running_text(self) -> Tag:
        """A copy of the article without its notes, note markers and permalinks."""
        article = copy.copy(self.article)
        # The edition's apparatus is not the report's text: a section's citation files.
        for element in article.select("div.footnote, sup[id*='fnref'], a.headerlink, a.para-num, .edition-cite-files"):
            element.decompose()
        return article

    @cached_property
    def body_blocks(self) -> list[str]:
        """Text of each block of the running text, without notes, markers or permalinks."""
        blocks = []
        for element in self._running_text().find_all(BLOCKS):
            if element.find(BLOCKS):
                continue
            text = _block_text(element)
            if text:
                blocks.append(text)
        return blocks

    @property
    def paragraphs(self) -> list[Tag]:
        return self._running_text().find_all("p")


def _block_text(element: Tag) -> str:
    return " ".join(element.get_text("").replace("\u00a0", " ").split())


def soup(site: Path, source: str) -> BeautifulSoup:
    """The built page of a Markdown source, parsed."""
    return BeautifulSoup(html_path(site, source).read_text(encoding="utf-8"), "html.parser")


def read_page(site: Path, source: str) -> PageText:
    article = soup(site, source).select_one("article.md-content__inner")
    assert article is not None, f"{source}: no article element"
    return PageText(source, article)


def read_site(site: Path, project: Path = PROJECT) -> list[PageText]:
    return [read_page(site, source) for source in nav_sources(project)]
