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
MONTHS = "January February March April May June July August September October November December".split()


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
    date = f"{MONTHS[work.month - 1]} {work.year}" if work.month else str(work.year)
    title = escape(work.title) if html else work.title
    return f'"{title}," {_names(work)}, {role}. {work.place}: {work.institution}, {date}.'


def cite_paragraph(base: str, section: str, paragraph: int | str, url: str) -> str:
    """The report's citation narrowed to a paragraph of a section, with the deep link if there is one.

    "Strengthening …," Arthur Boutellis and Christoph Mikulaschek, rapporteurs. New York:
    International Peace Institute, April 2012. "Taking Stock," para. 4. https://…/taking-stock/#p4
    """
    return f'{base} "{section}," para. {paragraph}.' + (f" {url}" if url else "")


def bibtex(work: Work) -> str:
    fields = {
        "title": "{" + work.title + "}",
        "institution": "{" + work.institution + "}",
        "location": work.place,
        "date": work.date(),
    }
    if work.url:  # none for an offline copy of a site with no public address
        fields["url"] = work.url
    persons = {"author": [Person(last=family, first=given) for family, given in work.authors]}
    data = BibliographyData({work.key: PybtexEntry("report", fields=fields, persons=persons)})
    return data.to_string("bibtex")


def ris(work: Work) -> str:
    lines = ["TY  - RPRT"]
    lines += [f"AU  - {family}, {given}" for family, given in work.authors]
    lines += [
        f"TI  - {work.title}",
        f"PY  - {work.year}",
        f"DA  - {work.date('/')}",
        f"PB  - {work.institution}",
        f"CY  - {work.place}",
        *([f"UR  - {work.url}"] if work.url else []),
        "LA  - en",
        "ER  - ",
    ]
    return "\r\n".join(lines) + "\r\n"


def csl_json(work: Work) -> str:
    item = {
        "id": work.key,
        "type": "report",
        "title": work.title,
        "author": [{"family": family, "given": given} for family, given in work.authors],
        "issued": {"date-parts": [[work.year, work.month] if work.month else [work.year]]},
        "publisher": work.institution,
        "publisher-place": work.place,
        "language": "en",
    }
    if work.url:
        item["URL"] = work.url
    return json.dumps([item], ensure_ascii=False, indent=2) + "\n"


# The citation files every edition offers for the report as a whole, by their path in the site.
CITATION_FILES = {
    "cite/istanbul-retreat-2011.bib": bibtex,
    "cite/istanbul-retreat-2011.ris": ris,
    "cite/istanbul-retreat-2011.json": csl_json,
}
