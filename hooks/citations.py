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
from mkdocs_bibtex.citation import InlineReference

from report_edition.citation.bibliography import BibliographyError
from report_edition.citation.citations import (
    check_citations,
    expand_reference_list,
    mask_code,
    replace_citations,
)


@event_priority(-10)  # after mkdocs-bibtex has set up its registry (at 0)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    build = build_of(config)
    registry = config.plugins["bibtex"].registry
    references = [InlineReference(key=key) for key in build.edition.bibliography]
    registry.validate_inline_references(references)
    build.record.formatted_works.update({reference.key: registry.reference_text(reference) for reference in references})
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Stop at the first citation of a key the bibliography lacks, naming the page and the line."""
    edition = build_of(config).edition
    docs = Path(config.docs_dir).name
    for file in files.documentation_pages():
        try:
            check_citations(file.content_string, edition.bibliography, f"{docs}/{file.src_uri}", edition.bib_file)
        except BibliographyError as error:
            raise PluginError(str(error)) from None
    return files


@event_priority(100)  # before mkdocs-bibtex, which would otherwise run pandoc for this page
def on_page_markdown(markdown: str, config: MkDocsConfig, **kwargs) -> str:
    build = build_of(config)
    # Code is never read for citations, here or by mkdocs-bibtex: its "@" stays masked until notes.py.
    markdown = expand_reference_list(mask_code(markdown), build.edition.bibliography)
    return replace_citations(markdown, build.record.formatted_works)
