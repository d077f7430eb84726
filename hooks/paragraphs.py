"""Number the paragraphs of every page whose front matter does not say ``paragraph_numbers: false``."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from edition.paragraph_numbers import ParagraphNumbersExtension

_numbering = ParagraphNumbersExtension()


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    config.markdown_extensions.append(_numbering)
    return config


def on_page_markdown(markdown: str, page: Page, **kwargs) -> str:
    _numbering.enabled = page.meta.get("paragraph_numbers", True) is not False
    return markdown
