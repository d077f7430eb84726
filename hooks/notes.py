"""The report's notes: numbered as printed, with mkdocs-bibtex's pandoc Markdown made plain."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from edition.note_numbers import NoteNumbersExtension
from edition.bibliography import unmask_code
from edition.pandoc_markdown import unwrap_nocase_spans


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    config.markdown_extensions.append(NoteNumbersExtension())
    return config


@event_priority(-100)  # after the formatted works are in: from citations.py, or from mkdocs-bibtex for [@key]
def on_page_markdown(markdown: str, **kwargs) -> str:
    return unwrap_nocase_spans(unmask_code(markdown))
