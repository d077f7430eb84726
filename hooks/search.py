"""Search that lands on the passage: an index entry per paragraph, note, article, document,
case and term (report_edition/search), answered by the edition's worker in Material's search box.

Material's search plugin still writes search/search_index.json (and, offline, Material's
offline plugin turns it into search/search_index.js); this hook gives it the entries, adds
the worker to the site and points Material's configuration at it.
"""

from __future__ import annotations

from pathlib import Path

from _build import build_of
from material.plugins.search.plugin import SearchIndex
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from report_edition.errors import EditionError
from report_edition.search.index import OtherName, other_names, page_entries
from report_edition.search.material import SearchConfigError, with_search_worker
from report_edition.search.passages import page_passages
from report_edition.search.synonyms import load_synonyms

SYNONYMS_FILE = "data/search-synonyms.yml"
WORKER_SOURCE = Path(__file__).parent / "report_edition" / "search" / "worker.js"
WORKER = "assets/search-worker.js"  # where the site serves it


class PassageIndex(SearchIndex):
    """Material's search index, its entries made passage by passage."""

    def __init__(self, names: list[OtherName], **config) -> None:
        super().__init__(**config)
        self.names = names

    def add_entry_from_context(self, page: Page) -> None:
        search = page.meta.get("search") or {}
        if search.get("exclude"):
            return
        title = page.title or page.file.src_uri
        self.entries.extend(page_entries(page.url, page_passages(page.content or "", title), self.names, search.get("boost", 1)))


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    plugin = config.plugins.get("material/search") or config.plugins.get("search")
    if plugin is None or not plugin.config.enabled:
        raise PluginError("hooks/search.py needs Material's search plugin (plugins: - search in mkdocs.yml)")
    edition = build_of(config).edition
    try:
        synonyms = load_synonyms(edition.root / SYNONYMS_FILE, SYNONYMS_FILE)
    except EditionError as error:
        raise PluginError(str(error)) from None
    plugin.search_index = PassageIndex(other_names(edition.abbreviations, synonyms), **plugin.config)
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    files.append(File.generated(config, WORKER, abs_src_path=str(WORKER_SOURCE)))
    return files


@event_priority(60)  # before hooks/theme.py checks and repairs the page, and before minify
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return _with_worker(output, page.file.src_uri)


@event_priority(60)
def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    """The theme's own pages (404.html)."""
    return _with_worker(output_content, template_name) if template_name.endswith(".html") else output_content


def _with_worker(html: str, where: str) -> str:
    try:
        return with_search_worker(html, WORKER, where)
    except SearchConfigError as error:
        raise PluginError(str(error)) from None
