"""Link every Charter article and chapter and every UN document symbol, and index them.

The linking itself is edition.reference_linker, a Markdown treeprocessor; this adapter
gives it each page's targets, collects what it linked, and fills the two generated
reference pages, which MkDocs renders after every other page.
"""

from __future__ import annotations

import json
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from edition.bibliography import load_bibliography
from edition.reference_linker import LinkResult, LinkTargets, ReferenceFinder, ReferenceLinksExtension
from edition.places import GENERATED_FRONT_MATTER, relative_path
from edition.reference_pages import ReferenceIndex, charter_page, charter_titles, documents_page
from edition.un_documents import documents_by_symbol
from edition.un_symbols import UNDOCS_BASE, load_series

log = get_plugin_logger("un_references")

CHARTER_PAGE = "charter.md"
DOCUMENTS_PAGE = "un-documents.md"
_index = ReferenceIndex()
_state: dict = {}


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    root = Path(config.config_file_path).parent
    finder = ReferenceFinder(load_series(root / "data" / "un-document-series.txt"))
    bib_file = config.plugins["bibtex"].config.bib_file
    documents = documents_by_symbol(load_bibliography(root / bib_file, bib_file), finder.symbols)
    undocs_base = config.extra.get("undocs_base", UNDOCS_BASE)
    chapters = json.loads((root / "data" / "charter_chapters.json").read_text(encoding="utf-8"))["chapters"]
    targets = LinkTargets(
        charter_href=lambda anchor: f"{CHARTER_PAGE}#{anchor}",  # set for each page by on_page_markdown
        undocs_base=undocs_base,
        symbol_titles={symbol: info.title for symbol, info in documents.items()},
        charter_titles=charter_titles(chapters),
    )
    extension = ReferenceLinksExtension(finder, targets)
    config.markdown_extensions.append(extension)
    _state.update(
        extension=extension,
        documents=documents,
        undocs_base=undocs_base,
        articles=json.loads((root / "data" / "charter_articles.json").read_text(encoding="utf-8")),
        chapters=chapters,
    )
    _index.clear()
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    # Added last, so MkDocs renders them after every page that cites something.
    for name, title in ((CHARTER_PAGE, "Charter of the United Nations"), (DOCUMENTS_PAGE, "UN Documents")):
        files.append(File.generated(config, name, content=f"{GENERATED_FRONT_MATTER}# {title}\n"))
    return files


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    _index.page_order = [page.file.src_uri for page in nav.pages]
    return nav


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    extension: ReferenceLinksExtension = _state["extension"]
    extension.result = LinkResult()
    extension.enabled = page.meta.get("reference_links", True) is not False
    source = page.file.src_uri
    charter = relative_path(CHARTER_PAGE, source)
    extension.targets.charter_href = lambda anchor: f"{charter}#{anchor}"
    if source == CHARTER_PAGE:
        return charter_page(_index, _state["articles"], _state["chapters"], page=source)
    if source == DOCUMENTS_PAGE:
        return documents_page(_index, _state["documents"], _state["undocs_base"], page=source)
    return markdown


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    result: LinkResult = _state["extension"].result
    for problem in result.problems:
        log.warning(f"{Path(config.docs_dir).name}/{page.file.src_uri}: {problem}")
    _index.add(page.file.src_uri, page.title or page.file.src_uri, result.found)
    return html
