"""The search index's entries: one per passage, in the format Material's search reads.

Each entry is Material's ``{location, title, text}`` (title and text HTML-escaped, as
Material writes them), the page itself first (``taking-stock/``), then each passage
(``taking-stock/#p8``), so that Material's results list shows the passages under their page.
An entry may also carry ``also``: other names a reader may type for words the passage
uses, each with those words (``["Ivory Coast", "Côte d'Ivoire"]``, ``["DPA", "Department
of Political Affairs"]``), for the worker to find and highlight.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from html import escape

from report_edition.search.passages import Passage
from report_edition.search.words import stem, words

OtherName = tuple[str, str]  # (what a reader may type, the words the report uses)


def other_names(abbreviations: Mapping[str, str], synonyms: Mapping[str, Iterable[str]]) -> list[OtherName]:
    """Each abbreviation for its expansion and the expansion for it; each synonym for what the report says."""
    names: list[OtherName] = []
    for short, expansion in abbreviations.items():
        names += [(short, expansion), (expansion, short)]
    for name, said in synonyms.items():
        names += [(name, words_used) for words_used in said]
    return names


def also_found_by(text: str, names: Iterable[OtherName]) -> list[list[str]]:
    """The other names under which a passage is found: those for words it uses and does not already hold."""
    held = _stems(text)
    found = []
    for name, words_used in names:
        if _contains(held, _stems(words_used)) and not _contains(held, _stems(name)):
            found.append([name, words_used])
    return found


def page_entries(url: str, passages: Iterable[Passage], names: Iterable[OtherName], boost: float = 1.0) -> list[dict]:
    """The page's entries: its own (``url``), then one per passage (``url#anchor``); ``boost``
    (the page's ``search: boost:``, as Material reads it) weighs each of them."""
    names = list(names)
    entries = []
    for passage in passages:
        entry = {
            "location": f"{url}#{passage.anchor}" if passage.anchor else url,
            "title": escape(passage.title, quote=False),
            "text": escape(passage.text, quote=False),
        }
        also = also_found_by(f"{passage.title} {passage.text}", names) if passage.anchor else []
        if also:
            entry["also"] = also
        if boost != 1:
            entry["boost"] = boost
        entries.append(entry)
    return entries


@lru_cache(maxsize=4096)  # each other name is stemmed once, not again for every passage
def _stems(text: str) -> tuple[str, ...]:
    return tuple(stem(word) for word in words(text))


def _contains(held: tuple[str, ...], wanted: tuple[str, ...]) -> bool:
    if not wanted:
        return False
    size = len(wanted)
    return any(held[start:start + size] == wanted for start in range(len(held) - size + 1))
