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
      (?:ES|S)-\d+                 # special session: ES-10, S-27
    | \d+                          # session, year or number: 65, 2011, 552
    | [A-Z][A-Za-z]*(?:\.\d+)?     # body, nature, numbered or modifier: C.5, RES, PV.6498, L.79, Add.1
)"""
_DASHES = "-–—"
_DIGIT_RE = re.compile(r"\d")
_NOT_BEFORE = "/._" + _DASHES
_TAKES_A_TAIL = ("S/RES/", "A/RES/", "S/PV.")
# "--" and "---" are how Markdown with smarty writes an en and an em dash.
_JOINT_SEPARATOR_RE = re.compile(r"\s?(?:-{1,3}|[–—])\s?")
# A tail follows after one space of any kind (a no-break space too).
_YEAR_TAIL_RE = re.compile(r"\s\(\d{4}\)")  # S/RES/1973 (2011)
_ROMAN_TAIL_RE = re.compile(r"\s\([IVXLC]+\)")  # A/RES/2625 (XXV), before 1976
_RESUMPTION_TAIL_RE = re.compile(r"\s\(Resumption\s\d+\)")  # S/PV.6498 (Resumption 1)
# Lettered General Assembly resolutions (A/RES/3379 A-B), only where the letter cannot be a word.
_LETTER_TAIL_RE = re.compile(r"\s[A-H](?:-[A-H])?(?=[,;:)\]]|\.(?:\s|\Z)|\Z)")


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
        self._single = re.compile(
            rf"(?:{alternatives})(?:/{_ELEMENT})+(?![\w/])",
            re.VERBOSE,
        )

    def find(self, text: str) -> list[SymbolMatch]:
        found: list[SymbolMatch] = []
        for match in self._single.finditer(text):
            start, end, symbol = match.start(), match.end(), match.group(0)
            if not _DIGIT_RE.search(symbol):
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
            tail = _tail(symbol, text, end) if symbol.startswith(_TAKES_A_TAIL) else ""
            found.append(SymbolMatch(start, end + len(tail), symbol + _plain_spaces(tail)))
        return found


def _plain_spaces(tail: str) -> str:
    return re.sub(r"\s", " ", tail)


def _tail(symbol: str, text: str, end: int) -> str:
    """The tail some symbols take after a space: a year, a session, a resumption, a letter."""
    parts = symbol.split("/")
    candidates = []
    if parts[:2] == ["S", "RES"] and len(parts) == 3:
        candidates.append(_YEAR_TAIL_RE)
    if parts[:2] == ["A", "RES"] and len(parts) == 3 and parts[2].isdigit():
        candidates += [_ROMAN_TAIL_RE, _LETTER_TAIL_RE]  # "2625 (XXV)" before "65/283 B"
    if len(parts) == 2 and parts[0] == "S" and parts[1].startswith("PV."):
        candidates.append(_RESUMPTION_TAIL_RE)
    for pattern in candidates:
        match = pattern.match(text, end)
        if match:
            return match.group(0)
    return ""


@functools.lru_cache(maxsize=4096)
def undocs_url(symbol: str, base: str = UNDOCS_BASE) -> str:
    """The permanent link: no space before "(", any other space as %20."""
    path = symbol.replace(" (", "(")
    return base + quote(path, safe="/.()-")


def symbol_anchor(symbol: str) -> str:
    """A stable id for a symbol: S/PRST/2011/18 -> s-prst-2011-18, S/RES/1973 (2011) -> s-res-1973-2011."""
    return slug(symbol)
