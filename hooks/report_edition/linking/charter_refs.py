"""References to articles and chapters of the UN Charter in running text.

"Article 33", "Articles 36 and 37", "Articles 52(2) and 54", "Article 52, paragraph 2",
"Articles 33 to 38", "Chapter VI", "Chapters VI, VII, and VIII", "each Chapter—VI, VII,
and VIII—". In a report on the United Nations a bare article or chapter is the Charter's;
one "of" another instrument ("Article 5 of the North Atlantic Treaty") is not.
"""

from __future__ import annotations

import re

from report_edition.linking.references import Reference, starts_word

ARTICLE_COUNT = 111
ROMAN_CHAPTERS = (
    "I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX"
).split()

_ARTICLE_PARAGRAPH = r"(?:(?:\(\d{1,2}\))(?:\([a-z]\))?|:\d{1,2}|,\s+paragraphs?\s+\d{1,2})?(?!\d)"
_ARTICLE_ITEM = rf"\d+{_ARTICLE_PARAGRAPH}"
# Any Roman numeral, so that a chapter the Charter lacks ("Chapter XXV") is found, and reported.
_CHAPTER_ITEM = r"(?=[IVXLCDM])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?![A-Za-z0-9])"


def _list_of(item: str) -> str:
    """One item; a range ("33 to 38", "33–38"); or a list that ends with "and" or "or"
    ("36 and 37", "41, 42 and 43", "VI, VII, and VIII"). A comma alone does not continue a
    list: in "Article 99, 15 members" the 15 is not an article."""
    comma, conjunction = r"\s*,\s*", r"\s*,?\s+(?:and|or)\s+"
    range_ = r"\s+(?:to|through)\s+|\s*[-–]\s*"
    return rf"{item}(?:(?:{comma}{item})*{conjunction}{item}|(?:{range_}){item})?"


_ARTICLES_RE = re.compile(rf"rticles?\s+(?P<items>{_list_of(_ARTICLE_ITEM)})")
_CHAPTERS_RE = re.compile(rf"hapters?(?:\s+|\s*[—–]\s*)(?P<items>{_list_of(_CHAPTER_ITEM)})")
# Group 1 of an item is its number: "52" of "52(2)", "VI" of "VI".
_ARTICLE_ITEM_RE = re.compile(rf"(\d+){_ARTICLE_PARAGRAPH}")
_CHAPTER_ITEM_RE = re.compile(f"({_CHAPTER_ITEM})")
# What follows a list decides whose articles they are.
_OF_RE = re.compile(r"\s+of\s+(?:the\s+)?(?P<instrument>[^\s,.;:]+(?:\s+[^\s,.;:]+){0,6})")
_CHARTER_RE = re.compile(r"(?:(?:United\s+Nations|UN)\s+)?Charter(?:\s+of\s+the\s+United\s+Nations)?\b(?!\s+of\b)")
_CHAPTER_OF_CHARTER_RE = re.compile(rf"Chapter\s+{_CHAPTER_ITEM}(?:\s+of\s+the\s+(?:(?:United\s+Nations|UN)\s+)?Charter\b|(?!\s+of\b))")
# An instrument named before the list: "the North Atlantic Treaty, Article 5", "the Treaty of Lisbon, article 5".
_INSTRUMENT_BEFORE_RE = re.compile(
    r"(?:Treaty|Convention|Statute|Covenant|Protocol|Agreement|Constitution|Declaration|[Rr]esolution)"
    r"(?:\s+(?:of|on|for|the|and|[A-Z][\w'’-]*|\d+))*(?:'s|’s)?,?\s*\Z"
)


def _is_charter(text: str, list_start: int, list_end: int) -> bool:
    """Charter unless another instrument is named right before or right after the list."""
    if _INSTRUMENT_BEFORE_RE.search(text, max(0, list_start - 60), list_start):
        return False
    of = _OF_RE.match(text, list_end)
    if of is None:
        return True
    instrument = of.group("instrument")
    return bool(_CHARTER_RE.match(instrument) or _CHAPTER_OF_CHARTER_RE.match(instrument))


def _matches(text: str, pattern: re.Pattern[str], item: re.Pattern[str], kind: str) -> list[Reference]:
    found = []
    initials = "Aa" if kind == "article" else "Cc"
    for listing in pattern.finditer(text):
        keyword_start = listing.start() - 1
        if not starts_word(text, listing.start(), initials) or not _is_charter(text, keyword_start, listing.end()):
            continue
        if kind == "chapter" and text[keyword_start] == "c" and listing.group("items") == "I":
            continue  # "in this chapter I argue": a pronoun, not Chapter I
        items_start = listing.start("items")
        for index, number in enumerate(item.finditer(listing.group("items"))):
            # The first link carries the keyword ("Articles 36"), the others the number only ("37").
            start = keyword_start if index == 0 else items_start + number.start()
            value = number.group(1)
            valid = value in ROMAN_CHAPTERS if kind == "chapter" else 1 <= int(value) <= ARTICLE_COUNT
            found.append(Reference(start, items_start + number.end(), kind, value, valid))
    return found


def rejection(written: str, kind: str) -> str:
    """Why a reference found in the text is not linked: the Charter has no such article or chapter."""
    if kind == "chapter":
        return f"'{written}' is not a chapter of the Charter (Chapters I-{ROMAN_CHAPTERS[-1]}); left unlinked"
    return f"'{written}' is not an article of the Charter (Articles 1-{ARTICLE_COUNT}); left unlinked"


def find_charter_references(text: str) -> list[Reference]:
    """Every article and chapter number cited, each its own match, in text order."""
    found = _matches(text, _ARTICLES_RE, _ARTICLE_ITEM_RE, "article")
    found += _matches(text, _CHAPTERS_RE, _CHAPTER_ITEM_RE, "chapter")
    return sorted(found, key=lambda match: match.start)
