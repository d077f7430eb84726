"""Repairs to Material's page template, so that every page is valid HTML.

Material 9.8.2 writes ``autocomplete="off"`` on its checkbox toggles (only text-like
inputs may carry it) and ``tabindex=""`` on the labels of navigation sections (an empty
tabindex is not a number). Both are removed from the finished page; nothing else changes.
"""

from __future__ import annotations

import re

_CHECKBOX_RE = re.compile(r"<input\b[^>]*\btype=\"checkbox\"[^>]*>")
_AUTOCOMPLETE_RE = re.compile(r"\s+autocomplete=\"[^\"]*\"")
_LABEL_RE = re.compile(r"<label\b[^>]*>")
_EMPTY_TABINDEX_RE = re.compile(r"\s+tabindex=\"\"")


def fix_material_markup(html: str) -> str:
    html = _CHECKBOX_RE.sub(lambda tag: _AUTOCOMPLETE_RE.sub("", tag.group(0)), html)
    return _LABEL_RE.sub(lambda tag: _EMPTY_TABINDEX_RE.sub("", tag.group(0)), html)
