"""The pages made at build time, what each is made of, and the Glossary page's own Markdown.

Each is added to the build as a stub (its front matter and title) after the report's
pages, so MkDocs renders it last, when the record holds what every page cites; its
Markdown is made then.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from report_edition.generated.cases import cases_page
from report_edition.generated.charter_page import charter_page
from report_edition.generated.documents_page import documents_page
from report_edition.generated.places import generated_front_matter
from report_edition.text.words import slug

if TYPE_CHECKING:
    from report_edition.context import Edition
    from report_edition.record import BuildRecord


@dataclass(frozen=True)
class GeneratedPage:
    source: str  # its file name among the pages, "charter.md"
    title: str
    search_boost: float = 1.0  # below 1 for a page that repeats what other pages say
    linked: bool = False  # True for a page of text whose own references are linked (the Charter's)

    def stub(self) -> str:
        return f"{generated_front_matter(self.search_boost, self.linked)}# {self.title}\n"


CHARTER = GeneratedPage("charter.md", "Charter of the United Nations", linked=True)
DOCUMENTS = GeneratedPage("un-documents.md", "UN Documents")
GLOSSARY = GeneratedPage("glossary.md", "Glossary")
CASES = GeneratedPage("cases.md", "Cases", search_boost=0.5)  # it quotes the paragraphs it lists
GENERATED_PAGES = (CHARTER, DOCUMENTS, GLOSSARY, CASES)  # in the order MkDocs renders them
_BY_SOURCE = {page.source: page for page in GENERATED_PAGES}


def glossary_page(abbreviations: Mapping[str, str]) -> str:
    lines = [
        "# Glossary {#glossary}",
        "",
        "The abbreviations in the report. In the text, each is spelled out when you point at it or move the focus to it.",
        "",
    ]
    # A definition list (def_list), each term with its own id (attr_list) for links and search results.
    for abbreviation in sorted(abbreviations, key=str.casefold):
        lines += [f"{abbreviation} {{#{slug(abbreviation)}}}", f": {abbreviations[abbreviation]}", ""]
    return "\n".join(lines)


def is_generated(source: str) -> bool:
    return source in _BY_SOURCE


def generated_markdown(source: str, edition: Edition, record: BuildRecord) -> str:
    """The Markdown of a generated page, from the edition's data and what the other pages cite."""
    page = _BY_SOURCE[source]  # a KeyError for a page that is not generated
    if page is CHARTER:
        return charter_page(record.references, edition.charter, record.page_order, page=source)
    if page is DOCUMENTS:
        return documents_page(record.references, edition.documents, edition.undocs_base, record.page_order, page=source)
    if page is GLOSSARY:
        return glossary_page(edition.abbreviations)
    return cases_page(edition.cases, record.paragraphs, record.page_order, page=source)
