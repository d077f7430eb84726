"""Citation metadata on every page, the page's citation for the Cite buttons, and citation files.

The report's own entry in references.bib is the one source: Google Scholar and Zotero
tags, OpenGraph, schema.org JSON-LD on the home page, the BibTeX, RIS and CSL-JSON
downloads, and the citation the Cite buttons copy.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from edition.bibliography import BibliographyError, load_bibliography
from edition.citation_formats import Work, bibtex, chicago_citation, cite_paragraph, csl_json, report_work, ris
from edition.html_ids import text_of_element
from edition.paragraph_numbers import NOT_TEXT_CLASSES
from edition.page_metadata import add_to_head, open_graph_tags, report_json_ld, scholar_tags
from edition.sentences import sentences

CITATION_FILES = {"cite/istanbul-retreat-2011.bib": bibtex, "cite/istanbul-retreat-2011.ris": ris,
                  "cite/istanbul-retreat-2011.json": csl_json}
_state: dict = {}


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    bib_file = config.plugins["bibtex"].config.bib_file
    entries = load_bibliography(Path(config.config_file_path).parent / bib_file, bib_file)
    try:
        _state["work"] = report_work(entries, bib_file, url=config.site_url or "")
    except BibliographyError as error:
        raise PluginError(str(error)) from None
    _state["citation"] = chicago_citation(_state["work"])
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    work: Work = _state["work"]
    for name, render in CITATION_FILES.items():
        files.append(File.generated(config, name, content=render(work)))
    return files


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    # A description for previews and search engines: the page's first sentence.
    first = text_of_element(html, "p1", frozenset({"p"}), NOT_TEXT_CLASSES)
    if first and "description" not in page.meta:
        page.meta["description"] = sentences(first)[0][:300]
    # What the Cite buttons copy ({n}: the paragraph, {url}: its link); inside the content, so
    # that Material's instant navigation swaps it with the page. Not a JSON <script>: instant
    # navigation re-runs the content's scripts without their type, and JSON is not JavaScript.
    paragraph = cite_paragraph(_state["citation"], page.title, "{n}", "{url}")
    return (f'<div id="edition-cite" hidden data-paragraph="{escape(paragraph)}"'
            f' data-url="{escape(page.canonical_url or "")}"></div>\n{html}')


@event_priority(50)  # before the minify plugin rewrites the page
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    work: Work = _state["work"]
    title = work.title if page.is_homepage else f"{page.title} — {config.site_name}"
    description = page.meta.get("description") or config.site_description or ""
    elements = scholar_tags(work, page.title or work.title, page.canonical_url or "")
    elements += open_graph_tags(title, description, page.canonical_url or "", config.site_name, page.is_homepage)
    if page.is_homepage:
        elements.append(report_json_ld(work, config.site_description or ""))
    return add_to_head(output, elements)
