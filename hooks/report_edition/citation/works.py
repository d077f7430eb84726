"""The report's own citation, from its entry in references.bib, in the forms readers need.

A sentence for people (the report's own Suggested Citation, with a section and paragraph
when a reader cites one), and BibTeX, RIS and CSL-JSON files for reference managers.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from html import escape

from pybtex.database import BibliographyData, Person
from pybtex.database import Entry as PybtexEntry

from report_edition.citation.bibliography import BibliographyError, Entry
from report_edition.linking.documents import MONTHS, display_date

REPORT_KEY = "boutellis2012"  # the report itself, in references.bib


@dataclass(frozen=True)
class Work:
    """The few facts every form needs, as plain text."""

    key: str
    authors: tuple[tuple[str, str], ...]  # (family, given)
    title: str
    year: int
    month: int | None
    institution: str
    place: str
    url: str

    def date(self, separator: str = "-") -> str:
        """"2012-04" (or "2012/04"), or the year alone when the month is not known."""
        return f"{self.year}{separator}{self.month:02d}" if self.month else str(self.year)


def report_work(entries: dict[str, Entry], bib_file: str, url: str) -> Work:
    """The report itself, from its entry in the bibliography."""
    if REPORT_KEY not in entries:
        raise BibliographyError(bib_file, None, f"no entry '{REPORT_KEY}' for the report itself")
    return work_from_entry(entries[REPORT_KEY], url)


def work_from_entry(entry: Entry, url: str) -> Work:
    year, _, month = entry.fields["date"].partition("-")
    return Work(
        key=entry.key,
        authors=entry.authors,
        title=entry.text["title"],
        year=int(year),
        month=int(month[:2]) if month else None,
        institution=entry.text.get("institution", ""),
        place=entry.text.get("location", ""),
        url=url,
    )


ROLE = "rapporteurs"  # what the report calls its authors, as its Suggested Citation prints it


def _names(work: Work) -> str:
    """"Arthur Boutellis and Christoph Mikulaschek": natural order, as the report prints them."""
    names = [f"{given} {family}" for family, given in work.authors]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def suggested_citation(work: Work, html: bool = False) -> str:
    """The report's own form, as its Suggested Citation prints it:

    "Strengthening ….," Arthur Boutellis and Christoph Mikulaschek, *rapporteurs*. New York:
    International Peace Institute, April 2012.
    """
    role = f"<em>{ROLE}</em>" if html else ROLE
    date = display_date(work.date())
    title = escape(work.title) if html else work.title
    return f'"{title}," {_names(work)}, {role}. {work.place}: {work.institution}, {date}.'


def cite_paragraph(base: str, section: str, paragraph: int | str, url: str) -> str:
    """The report's citation narrowed to a paragraph of a section, with the deep link if there is one.

    "Strengthening …," Arthur Boutellis and Christoph Mikulaschek, rapporteurs. New York:
    International Peace Institute, April 2012. "Taking Stock," para. 4. https://…/taking-stock/#p4
    """
    return f'{base} "{section}," para. {paragraph}.' + (f" {url}" if url else "")


@dataclass(frozen=True)
class Section:
    """A section of the report, cited as a chapter of it."""

    source: str  # "taking-stock.md"
    title: str
    address: str  # its online address, "" when none is known

    @property
    def stem(self) -> str:
        return self.source.removesuffix(".md").replace("/", "-")


def _authors(work: Work) -> dict[str, list[Person]]:
    return {"author": [Person(last=family, first=given) for family, given in work.authors]}


def _bib(key: str, kind: str, fields: dict[str, str], work: Work) -> str:
    return BibliographyData({key: PybtexEntry(kind, fields=fields, persons=_authors(work))}).to_string("bibtex")


def bibtex(work: Work, section: Section | None = None) -> str:
    """Classic BibTeX, which every style formats (plain, alpha, natbib's): the report as a @techreport
    of type Report, a section as an @incollection in it; biblatex reads it too."""
    fields = {"title": "{" + (section.title if section else work.title) + "}"}
    if section:
        fields |= {"booktitle": "{" + work.title + "}", "publisher": work.institution}
    else:
        fields |= {"type": "Report", "institution": work.institution}
    fields |= {"address": work.place, "year": str(work.year)}
    if work.month:
        fields["month"] = MONTHS[work.month - 1]
    url = section.address if section else work.url
    if url:  # none for an offline copy of a site with no public address
        fields["url"] = url
    return _bib(_key(work, section), "incollection" if section else "techreport", fields, work)


def biblatex(work: Work) -> str:
    """biblatex's own form of the report: @report with its date and location."""
    fields = {"title": "{" + work.title + "}", "type": "Report", "institution": "{" + work.institution + "}",
              "location": work.place, "date": work.date()}
    if work.url:
        fields["url"] = work.url
    return _bib(work.key, "report", fields, work)


def ris(work: Work, section: Section | None = None) -> str:
    lines = ["TY  - CHAP" if section else "TY  - RPRT"]
    lines += [f"AU  - {family}, {given}" for family, given in work.authors]
    lines += [f"TI  - {section.title}", f"T2  - {work.title}"] if section else [f"TI  - {work.title}"]
    url = section.address if section else work.url
    lines += [
        f"PY  - {work.year}",
        f"DA  - {work.date('/')}",
        f"PB  - {work.institution}",
        f"CY  - {work.place}",
        *([f"UR  - {url}"] if url else []),
        "LA  - en",
        "ER  - ",
    ]
    return "\r\n".join(lines) + "\r\n"


def csl_item(work: Work, section: Section | None = None, title_case=lambda title: title) -> dict:
    """The report (type report) or a section of it (type chapter) in CSL JSON; ``title_case``
    writes the titles as a style wants them (APA: sentence case)."""
    item = {
        "id": _key(work, section),
        "type": "chapter" if section else "report",
        "title": title_case(section.title if section else work.title),
        **({"container-title": title_case(work.title)} if section else {}),
        "author": [{"family": family, "given": given} for family, given in work.authors],
        "issued": {"date-parts": [[work.year, work.month] if work.month else [work.year]]},
        "publisher": work.institution,
        "publisher-place": work.place,
        "language": "en",
    }
    url = section.address if section else work.url
    if url:
        item["URL"] = url
    return item


def csl_json(work: Work, section: Section | None = None) -> str:
    return json.dumps([csl_item(work, section)], ensure_ascii=False, indent=2) + "\n"


def _key(work: Work, section: Section | None) -> str:
    return f"{work.key}-{section.stem}" if section else work.key


FILE_STEM = "cite/istanbul-retreat-2011"
# The citation files every edition offers for the report, by their path in the site.
CITATION_FILES = {
    f"{FILE_STEM}.bib": bibtex,
    f"{FILE_STEM}-biblatex.bib": biblatex,
    f"{FILE_STEM}.ris": ris,
    f"{FILE_STEM}.json": csl_json,
}
# And for each section: (what the link says, the file's extension, what writes it).
SECTION_FILES = (("BibTeX", ".bib", bibtex), ("RIS", ".ris", ris), ("CSL-JSON", ".json", csl_json))


def section_file(section: Section, extension: str) -> str:
    """A section's citation file, by its path in the site: istanbul-retreat-2011-taking-stock.bib."""
    return f"{FILE_STEM}-{section.stem}{extension}"


def section_files(work: Work, section: Section) -> dict[str, str]:
    """The section's citation files, by their path in the site, and their contents."""
    return {section_file(section, extension): write(work, section) for _, extension, write in SECTION_FILES}
