"""Resolutions cited in prose, and the document symbols they stand for.

"Security Council Resolution 1765 (2007)" is S/RES/1765 (2007); "General Assembly
Resolution 65/283" is A/RES/65/283. The organ is the one named just before the word
"resolution"; where none is named, the form of the number decides: "1973 (2011)" is
the Security Council's way, "65/283" and "2625 (XXV)" the General Assembly's. In a list,
a number without its year takes the year of the next number that has one: "resolutions
1970 and 1973 (2011)". A number with no year after it ("resolution 1325") is not linked:
it needs a table of years.
"""

from __future__ import annotations

import re

from report_edition.linking.references import Reference, starts_word

_ORGANS = {
    "security council": "S",
    "general assembly": "A",
    "human rights council": "HRC",
    "economic and social council": "E",
    "ecosoc": "E",
}
_ITEM = (
    r"(?:\d{1,4}\s\(\d{4}\)"  # 1973 (2011)
    r"|\d{1,4}\s\([IVXLC]+\)"  # 2625 (XXV)
    r"|(?:ES-|S-)?\d{1,4}/\d{1,4}"  # 65/283, ES-11/1, 2009/15
    r"|\d{1,4})"  # 1970, in "1970 and 1973 (2011)"
    r"(?![\w/])"
)
# Starts with a literal, which the regex engine finds fastest; the "R"/"r" before it is checked in code.
_RESOLUTIONS_RE = re.compile(rf"esolutions?\s+(?P<items>{_ITEM}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_ITEM})*)")
# The organ named right before the word: "Security Council Resolution", "the General Assembly's resolution".
_ORGAN_BEFORE_RE = re.compile(
    r"(?P<organ>Security\s+Council|General\s+Assembly|Human\s+Rights\s+Council"
    r"|Economic\s+and\s+Social\s+Council|ECOSOC)(?:['’]s)?\s+\Z"
)
_ITEM_RE = re.compile(_ITEM)


def _symbol(organ: str | None, number: str) -> str | None:
    year = re.fullmatch(r"(\d+)\s\((\d{4})\)", number)
    roman = re.fullmatch(r"(\d+)\s\(([IVXLC]+)\)", number)
    session = re.fullmatch(r"((?:ES-|S-)?\d+)/(\d+)", number)
    if year and organ in (None, "S"):
        return f"S/RES/{year.group(1)} ({year.group(2)})"
    if roman and organ in (None, "A"):
        return f"A/RES/{roman.group(1)} ({roman.group(2)})"
    if session:
        first = session.group(1)
        if organ == "HRC":
            return f"A/HRC/RES/{number}"
        if organ == "E" and len(first) == 4:
            return f"E/RES/{number}"
        if organ in (None, "A") and len(first.split("-")[-1]) <= 2:
            return f"A/RES/{number}"
    return None


def _with_shared_years(numbers: list[str]) -> list[str]:
    """ "1970", "1973 (2011)" -> "1970 (2011)", "1973 (2011)": a bare number takes the next year given."""
    shared = ""
    result = []
    for number in reversed(numbers):
        suffix = re.search(r"\s\([\dIVXLC]+\)$", number)
        if suffix:
            shared = suffix.group(0)
        elif "/" in number:
            shared = ""
        elif shared:
            number += shared
        result.append(number)
    return result[::-1]


def find_resolutions(text: str) -> list[Reference]:
    """Each resolution number its own match; the first one carries the word "Resolution(s)"."""
    found = []
    for listing in _RESOLUTIONS_RE.finditer(text):
        if not starts_word(text, listing.start(), "Rr"):
            continue
        keyword_start = listing.start() - 1
        named = _ORGAN_BEFORE_RE.search(text, max(0, keyword_start - 32), keyword_start)
        organ = _ORGANS[" ".join(named.group("organ").split()).lower()] if named else None
        items_start = listing.start("items")
        items = list(_ITEM_RE.finditer(listing.group("items")))
        numbers = _with_shared_years([item.group(0) for item in items])
        for index, (item, number) in enumerate(zip(items, numbers)):
            symbol = _symbol(organ, number)
            if symbol is None:
                continue
            start = keyword_start if index == 0 else items_start + item.start()
            found.append(Reference(start, items_start + item.end(), "symbol", symbol))
    return found
