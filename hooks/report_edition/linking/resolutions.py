"""Resolutions and decisions cited in prose, and the document symbols they stand for.

"Security Council resolution 1973 (2011)" is S/RES/1973 (2011); "General Assembly resolution
65/283" A/RES/65/283; "the Human Rights Council, in its resolution 16/1" A/HRC/RES/16/1;
"Commission on Human Rights resolution 1998/50" E/CN.4/RES/1998/50; "resolution 377 A (V)"
A/RES/377 (V) A; "Council decision 12/118" A/HRC/DEC/12/118.

After the word "resolution(s)" (or "res.", "decision(s)", "UNSCR"), every number of a
resolution's form up to the end of the sentence is one ("resolutions 290 (IV) of
1 December 1949 and 353 (IV)", "resolutions including 1265 (1999), 1296 (2000), ...");
a number without its year takes the year of the next one that has it ("resolutions 1970
and 1973 (2011)"), and one with no year at all is left alone ("resolution 1325").

The organ is the one named right before the word, or the one the word stands for in its
context ("the Council", "its resolution"); failing that, the number's form says which
organs could have adopted it, and the organ named nearest (in the sentence, the passage,
then the page's front matter) chooses among them. A number that fits no organ named
around it, or whose organ no text decides, is not linked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from report_edition.linking import organs
from report_edition.linking.organs import (
    COMMISSION_ON_HUMAN_RIGHTS,
    ECOSOC,
    GENERAL_ASSEMBLY,
    HUMAN_RIGHTS_COUNCIL,
    OTHER,
    SECURITY_COUNCIL,
)
from report_edition.linking.references import Reference, TextContext

_HYPHENS = "-‑‐–"
# Literal first (found fastest); that it stands as a word of its own is checked after.
_KEYWORD_RE = re.compile(
    r"(?P<resolution>[Rr]esolutions?|RESOLUTIONS?|[Rr]es\.|RES\.)|(?P<decision>[Dd]ecisions?|DECISIONS?)|(?P<unscr>UNSCR)"
)
# (whether the character before an item lets it start there is checked after: see _items)
_ITEM_RE = re.compile(
    rf"""(?:
      (?P<sc>\d{{1,4}})\s?\((?:[A-Z][a-z]+\s\d{{1,2}},\s)?(?P<year>\d{{4}})\)           # 1973 (2011), 1674(2006), 2640 (June 29, 2022)
    | (?P<rn>\d{{1,4}})(?:\s?(?P<rletter>[A-H]))?\s?\((?P<roman>[IVXLC]+)\)         # 2625 (XXV), 377 A (V), 377A(V), 377 (V) A
      (?:\s(?P<rletter_after>[A-H])(?=\s*(?:[,;:.)\]“"]|$)|\s+(?:of|and|entitled)\b))?
    | (?P<session>(?:ES|S)[{_HYPHENS}]\d{{1,2}}|\d{{1,4}})/(?P<number>\d{{1,4}})         # 65/283, S-15/1, ES-10/1, 2009/15
      (?:\s?(?P<letters>[A-H](?:\s?[-–]\s?[A-H])?)(?=\s*(?:[,;:.)\]]|\(|$)|\s+(?:of|and|entitled|adopted|on|in|which)\b))?
    | (?P<bare>\d{{1,4}})(?:\s+of\s+(?P<of_year>\d{{4}})(?![\d/]))?                    # 1970 (in a list), 687 of 1991
    )(?![\w/\ufffc])""",  # nor glued to an element (code, a link): a first pass's link must not change what a second finds
    re.VERBOSE,
)
# Between the items of one list: commas, "and", "&", and a date or a section after an item.
_JOIN_RE = re.compile(
    r"(?:\s+of\s+(?:\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},\s+\d{4}))?(?:,\s+section\s+[IVXLC]+,)?"
    r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|AND)\s+|\s*&\s*)"
)
# The word right before "resolution": a generic one keeps its class ("the Council's resolutions", "its").
_WORD_BEFORE_RE = re.compile(r"([A-Za-z]+)(?:['’]s)?\s+\Z")
_GENERIC = {"council": "council", "assembly": "assembly", "commission": "commission", "its": "its", "their": "its"}
_COUNCILS = (SECURITY_COUNCIL, HUMAN_RIGHTS_COUNCIL, ECOSOC)
_SENTENCE_END_RE = re.compile(r"\.(?<!\bNo\.)(?<!\bDoc\.)(?<!\bres\.)(?<!\bRes\.)(?<!\b[A-Z]\.)(?=\s+[A-Z“\"‘(]|\s*$)")
# Security Council resolutions by year: about the first of each year (the Council's own lists),
# used with a margin only, to tell "1973 (2011)" from "Protocol 2 (2005)".
_SC_FIRST_OF_YEAR = {1946: 1, 1960: 133, 1970: 277, 1980: 460, 1990: 646, 1992: 727, 1995: 965, 2000: 1285,
                     2005: 1582, 2010: 1908, 2015: 2200, 2020: 2506, 2025: 2767, 2035: 3300}
_MARGIN = 60
_DATE_BEFORE_RE = re.compile(
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},?\s+)?"
    r"|\bof\s+)\Z"  # "4 August 2009 and", or the day of a date: "of 20 and"
)


class _Item(NamedTuple):
    start: int
    end: int
    match: re.Match[str]


def _expected_sc_number(year: int) -> float:
    years = sorted(_SC_FIRST_OF_YEAR)
    for low, high in zip(years, years[1:]):
        if low <= year <= high:
            share = (year - low) / (high - low)
            return _SC_FIRST_OF_YEAR[low] + share * (_SC_FIRST_OF_YEAR[high] - _SC_FIRST_OF_YEAR[low])
    return -1e9


def _plausible_sc(number: int, year: int) -> bool:
    if not 1946 <= year <= 2035:
        return False
    return _expected_sc_number(year) - _MARGIN <= number <= _expected_sc_number(year + 1) + _MARGIN


def _roman_value(roman: str) -> int:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for index, letter in enumerate(roman):
        value = values[letter]
        total += -value if index + 1 < len(roman) and values[roman[index + 1]] > value else value
    return total


_DATE_AFTER_RE = re.compile(r"\s+of\s+(?:\d{1,2}\s+[A-Z][a-z]+\s+|[A-Z][a-z]+\s+\d{1,2},\s+)(\d{4})")


def _date_year(text: str, end: int) -> int | None:
    """The year of a date right after an item: "65/283 of 22 June 2011" -> 2011."""
    match = _DATE_AFTER_RE.match(text, end)
    return int(match.group(1)) if match else None


class _Candidate(NamedTuple):
    organ: str
    symbol: str


def _candidates(item: dict[str, str | None], decision: bool, year_after: int | None) -> list[_Candidate]:
    """The organs that could have adopted this number, each with the symbol it would have."""
    kind = "DEC" if decision else "RES"
    if item.get("sc") or item.get("of_year"):
        number = int(item.get("sc") or item.get("bare"))
        year = int(item.get("year") or item.get("of_year"))
        ok = not decision and _plausible_sc(number, year)
        return [_Candidate(SECURITY_COUNCIL, f"S/RES/{number} ({year})")] if ok else []
    if item.get("roman"):
        number, roman, letter = item.get("rn"), item.get("roman"), item.get("rletter") or item.get("rletter_after")
        session = _roman_value(roman)
        tail = f" {letter}" if letter else ""
        found = []
        if session <= 30:
            found.append(_Candidate(GENERAL_ASSEMBLY, f"A/{kind}/{number} ({roman}){tail}"))
        if session <= 64:
            found.append(_Candidate(ECOSOC, f"E/{kind}/{number} ({roman}){tail}"))
        if session <= 34:
            found.append(_Candidate(COMMISSION_ON_HUMAN_RIGHTS, f"E/CN.4/{kind}/{number} ({roman}){tail}"))
        return found
    if item.get("session"):
        session = re.sub(f"[{_HYPHENS}]", "-", item.get("session"))
        number = int(item.get("number"))
        letters = item.get("letters")
        tail = " " + re.sub(r"\s", "", letters).replace("–", "-") if letters else ""
        written = f"{session}/{number}{tail}"
        found = []
        if session.startswith("ES-"):
            return [_Candidate(GENERAL_ASSEMBLY, f"A/{kind}/{written}")]
        if session.startswith("S-"):
            special = int(session[2:])
            if special <= 32:
                found.append(_Candidate(GENERAL_ASSEMBLY, f"A/{kind}/{written}"))
            if special <= 40:
                found.append(_Candidate(HUMAN_RIGHTS_COUNCIL, f"A/HRC/{kind}/{written}"))
            return found
        value = int(session)
        if len(session) == 4:  # ECOSOC and the Commission number by year: 2009/15, 1998/50
            if 1978 <= value <= 2035 and number <= 400 and (year_after is None or year_after == value):
                found.append(_Candidate(ECOSOC, f"E/{kind}/{written}"))
            if 1979 <= value <= 2005 and number <= 200 and (year_after is None or year_after == value):
                found.append(_Candidate(COMMISSION_ON_HUMAN_RIGHTS, f"E/CN.4/{kind}/{written}"))
            return found
        # The Assembly numbers by session since its 31st (1976); the Council since 2006, three a year.
        in_range = (number < 400) != decision or (decision and number >= 100)
        if 31 <= value <= 95 and (year_after is None or year_after in (value + 1945, value + 1946)) and in_range:
            found.append(_Candidate(GENERAL_ASSEMBLY, f"A/{kind}/{written}"))
        hrc_year = 2006 + (value - 1) // 3
        hrc_range = number < 100 if not decision else number >= 100
        if 1 <= value <= 70 and (year_after is None or abs(year_after - hrc_year) <= 1) and hrc_range:
            found.append(_Candidate(HUMAN_RIGHTS_COUNCIL, f"A/HRC/{kind}/{written}"))
        return found
    return []


def _shared(number: str, shared: str) -> dict[str, str]:
    """A bare number read with the year or session of the next item of its list."""
    return {"sc": number, "year": shared} if shared.isdigit() else {"rn": number, "roman": shared}


def _nearest(found: list[organs.Mention], position: int, allowed: tuple[str, ...] | None) -> str | None:
    """The organ of the mention nearest ``position`` (before it first), among ``allowed`` and OTHER."""
    usable = [m for m in found if allowed is None or m.organ in allowed or m.organ == OTHER]
    before = [m for m in usable if m.end <= position]
    if before:
        return before[-1].organ
    after = [m for m in usable if m.start >= position]
    return after[0].organ if after else None


class _Named:
    """The organs a passage names, read when first asked for, and those named in a stretch of it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._all: list[organs.Mention] | None = None

    @property
    def all(self) -> list[organs.Mention]:
        if self._all is None:
            self._all = list(organs.mentions(self.text))
        return self._all

    def between(self, start: int, end: int) -> list[organs.Mention]:
        return [mention for mention in self.all if mention.start >= start and mention.end <= end]


class _Word(NamedTuple):
    """What names the organ right before the word "resolution": an organ, or a word that needs context."""

    explicit: str | None  # "Security Council resolution", "HRC Resolution", "G.A. res.", "UNSCR"
    generic: str | None  # "council", "assembly", "commission", "its"


def _word_before(text: str, keyword: re.Match[str]) -> _Word:
    if keyword.group("unscr"):
        return _Word(SECURITY_COUNCIL, None)
    window = max(0, keyword.start() - 48)
    # Read up to the keyword, so that "G.A. res." and "SC Res." are seen with their word.
    mentioned = list(organs.mentions(text, window, keyword.end()))
    word = _WORD_BEFORE_RE.search(text, window, keyword.start())
    if mentioned and mentioned[-1].end >= (word.end(1) if word else keyword.start() - 1):
        return _Word(mentioned[-1].organ, None)
    return _Word(None, _GENERIC.get(word.group(1).lower()) if word else None)


def _decide(
    text: str, named: _Named, sentence: tuple[int, int], keyword: re.Match[str], word: _Word, item: _Item,
    context: TextContext, candidates: list[_Candidate],
) -> str | None:
    """The symbol the item stands for, or None when no organ can be decided."""
    if not candidates:
        return None
    by_organ = {candidate.organ: candidate.symbol for candidate in candidates}
    if word.explicit is not None:
        return by_organ.get(word.explicit)  # None for another body, or a number that organ cannot have
    generic = word.generic
    if list(by_organ) == [SECURITY_COUNCIL] and generic != "assembly" and generic != "commission":
        return by_organ[SECURITY_COUNCIL]  # "1973 (2011)": only the Security Council numbers so
    allowed: tuple[str, ...] | None = None
    if generic == "council":
        allowed = _COUNCILS
    elif generic == "assembly":
        allowed = (GENERAL_ASSEMBLY,)
    elif generic == "commission":
        allowed = (COMMISSION_ON_HUMAN_RIGHTS,)
    choices = [organ for organ in by_organ if allowed is None or organ in allowed]
    if not choices:
        return None
    page = organs.page_organ(context.issued_by)
    in_sentence = named.between(*sentence)
    if generic == "its":
        # "the Human Rights Council, in its resolution 16/1", "Pursuant to its resolution 31/21, the Council":
        # the organ named in the same clause; else the body whose text it is ("Recalling its resolutions").
        near = [m for m in in_sentence if m.end > keyword.start() - 60 and m.start < item.end + 60 and m.organ in choices + [OTHER]]
        if near:
            nearest = min(near, key=lambda m: abs(m.start - keyword.start()))
            return by_organ.get(nearest.organ)
        if page in choices:
            return by_organ[page]
    if generic in ("council", "commission") and page in choices:
        return by_organ[page]  # "the Council" in a Council's own text
    # The organ named nearest in the sentence, then the page's, then the one named nearest in the passage.
    # Another body named nearest vetoes a number of a shared form ("resolution 1/1" of a Conference of States Parties).
    organ = _nearest(in_sentence, item.start, allowed)
    if organ is not None and (organ in choices or (organ == OTHER and generic is None)):
        return by_organ.get(organ)
    if page in choices:
        return by_organ[page]
    organ = _nearest(named.all, item.start, allowed)
    if organ is not None and organ in choices:
        return by_organ[organ]
    if page == OTHER and generic is None:
        return None
    if len(choices) == 1 and generic != "its" and choices[0] not in (ECOSOC, COMMISSION_ON_HUMAN_RIGHTS):
        return by_organ[choices[0]]  # ECOSOC's and the Commission's forms are shared by other bodies: they need a word
    # The Assembly's numbers are the ones most cited; the others need a word of context.
    if GENERAL_ASSEMBLY in choices and generic is None:
        return by_organ[GENERAL_ASSEMBLY]
    return None


# Where a keyword may start: the letter before each of these (str.find is far faster than a regex scan).
_KEYWORD_NEEDLES = (("esolution", 1), ("ecision", 1), ("es.", 1), ("ES.", 1), ("ESOLUTION", 1), ("ECISION", 1), ("UNSCR", 0))


def _keywords(text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """Every "resolution(s)", "res.", "decision(s)", "UNSCR" in ``text[start:end]`` standing as a word, in order."""
    end = len(text) if end is None else end
    found = {}
    for needle, back in _KEYWORD_NEEDLES:
        position = text.find(needle, start + back, end)
        while position >= 0:
            match = _KEYWORD_RE.match(text, position - back, end)
            if match is not None and _stands_alone(text, match.start(), match.end()):
                found[match.start()] = match
            position = text.find(needle, position + 1, end)
    return [found[position] for position in sorted(found)]


def _stands_alone(text: str, start: int, end: int) -> bool:
    return (not start or not (text[start - 1].isalnum() or text[start - 1] in "/_")) and (
        end >= len(text) or not text[end].isalnum() or text[end - 1] == "."
    )


def _sentence_end(text: str, position: int) -> int:
    match = _SENTENCE_END_RE.search(text, position)
    return match.start() if match else len(text)


def _items(text: str, start: int, end: int) -> Iterator[_Item]:
    for match in _ITEM_RE.finditer(text, start, end):
        before = text[match.start() - 1] if match.start() else " "
        if not (before.isalnum() or before in "/._" + _HYPHENS):
            yield _Item(match.start(), match.end(), match)


def _with_shared_years(text: str, items: list[_Item]) -> list[tuple[_Item, str | None]]:
    """Each item with the year (or session) a bare number takes from the next item of its list:
    "resolutions 1970 and 1973 (2011)", "resolutions 2625 and 2626 (XXV)"."""
    shared: list[str | None] = [None] * len(items)
    following: str | None = None
    for index in range(len(items) - 1, -1, -1):
        match = items[index].match
        if match.group("year") or match.group("roman"):
            following = match.group("year") or match.group("roman")
        elif match.group("bare") and not match.group("of_year") and following is not None:
            shared[index] = following
        else:
            following = None
        joined = index > 0 and _JOIN_RE.fullmatch(text, items[index - 1].end, items[index].start) is not None
        if not joined:
            following = None
    return list(zip(items, shared))


# A resolution's number as the heading of its own text, in a document of the organ that adopted it:
# "69/17. Programme planning", "S-15/1. Situation of human rights", "2009/1 Progress in ...".
_HEADING_RE = re.compile(
    rf"(?<![\w/.{_HYPHENS}])(?P<session>(?:ES|S)[{_HYPHENS}]\d{{1,2}}|\d{{1,4}})/(?P<number>\d{{1,4}})(?:\.\s+|\s+[-–]\s+|\s+)(?=[A-Z][a-z])"
)


def _headings(text: str, context: TextContext) -> Iterator[Reference]:
    """The numbers that head resolutions and decisions in their own organ's text (its front matter names it)."""
    page = organs.page_organ(context.issued_by)
    if page not in organs.ORGANS or page == SECURITY_COUNCIL:
        return
    for heading in _HEADING_RE.finditer(text):
        for decision in (False, True):  # a council's decisions are numbered from 101, the Assembly's from 401
            by_organ = {candidate.organ: candidate.symbol for candidate in _candidates(heading.groupdict(), decision, None)}
            if page in by_organ:
                yield Reference(heading.start(), heading.end("number"), "symbol", by_organ[page])
                break


def find_resolutions(text: str, context: TextContext = TextContext()) -> list[Reference]:
    """Each resolution or decision number its own reference; the first after the word carries the word."""
    found: list[Reference] = []
    keywords = _keywords(text)
    covered = 0
    named: _Named | None = None
    for index, keyword in enumerate(keywords):
        if keyword.start() < covered:
            continue
        end = _sentence_end(text, keyword.end())
        following = next((k for k in keywords[index + 1 :] if k.start() >= keyword.end()), None)
        scope_end = following.start() if following and following.start() < end else end
        items = list(_items(text, keyword.end(), scope_end))
        decision = bool(keyword.group("decision"))
        word: _Word | None = None
        sentence = (text.rfind(".", 0, keyword.start()) + 1, end)
        for index, (item, shared_year) in enumerate(_with_shared_years(text, items)):
            match = item.match
            if match.group("bare") and not match.group("of_year"):
                if shared_year is None or _DATE_BEFORE_RE.search(text, max(0, item.start - 16), item.start):
                    continue  # "resolution 1325": its year is not written
                candidates = _candidates(_shared(match.group("bare"), shared_year), decision, None)
            else:
                candidates = _candidates(match.groupdict(), decision, _date_year(text, item.end))
            if named is None:
                named = _Named(text)
            if word is None:
                word = _word_before(text, keyword)
            symbol = _decide(text, named, sentence, keyword, word, item, context, candidates)
            if symbol is None:
                continue
            adjacent = index == 0 and text[keyword.end() : item.start].strip() == ""
            start = keyword.start() if adjacent else item.start
            found.append(Reference(start, item.end, "symbol", symbol))
        covered = scope_end
    taken = {(reference.start, reference.end) for reference in found}
    found += [heading for heading in _headings(text, context) if not any(s < heading.end and heading.start < e for s, e in taken)]
    return sorted(found)
