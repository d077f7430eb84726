"""Read and check ``references.bib``: every entry can be cited, formatted and shown.

mkdocs-bibtex formats citations but crashes on a malformed file. These checks run first
and fail with one line that names the file, the line and the key. What a reader sees of
each field (a title, a name) is read by pandoc, as the notes are.
"""

from __future__ import annotations

import datetime
import functools
import html
import json
import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import pypandoc
from pybtex.database import BibliographyDataError, parse_string
from pybtex.exceptions import PybtexError
from pybtex.scanner import PybtexSyntaxError

from report_edition.errors import EditionError

# The bib entry types that report-notes.csl formats (via pandoc's biblatex reader:
# report, article-*, treaty and legislation). Any other type would come out empty.
FORMATTABLE_TYPES = frozenset({"report", "article", "legal", "legislation"})
REQUIRED_FIELDS = ("title", "date")

# Keys are letters, digits, "_", ":" and "-", as mkdocs-bibtex reads them in a page.
KEY = r"[\w:-]+"
_KEY_RE = re.compile(rf"{KEY}\Z")
_DATE_RE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_ENTRY_START_RE = re.compile(r"^[ \t]*@(\w+)[ \t]*[{(][ \t]*([^,\s]*)", re.MULTILINE)



class BibliographyError(EditionError):
    """A problem in the bibliography or a citation, as one line: ``file:line: message``."""


@dataclass(frozen=True)
class Entry:
    key: str
    type: str
    line: int
    fields: dict[str, str] = field(default_factory=dict)  # as written in the file, LaTeX and all
    # What a reader sees of each field: the file's LaTeX read by pandoc, as the notes are.
    text: dict[str, str] = field(default_factory=dict)  # "title", "institution", "location", "number"
    authors: tuple[tuple[str, str], ...] = ()  # (family, given); a corporate author is (name, "")


# pandoc's CSL JSON names the fields readers see in its own terms.
_CSL_FIELDS = {"title": "title", "institution": "publisher", "location": "publisher-place", "number": "number"}
_RICH_TEXT_TAG_RE = re.compile(r"</?(?:i|b|sc|sup|sub|span)\b[^>]*>")  # CSL JSON's rich-text markup


def _plain(rich: str) -> str:
    return html.unescape(_RICH_TEXT_TAG_RE.sub("", rich))


def _read_with_pandoc(text: str, name: str) -> dict[str, dict]:
    """Every entry as pandoc's biblatex reader understands it (accents, commands, dashes), by key."""
    run = subprocess.run(
        [pypandoc.get_pandoc_path(), "--from=biblatex", "--to=csljson"],
        input=text, capture_output=True, text=True, encoding="utf-8",
    )
    if run.returncode != 0:
        reason = (run.stderr.strip().splitlines() or ["no message"])[0]
        raise BibliographyError(name, None, f"pandoc cannot read the bibliography: {reason}")
    return {item["id"]: item for item in json.loads(run.stdout)}


def _authors(item: dict) -> tuple[tuple[str, str], ...]:
    return tuple(
        (author["literal"], "") if "literal" in author else (author.get("family", ""), author.get("given", ""))
        for author in item.get("author", ())
    )


def _entry_starts(text: str) -> Iterator[tuple[str, int]]:
    """Each entry's key and the line it starts on, in file order (not @string, @comment, @preamble)."""
    for match in _ENTRY_START_RE.finditer(text):
        if match.group(1).lower() not in {"comment", "preamble", "string"}:
            yield match.group(2), text.count("\n", 0, match.start()) + 1


def _entry_lines(text: str) -> dict[str, int]:
    """The line on which each entry starts (the first one, for a repeated key)."""
    lines: dict[str, int] = {}
    for key, line in _entry_starts(text):
        lines.setdefault(key, line)
    return lines


def _repeated_key(text: str) -> tuple[str, int] | None:
    """The first key that stands twice (BibTeX keys ignore case), and the line of its second entry."""
    seen: set[str] = set()
    for key, line in _entry_starts(text):
        if key.casefold() in seen:
            return key, line
        seen.add(key.casefold())
    return None


def _date_problem(date: str) -> str | None:
    """Why a date field is not YYYY, YYYY-MM or YYYY-MM-DD of the calendar, or None."""
    if not _DATE_RE.fullmatch(date):
        return f"date {date!r} is not YYYY, YYYY-MM or YYYY-MM-DD"
    parts = [int(part) for part in date.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError as error:
        return f"date {date!r} is not a day of the calendar ({error})"
    return None


def load_bibliography(path: str | Path, display_name: str | None = None) -> dict[str, Entry]:
    """Parse and check a BibTeX file; every entry can be cited and formatted.

    Several hooks read the same file in a build: the result is cached until the file changes.
    """
    try:
        modified = Path(path).stat().st_mtime_ns
    except OSError:
        modified = None
    return dict(_load_bibliography(str(path), display_name or str(path), modified))


@functools.lru_cache(maxsize=8)
def _load_bibliography(path: str, name: str, modified: int | None) -> dict[str, Entry]:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise BibliographyError(name, None, f"cannot read the bibliography: {error}") from None
    try:
        data = parse_string(text, "bibtex")
    except PybtexSyntaxError as error:
        # PybtexError's own str() without the "syntax error in line N" that str(error) adds.
        detail = PybtexError.__str__(error)
        raise BibliographyError(name, error.lineno, f"malformed BibTeX: {detail}") from None
    except BibliographyDataError as error:
        repeated = _repeated_key(text)
        if repeated:
            raise BibliographyError(name, repeated[1], f"duplicate key '{repeated[0]}'") from None
        raise BibliographyError(name, None, f"malformed BibTeX: {error}") from None
    except PybtexError as error:
        raise BibliographyError(name, None, f"malformed BibTeX: {error}") from None

    lines = _entry_lines(text)
    entries: dict[str, Entry] = {}
    for key, data_entry in data.entries.items():
        line = lines.get(key)
        if not _KEY_RE.match(key):
            raise BibliographyError(name, line, f"entry key '{key}' cannot be cited: use letters, digits, '_', ':' or '-'")
        entry_type = data_entry.type.lower()
        if entry_type not in FORMATTABLE_TYPES:
            allowed = ", ".join(f"@{t}" for t in sorted(FORMATTABLE_TYPES))
            raise BibliographyError(
                name, line, f"entry '{key}' has type @{entry_type}, which the citation style cannot format (use {allowed})"
            )
        for required in REQUIRED_FIELDS:
            if not data_entry.fields.get(required, "").strip():
                raise BibliographyError(name, line, f"entry '{key}' has no {required}")
        problem = _date_problem(data_entry.fields["date"].strip())
        if problem:
            raise BibliographyError(name, line, f"entry '{key}': {problem}")
        entries[key] = Entry(key, entry_type, line or 0, dict(data_entry.fields))
    read = _read_with_pandoc(text, name)  # once the file is known to be sound
    return {key: _shown_as_text(entry, read.get(key, {})) for key, entry in entries.items()}


def _shown_as_text(entry: Entry, item: dict) -> Entry:
    text = {name: _plain(str(item[csl])) for name, csl in _CSL_FIELDS.items() if csl in item}
    return replace(entry, text=text, authors=_authors(item))
