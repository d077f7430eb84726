"""A page's content as the page pass gets it: Markdown rendered by Python-Markdown, parsed by lxml."""

from __future__ import annotations

import markdown

from report_edition.html import Element, parse_fragment


def rendered(text: str, *extensions: str) -> Element:
    return parse_fragment(markdown.markdown(text, extensions=list(extensions)))
