"""A reference found in text: where it stands, what kind it is, and what it points to."""

from __future__ import annotations

from typing import NamedTuple


class Reference(NamedTuple):
    start: int
    end: int
    kind: str  # "article", "chapter" or "symbol"
    key: str  # "33", "VI", "S/PRST/2011/18"
    valid: bool = True  # False for an article number outside the Charter's 1-111

    @property
    def anchor(self) -> str:
        """The reference's id on the generated pages: "article-33", "chapter-vi"."""
        return anchor(self.kind, self.key)


def anchor(kind: str, key: str | int) -> str:
    """The id of a cited article or chapter on the Charter page: ("article", 33) -> "article-33"."""
    return f"{kind}-{str(key).lower()}"


def starts_word(text: str, position: int, initials: str) -> bool:
    """The letter before ``position`` is one of ``initials`` and begins a word.

    The finders' patterns start after that letter ("rticle", "esolution"): a pattern that
    starts with a literal is what the regex engine finds fastest.
    """
    return (
        position > 0
        and text[position - 1] in initials
        and (position == 1 or not (text[position - 2].isalnum() or text[position - 2] == "_"))
    )
