"""Number each note by its own label, as the printed report does.

Python-Markdown numbers footnotes 1, 2, 3 on every page. The report numbers its ten
notes across the whole text, so the fifth note, on the third page, is "5". Where a
footnote's label is a number (``[^5]``), its marker, its place in the list of notes and
its back link's title show that number.
"""

from __future__ import annotations

from report_edition.html import Element, classes, set_attribute

FOOTNOTE_ID_PREFIX = "fn:"
BACKLINK_TITLE = "Jump back to footnote {} in the text"


def _label(element_id: str | None, prefix: str) -> str | None:
    if element_id and element_id.startswith(prefix) and element_id[len(prefix):].isdigit():
        return element_id[len(prefix):]
    return None


def renumber_notes(container: Element) -> None:
    """Give markers and notes with numeric labels the label as their number."""
    for link in container.iter("a"):
        if "footnote-ref" in classes(link):
            label = _label(link.get("href", "").lstrip("#"), FOOTNOTE_ID_PREFIX)
            if label:
                link.text = label
        elif "footnote-backref" in classes(link):
            label = _label(link.get("href", "").lstrip("#"), "fnref:")
            if label:
                link.set("title", BACKLINK_TITLE.format(label))
    for item in container.iter("li"):
        label = _label(item.get("id"), FOOTNOTE_ID_PREFIX)
        if label:
            set_attribute(item, "value", label)
