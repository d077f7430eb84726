"""The notes as mkdocs-bibtex leaves them, made plain Markdown: code unmasked, pandoc's spans unwrapped."""

from __future__ import annotations

from mkdocs.plugins import event_priority

from report_edition.citation.citations import unmask_code, unwrap_nocase_spans


@event_priority(-100)  # after the formatted works are in: from citations.py, or from mkdocs-bibtex for [@key]
def on_page_markdown(markdown: str, **kwargs) -> str:
    return unwrap_nocase_spans(unmask_code(markdown))
