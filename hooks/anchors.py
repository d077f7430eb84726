"""Write anchors.json: every page of the site, every anchor in its content, and the redirects."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from edition.anchors import anchors_json, redirect_urls
from edition.html_ids import ids_in

_pages: dict[str, list[str]] = {}


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    _pages.clear()
    return config


@event_priority(50)  # before other hooks add non-anchor ids (the Cite buttons' data) to the content
def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    _pages[page.url] = ids_in(html)
    return html


def on_post_build(config: MkDocsConfig) -> None:
    redirects = config.plugins["redirects"].config["redirect_maps"] if "redirects" in config.plugins else {}
    document = anchors_json(_pages, redirect_urls(redirects, config.use_directory_urls))
    Path(config.site_dir, "anchors.json").write_text(document, encoding="utf-8")
