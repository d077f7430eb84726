"""The search index against the text it indexes: the text of every page's content."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup

from bench.rows import Row, table
from edition_harness.project import PROJECT

TARGET = 1.5


def measure(site: Path = PROJECT / "site") -> list[Row]:
    text = 0
    for page in site.rglob("*.html"):
        if "downloads" in page.parts or page.name == "404.html":
            continue
        article = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select_one("article")
        text += len(" ".join(article.get_text(" ").split()).encode("utf-8")) if article else 0
    index = (site / "search" / "search_index.json").stat().st_size
    return [
        Row("text of the pages", f"{text / 1000:.0f} KB"),
        Row("search index / text", f"{index / 1000:.0f} KB / {text / 1000:.0f} KB = {index / text:.2f}",
            f"at most {TARGET}", index / text <= TARGET),
    ]


if __name__ == "__main__":
    print(table(measure()))
