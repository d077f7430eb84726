"""Guard mkdocs-bibtex, and have it format every work once per build rather than once per page.

mkdocs-bibtex crashes on a malformed bib file and only warns about an unknown key; the
checks here fail first, with one line naming the file, the line and the key. It also
runs pandoc again on every page that cites something: here its registry formats every
entry in one pandoc run, and the citations are replaced from that before it sees them.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs_bibtex.citation import INLINE_REFERENCE_REGEX, InlineReference

from edition.bibliography import BibliographyError, Entry, check_citations, load_bibliography, mask_code
from edition.reference_list import expand_reference_list

_bibliography: dict[str, Entry] = {}
_formatted: dict[str, str] = {}


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
    """Fail on a citation of an unknown key; then format every entry in one pandoc run."""
    bib_file = config.plugins["bibtex"].config.bib_file
    docs = Path(config.docs_dir).name
    for file in files.documentation_pages():
        try:
            check_citations(file.content_string, _bibliography, f"{docs}/{file.src_uri}", bib_file)
        except BibliographyError as error:
            raise PluginError(str(error)) from None
    registry = config.plugins["bibtex"].registry  # set up by mkdocs-bibtex's on_config
    references = [InlineReference(key=key) for key in _bibliography]
    registry.validate_inline_references(references)
    _formatted.clear()
    _formatted.update({reference.key: registry.reference_text(reference) for reference in references})
    return files


@event_priority(100)  # before mkdocs-bibtex, which would otherwise run pandoc for this page
def on_page_markdown(markdown: str, **kwargs) -> str:
    # Code is never read for citations, here or by mkdocs-bibtex: its "@" stays masked until notes.py.
    markdown = expand_reference_list(mask_code(markdown), _bibliography)
    return INLINE_REFERENCE_REGEX.sub(lambda match: _formatted[match.group("key")], markdown)
