"""Check every citation before a page is rendered, and format every work once per build.

mkdocs-bibtex formats citations with pandoc, but page by page; here its registry formats
every entry of references.bib in one pandoc run, and each ``@key`` is replaced from that
before mkdocs-bibtex reads the page. It still formats a bracketed ``[@key]`` itself.
"""

from __future__ import annotations

from pathlib import Path

from _build import build_of
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs_bibtex.citation import InlineReference

from report_edition.citation.bibliography import BibliographyError
from report_edition.citation.citations import (
    REFERENCE_LIST_COMMAND,
    check_citations,
    expand_reference_list,
    keys_by_note,
    mask_code,
    reference_list,
    replace_citations,
)
from report_edition.citation.works import REPORT_KEY


@event_priority(-10)  # after mkdocs-bibtex has set up its registry (at 0)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    build = build_of(config)
    registry = config.plugins["bibtex"].registry
    references = [InlineReference(key=key) for key in build.edition.bibliography]
    registry.validate_inline_references(references)
    build.record.formatted_works.update({reference.key: registry.reference_text(reference) for reference in references})
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Stop at the first citation of a key the bibliography lacks, naming the page and the line;
    note which works each note cites, for the References page."""
    build = build_of(config)
    docs = Path(config.docs_dir).name
    for file in files.documentation_pages():
        try:
            check_citations(file.content_string, build.edition.bibliography, f"{docs}/{file.src_uri}", build.edition.bib_file)
        except BibliographyError as error:
            raise PluginError(str(error)) from None
        for label, key in keys_by_note(file.content_string):
            build.record.notes_citing.setdefault(key, []).append((file.src_uri, label))
    return files


@event_priority(100)  # before mkdocs-bibtex, which would otherwise run pandoc for this page
def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, **kwargs) -> str:
    build = build_of(config)
    # Code is never read for citations, here or by mkdocs-bibtex: its "@" stays masked until notes.py.
    markdown = mask_code(markdown)
    if REFERENCE_LIST_COMMAND in markdown:
        record = build.record
        keys, cited = reference_list(build.edition.bibliography, REPORT_KEY, record.notes_citing, record.titles,
                                     record.page_order, page.file.src_uri)
        markdown = expand_reference_list(markdown, keys, cited)
    return replace_citations(markdown, build.record.formatted_works)
