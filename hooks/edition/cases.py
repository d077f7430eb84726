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
from pathlib import Path

import yaml

from edition.places import Place, reading_order
from edition.sentences import sentences


@dataclass(frozen=True)
class Case:
    name: str
    terms: tuple[str, ...]
    not_within: tuple[str, ...] = field(default_factory=tuple)

    @property
    def anchor(self) -> str:
        name = self.name.removeprefix("the ")
        return re.sub(r"[^a-z0-9]+", "-", name.lower().replace("ô", "o")).strip("-")

    @functools.cached_property
    def _terms_re(self) -> re.Pattern[str]:
        return re.compile("|".join(rf"(?<!\w){re.escape(term)}(?!\w)" for term in self.terms))

    def mentioned_in(self, text: str) -> bool:
        if not any(term in text for term in self.terms):
            return False  # the plain substring test rules out most paragraphs, fast
        for longer in self.not_within:
            text = text.replace(longer, " ")
        return self._terms_re.search(text) is not None


class CasesError(ValueError):
    pass


def load_cases(path: str | Path) -> list[Case]:
    # libyaml's loader where PyYAML has it: the pure-Python one takes longer than the rest of this hook.
    entries = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    cases = []
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or not entry.get("name") or not entry.get("terms"):
            raise CasesError(f"{path}: case {number} needs a name and terms")
        cases.append(Case(entry["name"], tuple(entry["terms"]), tuple(entry.get("not_within", ()))))
    return cases


def _sentence(text: str, case: Case) -> str:
    """The first sentence of the paragraph that names the case, as an excerpt."""
    for sentence in sentences(text):
        if case.mentioned_in(sentence):
            return sentence if len(sentence) <= 240 else sentence[:239].rsplit(" ", 1)[0] + "…"
    return ""


def cases_page(
    cases: Iterable[Case], paragraphs: Iterable[tuple[Place, str]], page_order: list[str], page: str = "cases.md"
) -> str:
    paragraphs = sorted(paragraphs, key=lambda item: reading_order(page_order)(item[0]))
    lines = [
        "# Cases {#cases}",
        "",
        "The countries and conflicts the report discusses, each with every paragraph about it "
        "and the sentence that names it.",
    ]
    for case in cases:
        about = [(place, text) for place, text in paragraphs if case.mentioned_in(text)]
        lines += ["", f"## {case.name[0].upper() + case.name[1:]} {{#{case.anchor}}}", ""]
        lines += [f"- {place.link(page)}: “{_sentence(text, case)}”" for place, text in about]
        if not about:
            lines.append("No paragraph names this case.")
    return "\n".join(lines) + "\n"
