"""References to articles and chapters of the UN Charter in running text.

"Article 33", "Articles 36 and 37", "Articles 52(2) and 54", "Article 52, paragraph 2",
"Articles 33 to 38", "Chapter VI", "Chapters VI, VII, and VIII", "each Chapter—VI, VII,
and VIII—". In a report on the United Nations a bare article or chapter is the Charter's;
one "of" another instrument ("Article 5 of the North Atlantic Treaty") is not.
"""

from __future__ import annotations

import re

from edition.references import Reference

ARTICLE_COUNT = 111
ROMAN_CHAPTERS = (
    "I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX"
).split()

_ARTICLE_PARAGRAPH = r"(?:(?:\(\d{1,2}\))(?:\([a-z]\))?|:\d{1,2}|,\s+paragraphs?\s+\d{1,2})?(?!\d)"
_ARTICLE_ITEM = rf"\d+{_ARTICLE_PARAGRAPH}"
_CHAPTER_ITEM = r"(?:XIX|XVIII|XVII|XVI|XV|XIV|XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?![A-Za-z0-9])"
_SEPARATOR = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to|through)\s+|\s*[-–]\s*)"
# Each pattern starts with a literal ("rticle"), which the regex engine finds fastest;
# the capital or small first letter and the word boundary before it are checked in code.
_ARTICLES_RE = re.compile(rf"rticles?\s+(?P<items>{_ARTICLE_ITEM}(?:{_SEPARATOR}{_ARTICLE_ITEM})*)")
_CHAPTERS_RE = re.compile(
    rf"hapters?(?:\s+|\s*[—–]\s*)(?P<items>{_CHAPTER_ITEM}(?:{_SEPARATOR}{_CHAPTER_ITEM})*)"
)
# Group 1 of an item is its number: "52" of "52(2)", "VI" of "VI".
_ARTICLE_ITEM_RE = re.compile(rf"(\d+){_ARTICLE_PARAGRAPH}")
_CHAPTER_ITEM_RE = re.compile(f"({_CHAPTER_ITEM})")
# What follows a list decides whose articles they are.
_OF_RE = re.compile(r"\s+of\s+(?:the\s+)?(?P<instrument>[^\s,.;:]+(?:\s+[^\s,.;:]+){0,4})")
_CHARTER_NAMES_RE = re.compile(r"(?:(?:United\s+Nations|UN)\s+)?Charter\b")
# An instrument named right before the list ("the North Atlantic Treaty, Article 5").
_INSTRUMENTS = ("Treaty", "Convention", "Statute", "Covenant", "Protocol", "Agreement", "Constitution",
                "Declaration", "Resolution", "resolution")


def _is_charter(text: str, list_start: int, list_end: int) -> bool:
    """Charter unless another instrument is named right before or right after the list."""
    before = text[max(0, list_start - 20) : list_start].rstrip().rstrip(",").removesuffix("'s").removesuffix("’s")
    if before.endswith(_INSTRUMENTS):
        return False
    of = _OF_RE.match(text, list_end)
    if of is None:
        return True
    return _CHARTER_NAMES_RE.match(of.group("instrument")) is not None


def starts_word(text: str, position: int, initials: str) -> bool:
    """The letter before ``position`` is one of ``initials`` and begins a word."""
    return (
        position > 0
        and text[position - 1] in initials
        and (position == 1 or not (text[position - 2].isalnum() or text[position - 2] == "_"))
    )


def _matches(text: str, pattern: re.Pattern[str], item: re.Pattern[str], kind: str) -> list[Reference]:
    found = []
    initials = "Aa" if kind == "article" else "Cc"
    for listing in pattern.finditer(text):
        keyword_start = listing.start() - 1
        if not starts_word(text, listing.start(), initials) or not _is_charter(text, keyword_start, listing.end()):
            continue
        items_start = listing.start("items")
        for index, number in enumerate(item.finditer(listing.group("items"))):
            # The first link carries the keyword ("Articles 36"), the others the number only ("37").
            start = keyword_start if index == 0 else items_start + number.start()
            value = number.group(1)
            valid = kind == "chapter" or 1 <= int(value) <= ARTICLE_COUNT
            found.append(Reference(start, items_start + number.end(), kind, value, valid))
    return found


def find_charter_references(text: str) -> list[Reference]:
    """Every article and chapter number cited, each its own match, in text order."""
    found = _matches(text, _ARTICLES_RE, _ARTICLE_ITEM_RE, "article")
    found += _matches(text, _CHAPTERS_RE, _CHAPTER_ITEM_RE, "chapter")
    return sorted(found, key=lambda match: match.start)
