"""The report as a tagged A4 PDF: the book's parts in one document, with the single file's print styles.

The parts go through the single file's own combination (ids prefixed by page, links
inside the document), styled by includes/single-file.css and, after it, includes/pdf.css
(running heads from ``string-set``, page numbers, paragraph numbers in the margin). WeasyPrint
lays it out with tags (a structure tree) and bookmarks from the headings; then
exports/pdf_tags.py finishes the tags (notes, running heads, link labels) and fixes the dates,
so that the same input gives the same bytes.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from html import escape
from pathlib import Path

from report_edition.exports.book import BookMetadata, Part
from report_edition.exports.single_file import combine
from report_edition.html import classes, new_element, parse_document, serialize_document

# single-file.css's screen-only rules (@media (hover: hover), (prefers-color-scheme: dark)):
# WeasyPrint reads print media only and says it skips them; nothing of the PDF depends on them.
SKIPPED_SCREEN_RULES = ("Expected a media type", "Invalid media type")


def _meta(name: str, content: str) -> str:
    return f'<meta name="{escape(name)}" content="{escape(content)}">\n'


def print_document(parts: list[Part], metadata: BookMetadata, css: str) -> str:
    """One HTML document of every part, as WeasyPrint will lay it out."""
    date = metadata.modified_iso
    head = "".join(_meta("author", author) for author in metadata.authors)
    head += _meta("dcterms.created", date) + _meta("dcterms.modified", date)
    html = combine([part.page for part in parts], title=metadata.title, css=css, online_url=metadata.online_url, head=head)
    document = parse_document(html)
    document.set("lang", metadata.language)
    document.find("body").set("data-short-title", metadata.short_title)  # the running head, by string-set
    for number in document.iter("a"):
        if "para-num" in classes(number):  # on paper, a number; a link to where the reader already is helps no one
            span = new_element("span", {"class": "para-num"}, number.text)
            span.tail = " " + (number.tail or "")
            number.getparent().replace(number, span)
    for item in document.xpath("//div[contains(concat(' ', @class, ' '), ' footnote ')]/ol/li"):
        note = new_element("article", {"class": "note"})  # tagged /Art by WeasyPrint, then /Note (pdf_tags)
        note.extend(list(item))
        note.text, item.text = item.text, None
        item.append(note)
    return serialize_document(document)


@contextmanager
def _weasyprint_warnings() -> Iterator[list[str]]:
    """WeasyPrint's warnings, kept from the terminal and handed back (less the skipped screen rules)."""
    messages: list[str] = []
    logger = logging.getLogger("weasyprint")

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            message = record.getMessage()
            if record.levelno >= logging.WARNING and not message.startswith(SKIPPED_SCREEN_RULES):
                messages.append(message)

    handler, propagate = Keep(), logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield messages
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def write_pdf(parts: list[Part], metadata: BookMetadata, css: str, destination: Path) -> list[str]:
    """Lay out, tag and write the PDF; returns WeasyPrint's warnings, if it had any."""
    from weasyprint import HTML  # only the export needs it, and it is slow to import

    from report_edition.exports.pdf_tags import finish

    document = print_document(parts, metadata, css)
    destination.parent.mkdir(parents=True, exist_ok=True)
    with _weasyprint_warnings() as warnings:
        pdf = HTML(string=document).write_pdf(pdf_tags=True, pdf_identifier=metadata.title.encode("utf-8"))
    destination.write_bytes(finish(pdf, document, metadata))
    return warnings
