"""References to articles and chapters of the UN Charter in running text.

"Article 33", "Art. 99", "ARTICLE 99", "Articles 36 and 37", "Articles 11, 33-38 and 99",
"Articles 33 up to 38", "Article 2(4)", "Article 2 (4)", "Article 2.4", "Article 52,
paragraph 2", "Chapter VI", "Chapters VI, VII, and VIII", "each Chapter—VI, VII, and
VIII—", "Chapter 7 of the Charter", "Chapter Six". An article or chapter is the Charter's
unless another instrument is its own: named right after it ("Article 65, paragraph 1, of
the Statute", "Article 13(b) RS"), right before it ("the Rome Statute, Article 5"), or,
failing that, the instrument the passage last named before it, then the one the page
says its bare articles belong to; a text that names none is about the Charter.
"""

from __future__ import annotations

import bisect
import functools
import re

from report_edition.linking.references import Reference, TextContext, starts_word

ARTICLE_COUNT = 111
ROMAN_CHAPTERS = (
    "I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX"
).split()
_WORD_NUMBERS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen"
).split()

# An article's paragraph and lettered item: (4), (4)(a), (b), .4, :4, ", paragraph 4", ", par.4".
_PARAGRAPH = (
    r"(?:\s?\(\d{1,2}\)(?:\s?\([a-z]\))?|\([a-z]\)|\.\d{1,2}(?![\d.]\d)|:\d{1,2}"
    r"|,\s+(?:paragraphs?|paras?\.|par\.)\s?\d{1,2})?(?![\d/])"
)
_ARTICLE_ITEM = rf"\d{{1,3}}{_PARAGRAPH}"
_ROMAN = r"(?:M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))"
# A chapter: any Roman numeral (so that "Chapter XXV" is found and reported), in capitals or not,
# an Arabic number, or a number in words.
_CHAPTER_ITEM = (
    rf"(?:(?=[IVXLCDM]){_ROMAN}|(?=[ivxlcdm])(?i:{_ROMAN})|\d{{1,2}}|(?i:{'|'.join(sorted(_WORD_NUMBERS, key=len, reverse=True))}))"
    r"(?![A-Za-z0-9])"
)


def _list_of(item: str) -> str:
    """One item; or items joined by commas, "and", "or", "&" and ranges ("to", "up to", "through",
    a dash), the last join being a conjunction or a range: "36 and 37", "11, 33-38 and 99". A
    comma alone does not continue a list: in "Article 99, 15 members" the 15 is not an article."""
    joins = r"\s*,?\s+(?:and|or|AND|OR|&)\s+|\s*&\s*|\s+(?:to|through|up\s+to|TO)\s+|\s*[-–]\s*"
    return rf"{item}(?:(?:(?:\s*,\s*|{joins}){item})*(?:{joins}){item})?"


# "Article", "ARTICLE", "Art.", "Arts." and "Art" (a lower-case "art" only before the instrument: "art 51 UN Charter").
_ARTICLES_RE = re.compile(rf"(?:rticles?|RTICLES?|rts?\.?)(?::\s*|\s+)(?P<items>{_list_of(_ARTICLE_ITEM)})")
_CHAPTERS_RE = re.compile(rf"(?:hapters?|HAPTERS?)(?:\s+|\s*[—–]\s*)(?P<items>{_list_of(_CHAPTER_ITEM)})")
_ARTICLE_ITEM_RE = re.compile(
    r"(?P<number>\d{1,3})(?:\s?\((?P<paragraph>\d{1,2})\)(?:\s?\((?P<item>[a-z])\))?|\((?P<letter>[a-z])\)"
    r"|[.:](?P<dotted>\d{1,2})|,\s+(?:paragraphs?|paras?\.|par\.)\s?(?P<spelled>\d{1,2}))?"
)
_CHAPTER_ITEM_RE = re.compile(_CHAPTER_ITEM)

