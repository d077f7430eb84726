"""Number each note by its own label, as the printed report does.

Python-Markdown numbers footnotes 1, 2, 3 on every page. The report numbers its ten
notes across the whole text, so the fifth note, on the third page, is "5". Where a
footnote's label is a number (``[^5]``), this Markdown extension shows that number on
the marker, in the list of notes and in the back link's title.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from edition.tree_steps import TreeStep

FOOTNOTE_ID_PREFIX = "fn:"
BACKLINK_TITLE = "Jump back to footnote {} in the text"


def _label(element_id: str | None, prefix: str) -> str | None:
    if element_id and element_id.startswith(prefix) and element_id[len(prefix):].isdigit():
        return element_id[len(prefix):]
    return None


def renumber_notes(root: etree.Element) -> None:
    """Give markers and notes with numeric labels the label as their number."""
    for link in root.iter("a"):
        classes = link.get("class", "").split()
        if "footnote-ref" in classes:
            label = _label(link.get("href", "").lstrip("#"), FOOTNOTE_ID_PREFIX)
            if label:
                link.text = label
        elif "footnote-backref" in classes:
            label = _label(link.get("href", "").lstrip("#"), "fnref:")
            if label:
                link.set("title", BACKLINK_TITLE.format(label))
    for item in root.iter("li"):
        label = _label(item.get("id"), FOOTNOTE_ID_PREFIX)
        if label:
            item.set("value", label)


class NoteNumbersExtension(TreeStep):
    def __init__(self) -> None:
        # After the footnotes extension has built the markers (inline, 20) and
        # the list of notes with its back links (footnote-duplicate, 15).
        super().__init__("note_numbers", 10, renumber_notes)

