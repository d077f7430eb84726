"""Queries through Material's search box in Chromium, and how well the results answer them.

The query set (tests/fixtures/search-queries.yml) names, for each query, the passages that
answer it (``taking-stock/#p8``). A result list is read as a reader sees it: the passage
links in the order shown, without the page headings that group them and without the
passages folded under "N more on this page"; the first of them is rank 1.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import yaml
from playwright.sync_api import Page

QUERIES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "search-queries.yml"

# Watches Material's results list: resolves once it has changed and then stayed still for
# `quiet` ms (Material clears and fills the list for every answer), or after `limit` ms.
_WATCH = """([quiet, limit]) => { window.__searchSettled = new Promise(resolve => {
  const list = document.querySelector(".md-search-result");
  let timer = null;
  const stop = setTimeout(done, limit);
  const observer = new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(done, quiet); });
  observer.observe(list, { childList: true, subtree: true, characterData: true });
  function done() { observer.disconnect(); clearTimeout(timer); clearTimeout(stop); resolve(); }
}); }"""

# The passage links a reader sees, in order: not a page's heading, not folded away.
_SHOWN = """() => Array.from(document.querySelectorAll(".md-search-result__list a.md-search-result__link"))
  .filter(a => !a.closest("details:not([open])") && new URL(a.href).hash)
  .map(a => ({ href: a.href, title: a.querySelector("h1, h2")?.innerText ?? "",
               snippet: Array.from(a.querySelector("article").childNodes)
                 .filter(node => !(node.nodeType === 1 && /^H[12]$|^NAV$/.test(node.tagName)))
                 .map(node => node.textContent).join("").trim() }))"""


@dataclass(frozen=True)
class Query:
    query: str
    answers: tuple[str, ...]  # passages, best first: "taking-stock/#p8"


@dataclass(frozen=True)
class Shown:
    passage: str  # "taking-stock/#p8"
    href: str
    title: str
    snippet: str


def load_queries(path: Path = QUERIES) -> list[Query]:
    return [Query(entry["query"], tuple(entry["answers"])) for entry in yaml.safe_load(path.read_text(encoding="utf-8"))]


def passage_of(href: str, site_root: str) -> str:
    """A result link as the query set names passages: "http://host/taking-stock/?h=x#p8" -> "taking-stock/#p8",
    "file:///.../taking-stock.html#p8" -> "taking-stock/#p8", the home page -> "index/#home"."""
    parts = urlsplit(href)
    path = unquote(parts.path)[len(unquote(urlsplit(site_root).path)):]
    path = path.removesuffix("index.html").removesuffix(".html")
    path = path if not path or path.endswith("/") else path + "/"
    return f"{path or 'index/'}#{unquote(parts.fragment)}"


def open_search(page: Page) -> None:
    """Opens the search box on the page that is loaded, and waits for the index."""
    page.locator(".md-search__input").click()
    page.wait_for_function(
        "() => !/Initializing/.test(document.querySelector('.md-search-result__meta')?.textContent || '')", timeout=20_000
    )


def search(page: Page, query: str, site_root: str) -> list[Shown]:
    """Puts the query in the open search box, presses a key (Material reads the box on key events) and reads the results."""
    box = page.locator(".md-search__input")
    box.fill(query)
    page.evaluate(_WATCH, [200, 5_000])
    box.press("End")
    page.evaluate("() => window.__searchSettled")
    return [Shown(passage_of(link["href"], site_root), link["href"], link["title"], link["snippet"])
            for link in page.evaluate(_SHOWN)]


@dataclass(frozen=True)
class Quality:
    top1: float
    top3: float
    mrr: float
    ranks: dict[str, int | None]  # each query's rank of its first answer (None: not among the results)

    def failures(self, within: int = 1) -> list[tuple[str, int | None]]:
        return [(query, rank) for query, rank in self.ranks.items() if rank is None or rank > within]


def rank_of(shown: list[str], answers: tuple[str, ...]) -> int | None:
    return next((position for position, passage in enumerate(shown, 1) if passage in answers), None)


def quality(results: dict[str, list[str]], queries: list[Query]) -> Quality:
    """Top-1 and top-3 hit rates and mean reciprocal rank of the results for the query set."""
    ranks = {query.query: rank_of(results[query.query], query.answers) for query in queries}
    count = len(queries)
    return Quality(
        top1=sum(rank == 1 for rank in ranks.values()) / count,
        top3=sum(rank is not None and rank <= 3 for rank in ranks.values()) / count,
        mrr=sum(1 / rank for rank in ranks.values() if rank) / count,
        ranks=ranks,
    )


def run_queries(page: Page, queries: list[Query], site_root: str) -> dict[str, list[Shown]]:
    """Every query through the search box of the page that is loaded."""
    open_search(page)
    return {query.query: search(page, query.query, site_root) for query in queries}