# Instruments: the UN Charter, and any other ("the Statute", "the Rome Statute", "ICCPR").
_OTHER_INSTRUMENT = (
    r"(?:Statute|Treaty|Convention|Covenant|Protocol|Declaration|Agreement|Constitution|Decision|Regulation"
    r"|Directive|Code|Pact|Act|Rules(?:\s+of\s+Procedure)?|Accord|Resolution)s?\b|ICCPR|ICESCR|UNCLOS|UNCAC|RS\b"
)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# The UN's Charter, not the African, Arab, Olympic, European or Social one, nor a "Charter on/for/of X".
# (Literal first, its checks after: the regex engine finds a literal fastest.)
_CHARTER = (
    r"[Cc]harter\b(?<!African\s[Cc]harter)(?<!Arab\s[Cc]harter)(?<!Olympic\s[Cc]harter)(?<!European\s[Cc]harter)"
    r"(?<!Social\s[Cc]harter)"
    rf"(?!\s+(?:on|for)\s+(?:the\s+)?(?!(?:{_MONTHS})\b)[A-Z]|\s+of\s+(?:the\s+)?(?!United\s+Nations)[A-Z])"
)
# Another charter ("the Charter of the Organization of American States") is another instrument.
_CHARTER_RE = re.compile(_CHARTER)
# After "of", an instrument may be written in lower case: "article 2(4) of the charter", "of resolution 1973".
_NAMED_AFTER_RE = re.compile(
    rf"(?P<charter>{_CHARTER})|(?P<other>(?<![\w-])(?:(?i:{_OTHER_INSTRUMENT})|[Cc]harter\b))"
)
# What follows a reference: "of the Charter", ", of the Statute", "of Chapter 15 of the UN Charter", "RS", "thereof".
_AFTER_RE = re.compile(
    r",?\s+(?:(?P<thereof>thereof)\b|of\s+(?:(?:Chapter|chapter)\s+\w+\s+of\s+)?(?:(?:the|its|this|that)\s+)?"
    r"(?P<named>(?:[\w.’'-]+\s+){0,6}[\w.’'-]+)|(?P<direct>RS|Rome\s+Statute|ICCPR|ICESCR|UNCLOS|UN\s+Charter))"
)
# An instrument named right before: "the Rome Statute, Article 5", "UN Charter Article 2(4)",
# "the Covenant of the League of Nations, in its Article 21".
# (the instrument is found first, then the words between it and the list are checked)
_BETWEEN_INSTRUMENT_AND_LIST_RE = re.compile(
    r"(?:\s+(?:of|on|for|the|and|[A-Z][\w'’-]*|\d+))*(?:'s|’s)?\s*,?\s*(?:(?:in|under)\s+its\s+)?"
)
_SECURITY_COUNCIL_RE = re.compile(r"Security\s+Council|\bUNSC\b|\bSC\b")
# What names a document's own chapters: "chapter IV, section C", "chapter II of the present report".
_OWN_CHAPTERS_RE = re.compile(r",\s*section\s+[A-Z0-9]\b|\s+of\s+(?:the\s+present|this|the)\s+(?:report|document|study|book|volume|annex)")
_DOCUMENT_WITH_CHAPTERS_RE = re.compile(
    r"\b(?:report|document|book|study)s?\b[^.]{0,80}\bchapters\b|\bchapters\s+and\s+annexes\b", re.IGNORECASE
)


def _instrument_named(words: str) -> str | None:
    """ "charter" or "other" for the instrument these words name, or None."""
    match = _NAMED_AFTER_RE.search(words)
    if match is None:
        return None
    return "charter" if match.group("charter") else "other"


# The words of instruments, literal first (the regex engine finds those fastest); what is around
# a word is checked after: see _instrument_at.
_INSTRUMENT_WORD_RE = re.compile(
    r"[Cc]harter|Statute|Treaty|Treaties|Convention|Covenant|Protocol|Declaration|Agreement|Constitution|Pact"
    r"|Constitutive\s+Act|ICCPR|ICESCR|UNCLOS|UNCAC"
)


