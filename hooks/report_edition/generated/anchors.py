"""The anchors a reader can link to, and which released ones have gone.

``anchors.json`` lists, for every page URL, the ids in its content, and the redirects
from old page URLs to new ones. A committed manifest of released anchors (page URL:
ids) says what links in syllabi and course pages may point to; every one must still
resolve: on its page, or on the page a redirect now sends it to.
"""

from __future__ import annotations

import json
from collections.abc import Mapping


def manifest(pages: Mapping[str, list[str]]) -> str:
    """Pages in URL order, each page's ids in document order, once each."""
    ordered = {url: list(dict.fromkeys(ids)) for url, ids in sorted(pages.items())}
    return json.dumps(ordered, ensure_ascii=False, indent=1) + "\n"


def anchors_json(pages: Mapping[str, list[str]], redirects: Mapping[str, str]) -> str:
    """anchors.json: {"pages": the manifest of every page, "redirects": old URL -> new URL}."""
    document = {"pages": json.loads(manifest(pages)), "redirects": dict(sorted(redirects.items()))}
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def page_url(source: str, use_directory_urls: bool = True) -> str:
    """The URL MkDocs gives a Markdown file: "taking-stock.md" -> "taking-stock/", "index.md" -> ""."""
    stem = source.removesuffix(".md")
    if not use_directory_urls:
        return stem + ".html"
    if stem == "index" or stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


def redirect_urls(redirect_maps: Mapping[str, str], use_directory_urls: bool = True) -> dict[str, str]:
    """mkdocs-redirects' map (old.md: new.md) as URLs; a redirect to another site is left out."""
    return {
        page_url(old, use_directory_urls): page_url(new.split("#")[0], use_directory_urls)
        for old, new in redirect_maps.items()
        if new.split("#")[0].endswith(".md")
    }


def missing_anchors(
    released: Mapping[str, list[str]], current: Mapping[str, list[str]], redirects: Mapping[str, str] | None = None
) -> list[str]:
    """Released ``page#anchor`` links that no longer resolve, following redirects (old URL -> new URL)."""
    redirects = redirects or {}
    missing = []
    for url, anchors in released.items():
        target = url if url in current else redirects.get(url)
        present = set(current.get(target, [])) if target is not None else set()
        missing += [f"{url}#{anchor}" for anchor in anchors if anchor not in present]
    return missing
