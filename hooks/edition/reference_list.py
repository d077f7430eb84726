"""The References page's list: one mkdocs-bibtex citation per bibliography entry."""

from __future__ import annotations

from collections.abc import Iterable

from edition.commands import replace_command

REFERENCE_LIST_COMMAND = "\\reference_list"


def reference_list_markdown(keys: Iterable[str]) -> str:
    """A Markdown list that cites every key in turn, each item anchored as ``ref-<key>``."""
    return "\n".join(f"- @{key}.\n  {{: #ref-{key} }}" for key in keys)


def expand_reference_list(markdown: str, keys: Iterable[str]) -> str:
    """Replace the command, on a line of its own, with the list of references."""
    if REFERENCE_LIST_COMMAND not in markdown:
        return markdown
    return replace_command(markdown, REFERENCE_LIST_COMMAND, reference_list_markdown(keys))
