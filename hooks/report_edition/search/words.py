"""Words as search compares them: accents folded, case and possessives ignored, plurals made singular.

The search worker (worker.js) reads words the same way; the two are tested against the
same examples, so that what the build decides ("this passage says Department of Political
Affairs") and what a reader types meet.
"""

from __future__ import annotations

import re
import unicodedata

# Letters that Unicode does not decompose into a letter and an accent.
_UNDECOMPOSED = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th"})
_WORD_RE = re.compile(r"[^\W_]+")
_APOSTROPHES = "'’"


def fold(word: str) -> str:
    """"Davutoğlu" -> "davutoglu", "Côte" -> "cote"."""
    decomposed = unicodedata.normalize("NFKD", word.lower().translate(_UNDECOMPOSED))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """The folded words of a text: runs of letters and digits; the "s" of a possessive ("AU's") dropped."""
    found = []
    for match in _WORD_RE.finditer(text):
        word = fold(match.group())
        if word == "s" and match.start() > 0 and text[match.start() - 1] in _APOSTROPHES:
            continue
        found.append(word)
    return found


# One family of endings made one: mediate, mediated, mediating, mediation, mediator -> mediat.
# (Not -ed or -ing in general: "United" must not be found by "unit".)
_AT_RE = re.compile(r"(?<=\w{4})at(?:e|ed|es|ing|ion|ions|or|ors)$")


def stem(word: str) -> str:
    """A word's stem, roughly: a plural made singular ("committees" -> "committee", "vetoes" ->
    "veto", "parties" -> "party") and the mediate / mediation / mediator family made one."""
    if word.isdigit():
        return word
    if _AT_RE.search(word):
        return _AT_RE.sub("at", word)
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith("oes"):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word
