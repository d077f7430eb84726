"""What references.bib says about each UN document symbol: its title and its date."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass

from report_edition.citation.bibliography import Entry
from report_edition.linking.symbols import SymbolFinder


@dataclass(frozen=True)
class DocumentInfo:
    title: str
    date: str  # as the report prints dates: "June 17, 1992"
    key: str  # the bib entry
    number: str  # the symbol field as written, joint symbols whole: "A/47/277–S/24111"


MONTHS = (
    "January February March April May June July August September October November December"
).split()


def display_date(iso: str) -> str:
    """ "1992-06-17" -> "June 17, 1992"; "2011-06" -> "June 2011"; "1945" -> "1945"."""
    parts = [int(part) for part in iso.split("-")]
    if len(parts) == 3:
        datetime.date(*parts)  # rejects a day that does not exist
        return f"{MONTHS[parts[1] - 1]} {parts[2]}, {parts[0]}"
    if len(parts) == 2:
        return f"{MONTHS[parts[1] - 1]} {parts[0]}"
    return str(parts[0])


def documents_by_symbol(entries: Mapping[str, Entry], finder: SymbolFinder) -> dict[str, DocumentInfo]:
    """Each symbol in a ``number`` field, joint symbols split, mapped to its entry's title and date."""
    documents = {}
    for entry in entries.values():
        number = entry.fields.get("number", "")
        info = DocumentInfo(entry.text["title"], display_date(entry.fields["date"]), entry.key, number)
        for match in finder.find(number):
            documents[match.symbol] = info
    return documents
