"""Repairs to Material's page template, so that every page is valid and accessible HTML.

Material 9.8.2 writes ``autocomplete="off"`` on its checkbox toggles (only text-like
inputs may carry it) and ``tabindex=""`` on the labels of navigation sections (an empty
tabindex is not a number); both are removed. Its search dialog has no accessible name;
it is given one. Nothing else changes.
"""

from __future__ import annotations

import re

_CHECKBOX_RE = re.compile(r"<input\b[^>]*\btype=\"checkbox\"[^>]*>")
_AUTOCOMPLETE_RE = re.compile(r"\s+autocomplete=\"[^\"]*\"")
_LABEL_RE = re.compile(r"<label\b[^>]*>")
_EMPTY_TABINDEX_RE = re.compile(r"\s+tabindex=\"\"")


_SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'


def fix_material_markup(html: str) -> str:
    html = _CHECKBOX_RE.sub(lambda tag: _AUTOCOMPLETE_RE.sub("", tag.group(0)), html)
    html = _LABEL_RE.sub(lambda tag: _EMPTY_TABINDEX_RE.sub("", tag.group(0)), html)
    return html.replace(_SEARCH_DIALOG, _SEARCH_DIALOG[:-1] + ' aria-label="Search">')
