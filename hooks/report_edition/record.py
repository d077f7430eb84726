"""What the pages tell the build as they render: filled page by page, read by the generated pages and exports.

MkDocs renders every page of the report before the generated pages (they are added to
the build last), so the Charter, UN Documents and Cases pages see the whole record.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from report_edition.citation.forms import Part
from report_edition.citation.works import Section
from report_edition.context import Edition
from report_edition.exports.single_file import ExportPage
from report_edition.generated.places import Place
from report_edition.linking.index import ReferenceIndex


@dataclass
class BuildRecord:
    formatted_works: dict[str, str] = field(default_factory=dict)  # bib key -> the work as the notes print it
    page_order: list[str] = field(default_factory=list)  # source files in the navigation's order
    references: ReferenceIndex = field(default_factory=ReferenceIndex)  # what each place cites
    paragraphs: list[tuple[Place, str]] = field(default_factory=list)  # every numbered paragraph, with its text
    anchors: dict[str, list[str]] = field(default_factory=dict)  # page URL -> the ids in its content
    export_pages: list[ExportPage] = field(default_factory=list)  # each page's content, for the single file
    url_order: list[str] = field(default_factory=list)  # page URLs in the navigation's order
    titles: dict[str, str] = field(default_factory=dict)  # source file -> the page's title in the navigation
    notes_citing: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # bib key -> (source, note label)
    sections: dict[str, Section] = field(default_factory=dict)  # source -> the report's section (title, online address)
    citation_forms: dict[str, dict[str, list[Part]]] = field(default_factory=dict)  # source -> the Cite panel's forms
    numbered_sections: list[Section] = field(default_factory=list)  # the pages whose paragraphs are numbered


@dataclass(frozen=True)
class Build:
    """One build: the edition it reads (never changed) and the record its pages fill."""

    edition: Edition
    record: BuildRecord = field(default_factory=BuildRecord)
