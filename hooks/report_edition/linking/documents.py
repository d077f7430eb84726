"""The UN documents the edition knows: each with its symbols, title, date and where those facts come from.

Two sources, one record per document: data/un-documents.yml holds facts about each cited
document (its title and date as the UN gives them, and the page they were read from), and
references.bib the works the notes cite (its title and date as the report prints them).
The facts file comes first; the bibliography fills what it lacks. A document issued under
a joint symbol (A/47/277–S/24111) is one document, known by each of its symbols.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from report_edition.citation.bibliography import Entry
from report_edition.errors import EditionError
from report_edition.linking.symbols import SymbolFinder
from report_edition.text.words import slug
from report_edition.yaml_data import load_yaml

JOINT = "–"  # how the edition writes a joint symbol: A/47/277–S/24111


@dataclass(frozen=True)
class DocumentInfo:
    symbols: tuple[str, ...]  # its symbol, or each part of a joint symbol, in order
    title: str
    date: str  # as the report prints dates: "June 17, 1992"; "" if not known
    source: str  # the page the title and date were read from (or the bib entry, "references.bib: key")
    subject: str = ""  # the item under which it was adopted or issued, if known

    @property
    def symbol(self) -> str:
        """The document's symbol as the edition writes it: "A/47/277–S/24111"."""
        return JOINT.join(self.symbols)

    @property
    def anchor(self) -> str:
        return slug(self.symbol)


MONTHS = (
    "January February March April May June July August September October November December"
).split()


def display_date(iso: str) -> str:
    """ "1992-06-17" -> "June 17, 1992"; "2011-06" -> "June 2011"; "1945" -> "1945"."""
    parts = [int(part) for part in str(iso).split("-")]
    if len(parts) == 3:
        datetime.date(*parts)  # rejects a day that does not exist
        return f"{MONTHS[parts[1] - 1]} {parts[2]}, {parts[0]}"
    if len(parts) == 2:
        return f"{MONTHS[parts[1] - 1]} {parts[0]}"
    return str(parts[0])


def _from_bibliography(entries: Mapping[str, Entry], finder: SymbolFinder, bib_file: str) -> dict[str, DocumentInfo]:
    documents = {}
    for entry in entries.values():
        symbols = tuple(match.symbol for match in finder.find(entry.fields.get("number", "")))
        if symbols:
            info = DocumentInfo(symbols, entry.text["title"], display_date(entry.fields["date"]), f"{bib_file}: {entry.key}")
            documents.update({symbol: info for symbol in symbols})
    return documents


def load_documents(
    path: Path, name: str, entries: Mapping[str, Entry], finder: SymbolFinder, bib_file: str
) -> dict[str, DocumentInfo]:
    """Every known document, under each of its symbols."""
    documents = _from_bibliography(entries, finder, bib_file)
    nodes, facts = load_yaml(path, name, "the facts about UN documents")
    if not isinstance(facts, list):
        raise EditionError(name, 1, "expected a list of documents, each with a symbol, a title, a date and a source")
    for node, fact in zip(nodes.value, facts):
        line = node.start_mark.line + 1
        if not isinstance(fact, dict) or not all(isinstance(fact.get(field), str) for field in ("symbol", "title", "source")):
            raise EditionError(name, line, "a document needs a symbol, a title and a source")
        symbols = (fact["symbol"], *([fact["joint_with"]] if fact.get("joint_with") else []))
        known = documents.get(fact["symbol"])
        try:
            date = display_date(str(fact["date"])) if fact.get("date") else (known.date if known else "")
        except (ValueError, IndexError):
            raise EditionError(name, line, f"the date of {fact['symbol']} is not YYYY-MM-DD") from None
        info = DocumentInfo(symbols, fact["title"], date, fact["source"], fact.get("subject", ""))
        documents.update({symbol: info for symbol in symbols})
    return documents
