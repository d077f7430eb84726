"""UN document symbols in running text: A/47/277–S/24111, S/PRST/2011/18, S/RES/1973 (2011).

The grammar is the one in data/un-document-symbols.md: a series (kept as data in
data/un-document-series.txt), then "/"-separated elements, then an optional tail.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple
from urllib.parse import quote

from report_edition.text.words import slug

UNDOCS_BASE = "https://undocs.org/en/"

# One element between slashes, most specific first.
_ELEMENT = r"""(?:
      (?:ES|S)[-‑]\d+              # special session: ES-10, S-27
    | \d+                          # session, year or number: 65, 2011, 552
    | L\d+(?![\w.])                # "L66", written for L.66
    | [A-Z][A-Za-z]*(?:\.(?:\d+|l(?![A-Za-z])))?   # body, nature, numbered or modifier: C.5, RES, PV.6498, Add.1 ("Add.l")
)"""
# The first slash may stand apart in a copy from print ("S /RES/1612", "S/ PV.8722"), before a word a symbol uses.
_FIRST_SLASH = r"(?:/|\s?/\s?(?=(?:RES|PV|PRST|DEC|HRC|INF)\b))"
_DASHES = "-–—"
_DIGIT_RE = re.compile(r"\d")
_NOT_BEFORE = "/._" + _DASHES
# "--" and "---" are how Markdown with smarty writes an en and an em dash.
_JOINT_SEPARATOR_RE = re.compile(r"\s?(?:-{1,3}|[–—])\s?")
# Tails, after one space of any kind (a no-break space too), or none.
_YEAR_TAIL_RE = re.compile(r"\s?\((\d{4})\)")  # S/RES/1973 (2011)
_ROMAN_TAIL_RE = re.compile(r"\s?\(([IVXLC]+)\)")  # A/RES/2625 (XXV), before 1976
_RESUMPTION_TAIL_RE = re.compile(r"\s\(Resumption\s\d+\)")  # S/PV.6498 (Resumption 1)
_PART_TAIL_RE = re.compile(r"\s?\(Part\s+([IVX]+)\*?\)")  # A/65/456/Add.2 (Part II)
# Lettered General Assembly resolutions: "A/RES/64/244 A-C", or one letter where it cannot be a word.
_LETTER_TAIL_RE = re.compile(r"\s?([A-H]\s?[-–]\s?[A-H])(?![\w-])|\s([A-H])(?=[,;:)\]]|\.(?:\s|\Z)|\Z|\s+(?:of|and)\b)")
# A part given after the symbol it belongs to: "A/65/L.79 and Add.1", "A/69/488/Add.2 and Corr.1".
_ELLIPTICAL_RE = re.compile(r"\s+(?:and|&)\s+((?:Add|Corr|Rev|Amend)\.\d+)(?![\w/])")
# More records of one series: "A/C.5/62/SR.3, 6-11, 13 and 23-26", "S/PV.6498 and 6499".
_MORE_RECORDS_RE = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(\d{1,5})(?:\s?[-–]\s?(\d{1,5}))?(?![\w/.(])")


def load_series(path: Path) -> tuple[str, ...]:
    """The series list: one per line, "#" starts a comment."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return tuple(line.split("#", 1)[0].strip() for line in lines if line.split("#", 1)[0].strip())


class SymbolMatch(NamedTuple):
    start: int
    end: int
    symbol: str  # as written, tail included, "*" excluded, any space in the tail a plain one


