"""The Cases page: every country and conflict of data/cases.yml with the paragraphs about it."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from edition.cases import Case, CasesError, cases_page, load_cases
from edition.html_ids import texts_by_id
from edition.paragraph_numbers import NOT_TEXT_CLASSES, NUMBERED_TAGS
from edition.places import Place, generated_front_matter, is_place

CASES_DATA = "data/cases.yml"
CASES_PAGE = "cases.md"
_cases: list[Case] = []
_paragraphs: list[tuple[Place, str]] = []
_page_order: list[str] = []


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    try:
        found = load_cases(Path(config.config_file_path).parent / CASES_DATA, display_name=CASES_DATA)
    except (OSError, CasesError) as error:
        raise PluginError(str(error)) from None
    _cases[:] = found
    _paragraphs.clear()
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    # Appended after every page it lists (this hook comes after the others in mkdocs.yml), so
    # MkDocs renders it last; out of the search index, which has every excerpt on its own page.
    files.append(File.generated(config, CASES_PAGE, content=f"{generated_front_matter(searchable=False)}# Cases\n"))
    return files


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    _page_order[:] = [page.file.src_uri for page in nav.pages]
    return nav


def on_page_markdown(markdown: str, page: Page, **kwargs) -> str:
    return cases_page(_cases, _paragraphs, _page_order, page=CASES_PAGE) if page.file.src_uri == CASES_PAGE else markdown


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    texts = texts_by_id(html, NUMBERED_TAGS, NOT_TEXT_CLASSES)
    _paragraphs.extend(
        (Place(page.file.src_uri, page.title, anchor), text) for anchor, text in texts.items() if is_place(anchor)
    )
    return html