def _instrument_at(text: str, match: re.Match[str]) -> str | None:
    """ "charter" or "other" for an instrument word found in a passage, or None if it is only part of a word."""
    start, end = match.span()
    if start and (text[start - 1].isalnum() or text[start - 1] == "-"):
        return None
    if end < len(text) and text[end].isalnum() and text[end] != "s":
        return None
    if match.group(0) in ("Charter", "charter"):
        return "charter" if _CHARTER_RE.match(text, start) else "other"
    return "other"


class _Named:
    """What a passage names, read when first asked: each instrument where it stands, and where a document's chapters are."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._instruments: list[tuple[int, str]] | None = None
        self._starts: list[int] = []

    @property
    def instruments(self) -> list[tuple[int, str]]:
        if self._instruments is None:
            found = ((m.start(), _instrument_at(self.text, m)) for m in _INSTRUMENT_WORD_RE.finditer(self.text))
            self._instruments = [(position, kind) for position, kind in found if kind]
            self._starts = [position for position, _ in self._instruments]
        return self._instruments

    @functools.cached_property
    def document_chapters(self) -> int:
        chapters = _DOCUMENT_WITH_CHAPTERS_RE.search(self.text) if "hapters" in self.text else None
        return chapters.start() if chapters else len(self.text) + 1

    @functools.cached_property
    def charter_in_view(self) -> bool:
        return "Charter" in self.text or any(kind == "charter" for _, kind in self.instruments)

    def last_before(self, position: int) -> str | None:
        instruments = self.instruments
        index = bisect.bisect_left(self._starts, position)
        return instruments[index - 1][1] if index else None


def _sentence_start(text: str, position: int) -> int:
    boundary = max(text.rfind(". ", 0, position), text.rfind("; ", 0, position), text.rfind("\n", 0, position))
    return boundary + 1 if boundary >= 0 else 0


def _instrument(text: str, passage: _Named, list_start: int, list_end: int, context: TextContext, chapters: bool = False) -> str:
    """Whose articles or chapters a list names: "charter" or "other"."""
    after = _AFTER_RE.match(text, list_end)
    if after is not None:
        if after.group("thereof"):
            return passage.last_before(list_start) or "charter"
        named = _instrument_named(after.group("named") or after.group("direct"))
        if named is not None:
            return named
    before = _instrument_right_before(text, list_start)
    if before is not None:
        return before
    if chapters and _SECURITY_COUNCIL_RE.search(text, _sentence_start(text, list_start), list_end + 80):
        return "charter"  # "the powers of the SC under Chapter VII", whatever else the page is about
    if context.instrument:  # the page (or an element around the passage) says whose its bare articles are
        return _instrument_named(context.instrument) or "other"
    return passage.last_before(list_start) or "charter"


def _instrument_right_before(text: str, list_start: int) -> str | None:
    """The instrument named just before a list, with only its name's own words between."""
    kind, end = None, 0
    for match in _INSTRUMENT_WORD_RE.finditer(text, max(0, list_start - 80), list_start):
        found = _instrument_at(text, match)
        if found:
            kind, end = found, match.end() + (text[match.end() : match.end() + 1] == "s")
    if kind is None or _BETWEEN_INSTRUMENT_AND_LIST_RE.fullmatch(text, end, list_start) is None:
        return None
    return kind


def _charter_named_after(text: str, end: int) -> bool:
    after = _AFTER_RE.match(text, end)
    return after is not None and _instrument_named(after.group("named") or after.group("direct") or "") == "charter"


def _chapter_value(written: str) -> tuple[str, bool]:
    """The Roman numeral of a written chapter number, and whether the Charter has it."""
    if written.isdigit():
        number = int(written)
        return (ROMAN_CHAPTERS[number - 1], True) if 1 <= number <= len(ROMAN_CHAPTERS) else (written, False)
    if written.lower() in _WORD_NUMBERS:
        return ROMAN_CHAPTERS[_WORD_NUMBERS.index(written.lower())], True
    roman = written.upper()
    return roman, roman in ROMAN_CHAPTERS


