"""A reference found in text, and what the text around it says: where it stands, what it points to.

Finders read one passage at a time (a paragraph, a list item): the passage's text, and
its ``TextContext``, what the page (its front matter) or an element around the passage
says about it: whose text it is (``issued_by``) and whose articles its bare "Article N"
are (``instrument``).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple


class Reference(NamedTuple):
    start: int
    end: int
    kind: str  # "article", "chapter" or "symbol"
    key: str  # "33", "2(4)" (article 2, paragraph 4), "VI", "S/PRST/2011/18"
    valid: bool = True  # False for a Charter article or chapter the Charter does not have

    @property
    def anchor(self) -> str:
        """The reference's id on the Charter page: "article-33", "article-2-4", "chapter-vi"."""
        return anchor(self.kind, self.key)


class TextContext(NamedTuple):
    issued_by: str | None = None  # the body whose text this is: "Human Rights Council"
    instrument: str | None = None  # the instrument its bare articles belong to, if not the Charter


_ARTICLE_KEY_RE = re.compile(r"(\d+)((?:\([0-9a-z]+\))*)")


@functools.lru_cache(maxsize=4096)
def anchor(kind: str, key: str | int) -> str:
    """The id of an article, an article's paragraph or a chapter: ("article", "2(4)") -> "article-2-4"."""
    if kind == "article":
        number, parts = _ARTICLE_KEY_RE.fullmatch(str(key)).groups()
        return "-".join(["article", number, *re.findall(r"\((\w+)\)", parts)])
    return f"{kind}-{str(key).lower()}"


def article_number(key: str) -> int:
    """The article of a key: "2(4)" -> 2."""
    return int(_ARTICLE_KEY_RE.fullmatch(key).group(1))


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
