"""The Cases page: each country or conflict the report discusses, with every paragraph about it.

Which paragraphs are about a case is data (data/cases.yml: the words that name it), not
markup in the pages: a paragraph is about a case when it contains one of its terms
outside any longer name listed under ``not_within`` ("Sudan" but not "South Sudan").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from report_edition.errors import EditionError
from report_edition.generated.places import Place, reading_order
from report_edition.text.words import sentences, slug
from report_edition.yaml_data import load_yaml


@dataclass(frozen=True)
class Case:
    name: str
    terms: tuple[str, ...]
    not_within: tuple[str, ...] = field(default_factory=tuple)

    @property
    def anchor(self) -> str:
        return slug(self.name.removeprefix("the "))

    @functools.cached_property
    def _terms_re(self) -> re.Pattern[str]:
        return re.compile("|".join(rf"(?<!\w){re.escape(term)}(?!\w)" for term in self.terms))

    def mention(self, text: str) -> tuple[int, int] | None:
        """Where the text first names the case, outside the longer names it is not within."""
        if not any(term in text for term in self.terms):
            return None  # the plain substring test rules out most paragraphs, fast
        for longer in self.not_within:
            text = text.replace(longer, " " * len(longer))  # same length: the span found is the text's own
        found = self._terms_re.search(text)
        return found.span() if found else None

    def mentioned_in(self, text: str) -> bool:
        return self.mention(text) is not None


class CasesError(EditionError):
    """A problem in the cases file, as one line: ``file:line: message``."""


def _strings(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) and item for item in value)


def load_cases(path: Path, name: str) -> list[Case]:
    """The cases in order; a file that is not a list of {name, terms, not_within} names the line at fault."""
    document, entries = load_yaml(path, name, "the cases", CasesError)
    if not isinstance(entries, list) or not entries:
        raise CasesError(name, 1, "expected a list of cases, each with a name and terms")
    cases = []
    for node, entry in zip(document.value, entries):
        line = node.start_mark.line + 1
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or not entry["name"]:
            raise CasesError(name, line, "a case needs a name")
        if set(entry) - {"name", "terms", "not_within"}:
            raise CasesError(name, line, f"unknown field(s) {sorted(set(entry) - {'name', 'terms', 'not_within'})}")
        if not _strings(entry.get("terms")):
            raise CasesError(name, line, f"the terms of '{entry['name']}' must be a list of words")
        if "not_within" in entry and not _strings(entry["not_within"]):
            raise CasesError(name, line, f"not_within of '{entry['name']}' must be a list of words")
        cases.append(Case(entry["name"], tuple(entry["terms"]), tuple(entry.get("not_within", ()))))
    return cases


EXCERPT_LENGTH = 240  # characters: short enough to scan a list of them


def excerpt(text: str, case: Case) -> str:
    """The first sentence of the paragraph that names the case, cut around the name if long, the name marked."""
    for sentence in sentences(text):
        span = case.mention(sentence)
        if span is not None:
            break
    else:
        raise ValueError(f"{case.name} is not named in: {text[:80]}")
    start, end = span
    left, right = 0, len(sentence)
    if right > EXCERPT_LENGTH:  # keep the name, with as much on each side as fits
        room = EXCERPT_LENGTH - (end - start)
        left = max(0, min(start - room // 2, len(sentence) - EXCERPT_LENGTH))
        right = min(len(sentence), left + EXCERPT_LENGTH)
        left = sentence.find(" ", left) + 1 if left else 0  # whole words only
        right = sentence.rfind(" ", end, right) if right < len(sentence) else right
    before = ("…" if left else "") + escape(sentence[left:start], quote=False)
    after = escape(sentence[end:right], quote=False) + ("…" if right < len(sentence) else "")
    return f"{before}<mark>{escape(sentence[start:end], quote=False)}</mark>{after}"


def cases_page(
    cases: Iterable[Case], paragraphs: Iterable[tuple[Place, str]], page_order: list[str], page: str = "cases.md"
) -> str:
    in_reading_order = reading_order(page_order)
    paragraphs = sorted(paragraphs, key=lambda item: in_reading_order(item[0]))
    lines = [
        "# Cases {#cases}",
        "",
        "The countries and conflicts the report discusses, each with every paragraph about it "
        "and the sentence that names it, the name marked.",
    ]
    for case in cases:
        about = [(place, text) for place, text in paragraphs if case.mentioned_in(text)]
        lines += ["", f"## {case.name[0].upper() + case.name[1:]} {{#{case.anchor}}}", ""]
        lines += [f"- {place.link(page)}: “{excerpt(text, case)}”" for place, text in about]
        if not about:
            lines.append("No paragraph names this case.")
    return "\n".join(lines) + "\n"