def _article_key(item: re.Match[str]) -> tuple[str, bool]:
    number = int(item.group("number"))
    paragraph = item.group("paragraph") or item.group("dotted") or item.group("spelled")
    letter = item.group("item") or item.group("letter")
    key = str(number) + (f"({int(paragraph)})" if paragraph else "") + (f"({letter})" if letter else "")
    return key, 1 <= number <= ARTICLE_COUNT


def _articles(text: str, named: _Named, context: TextContext) -> list[Reference]:
    found = []
    for listing in _ARTICLES_RE.finditer(text):
        if not starts_word(text, listing.start(), "Aa") or _instrument(text, named, listing.start() - 1, listing.end(), context) != "charter":
            continue
        if text[listing.start() - 1 : listing.start() + 3] in ("art ", "arts") and not _charter_named_after(text, listing.end()):
            continue  # "art 51 UN Charter", but not the word "art" before a number
        items_start = listing.start("items")
        for index, item in enumerate(_ARTICLE_ITEM_RE.finditer(listing.group("items"))):
            start = listing.start() - 1 if index == 0 else items_start + item.start()
            key, valid = _article_key(item)
            found.append(Reference(start, items_start + item.end(), "article", key, valid))
    return found


def _chapters(text: str, named: _Named, context: TextContext) -> list[Reference]:
    found = []
    for listing in _CHAPTERS_RE.finditer(text):
        keyword_start = listing.start() - 1
        if not starts_word(text, listing.start(), "Cc"):
            continue
        items = listing.group("items")
        first = _CHAPTER_ITEM_RE.match(items).group(0)
        spelled = first.isdigit() or first.lower() in _WORD_NUMBERS  # "Chapter 7", "Chapter Six"
        named_after = _AFTER_RE.match(text, listing.end())
        explicit = named_after is not None and _instrument_named(named_after.group("named") or named_after.group("direct") or "") == "charter"
        if _OWN_CHAPTERS_RE.match(text, listing.end()) or _instrument(text, named, keyword_start, listing.end(), context, chapters=True) != "charter":
            continue
        if not explicit:
            sentence = text[_sentence_start(text, keyword_start) : listing.end() + 120]
            if first == "I" and "Charter" not in sentence:
                continue  # "in this chapter I argue", "Chapter I contains the draft resolutions"
            if spelled and not named.charter_in_view:
                continue  # "Chapter 7" is the Charter's only where the Charter is in view
            if named.document_chapters < keyword_start:
                continue  # "The report ... contains a number of chapters and annexes. Chapter II contains ..."
        items_start = listing.start("items")
        for index, item in enumerate(_CHAPTER_ITEM_RE.finditer(items)):
            start = keyword_start if index == 0 else items_start + item.start()
            value, valid = _chapter_value(item.group(0))
            if valid or item.group(0).isupper():  # "Chapter mix", "Chapter 25" of a book: not chapters at all
                found.append(Reference(start, items_start + item.end(), "chapter", value, valid))
    return found


def rejection(written: str, kind: str) -> str:
    """Why a reference found in the text is not linked: the Charter has no such article or chapter."""
    if kind == "chapter":
        return f"'{written}' is not a chapter of the Charter (Chapters I-{ROMAN_CHAPTERS[-1]}); left unlinked"
    return f"'{written}' is not an article of the Charter (Articles 1-{ARTICLE_COUNT}); left unlinked"


def find_charter_references(text: str, context: TextContext = TextContext()) -> list[Reference]:
    """Every article and chapter cited, each number its own reference, in text order."""
    if not any(word in text for word in ("rticle", "RTICLE", "Art", "art", "hapter", "HAPTER")):
        return []  # most passages: a substring test is much faster than the regexes
    named = _Named(text)
    return sorted(_articles(text, named, context) + _chapters(text, named, context), key=lambda reference: reference.start)
