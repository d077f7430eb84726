"""Guard mkdocs-bibtex: check references.bib and every citation before it formats them."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files

from edition.bibliography import BibliographyError, Entry, check_citations, load_bibliography
from edition.reference_list import expand_reference_list

_bibliography: dict[str, Entry] = {}


@event_priority(100)  # before mkdocs-bibtex parses the file, which crashes on bad input
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    bib_file = config.plugins["bibtex"].config.bib_file
    try:
        entries = load_bibliography(Path(config.config_file_path).parent / bib_file, display_name=bib_file)
    except BibliographyError as error:
        raise PluginError(str(error)) from None
    _bibliography.clear()
    _bibliography.update(entries)
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Fail on a citation of an unknown key, which mkdocs-bibtex would leave unformatted."""
    bib_file = config.plugins["bibtex"].config.bib_file
    docs = Path(config.docs_dir).name
    for file in files.documentation_pages():
        try:
            check_citations(file.content_string, _bibliography, f"{docs}/{file.src_uri}", bib_file)
        except BibliographyError as error:
            raise PluginError(str(error)) from None
    return files


@event_priority(100)  # before mkdocs-bibtex turns the citations into formatted works
def on_page_markdown(markdown: str, **kwargs) -> str:
    return expand_reference_list(markdown, _bibliography)
