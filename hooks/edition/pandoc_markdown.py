"""Turn the pandoc Markdown that mkdocs-bibtex inserts into Python-Markdown.

pandoc marks a title whose capitals are protected in the bib file (``{{...}}``) as a
bracketed span, ``[Charter of the United Nations]{.nocase}``. Python-Markdown has no
such spans and would print the brackets and the class, so the span is unwrapped.
(pandoc also writes an en dash as ``--``; the ``smarty`` extension, with dashes only,
turns it back.)
"""

from __future__ import annotations

import re

_NOCASE_SPAN_RE = re.compile(r"\[([^\[\]]*)\]\{\.nocase\}")


def unwrap_nocase_spans(markdown: str) -> str:
    """``[text]{.nocase}`` becomes ``text``; everything else is left as it is."""
    return _NOCASE_SPAN_RE.sub(r"\1", markdown)