class SymbolFinder:
    """Finds document symbols; one match per symbol, each part of a joint symbol on its own."""

    def __init__(self, series: Iterable[str]) -> None:
        alternatives = "|".join(re.escape(s) for s in sorted(set(series), key=len, reverse=True))
        self._single = re.compile(rf"(?:{alternatives}){_FIRST_SLASH}{_ELEMENT}(?:/{_ELEMENT})*(?![\w/])", re.VERBOSE)

    def find(self, text: str) -> list[SymbolMatch]:
        found: list[SymbolMatch] = []
        for match in self._single.finditer(text):
            start, end, symbol = match.start(), match.end(), _normalized(match.group(0))
            if not _DIGIT_RE.search(symbol) or "/" not in symbol:
                continue
            before = text[start - 1] if start else ""
            if before and (before.isalnum() or before in _NOT_BEFORE):
                # Only the second part of a joint symbol (A/47/277–S/24111) may follow a dash.
                joined = (
                    before in _DASHES
                    and bool(found)
                    and _JOINT_SEPARATOR_RE.fullmatch(text, found[-1].end, start) is not None
                )
                if not joined:
                    continue
            tail_end, symbol = _with_tails(symbol, text, end)
            found.append(SymbolMatch(start, tail_end, symbol))
            found += _more_of_the_same(symbol, text, tail_end)
        return found


_IRREGULAR_RE = re.compile(r"\s|‑|\.l(?=/|$)|/L\d")


def _normalized(written: str) -> str:
    """The symbol as the UN writes it: no spaces, "l" read as "1" in "Add.l", "L66" as "L.66"."""
    if not _IRREGULAR_RE.search(written):
        return written  # most symbols are written as they should be
    symbol = re.sub(r"\s", "", written).replace("‑", "-")
    symbol = re.sub(r"\.l(?=/|$)", ".1", symbol)
    return re.sub(r"/L(\d)", r"/L.\1", symbol)


def _with_tails(symbol: str, text: str, end: int) -> tuple[int, str]:
    """Where the symbol ends with its tails (a year, a session, a letter, a part, a resumption), and the whole."""
    parts = symbol.split("/")
    if parts[:2] == ["S", "RES"] and len(parts) == 3 and (year := _YEAR_TAIL_RE.match(text, end)):
        return year.end(), f"{symbol} ({year.group(1)})"
    if parts[:2] == ["A", "RES"] and len(parts) >= 3:
        if len(parts) == 3 and parts[2].isdigit() and (session := _ROMAN_TAIL_RE.match(text, end)):
            end, symbol = session.end(), f"{symbol} ({session.group(1)})"
        if letter := _LETTER_TAIL_RE.match(text, end):
            letters = re.sub(r"\s", "", letter.group(1) or letter.group(2)).replace("–", "-")
            return letter.end(), f"{symbol} {letters}"
        return end, symbol
    if len(parts) == 2 and parts[0] == "S" and parts[1].startswith("PV.") and (resumption := _RESUMPTION_TAIL_RE.match(text, end)):
        return resumption.end(), symbol + re.sub(r"\s", " ", resumption.group(0))
    if part := _PART_TAIL_RE.match(text, end):
        return part.end(), f"{symbol} (Part {part.group(1)})"
    return end, symbol


def _more_of_the_same(symbol: str, text: str, end: int) -> list[SymbolMatch]:
    """Parts and records written after a symbol without its stem: "and Add.1", ", 6-11, 13 and 23-26"."""
    if elliptical := _ELLIPTICAL_RE.match(text, end):
        return [SymbolMatch(elliptical.start(1), elliptical.end(1), f"{symbol}/{elliptical.group(1)}")]
    stem = re.match(r"(.*/(?:SR|PV)\.)\d+$", symbol)
    found = []
    while stem and (more := _MORE_RECORDS_RE.match(text, end)):
        for number in range(1, 3):
            if more.group(number):
                found.append(SymbolMatch(more.start(number), more.end(number), stem.group(1) + more.group(number)))
        end = more.end()
    return found


@functools.lru_cache(maxsize=4096)
def undocs_url(symbol: str, base: str = UNDOCS_BASE) -> str:
    """The permanent link: no space before "(", any other space as %20."""
    path = symbol.replace(" (", "(")
    return base + quote(path, safe="/.()-")


def symbol_anchor(symbol: str) -> str:
    """A stable id for a symbol: S/PRST/2011/18 -> s-prst-2011-18, S/RES/1973 (2011) -> s-res-1973-2011."""
    return slug(symbol)
