"""Which body's resolution a number is: the organs of the United Nations, named in text or by a page.

A resolution's symbol depends on its organ: 1973 (2011) is the Security Council's
S/RES/1973 (2011), 65/283 the General Assembly's A/RES/65/283, 16/1 the Human Rights
Council's A/HRC/RES/16/1. Text names an organ in full ("Human Rights Council"), by its
initials ("HRC", "ECOSOC", "UNSCR"), or by a word that needs the context ("the Council",
"its resolution"); a page's front matter can name the body whose text it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

SECURITY_COUNCIL = "S"
GENERAL_ASSEMBLY = "A"
HUMAN_RIGHTS_COUNCIL = "HRC"
ECOSOC = "E"
COMMISSION_ON_HUMAN_RIGHTS = "CHR"
OTHER = "other"  # a body outside this list: its resolutions have no symbol the edition knows
ORGANS = (SECURITY_COUNCIL, GENERAL_ASSEMBLY, HUMAN_RIGHTS_COUNCIL, ECOSOC, COMMISSION_ON_HUMAN_RIGHTS)

# What each name means, as written in running text (Title Case) or in headings (capitals); the longer
# names first, so that "Human Rights Council" is not "Council". Literal first: the regex engine finds
# those fastest; a name must stand as a word of its own (checked after).
_NAMES = [
    (OTHER, r"Conference\s+of\s+(?:the\s+)?States\s+Parties|Assembly\s+of\s+States\s+Parties|World\s+Health\s+Assembly"
            r"|Parliamentary\s+Assembly|Council\s+of\s+(?:the\s+)?Europe(?:an\s+Union)?|European\s+Council"
            r"|Peace\s+and\s+Security\s+Council|Sub-?\s?Commission|Executive\s+Board|Governing\s+Council"
            r"|Board\s+of\s+Governors|(?:Human\s+Rights|Security|General|Trusteeship)\s+Committee"),
    (SECURITY_COUNCIL, r"Security\s+Council|UNSCR?|S\.?C\.?(?=\s*[Rr]es)"),
    (GENERAL_ASSEMBLY, r"General\s+Assembly|UNGA|G\.?A\.?(?=\s*[Rr]es)|Assembly"),  # "the Assembly": other assemblies come first
    (HUMAN_RIGHTS_COUNCIL, r"Human\s+Rights\s+Council|UNHRC|HRC"),
    (ECOSOC, r"Economic\s+and\s+Social\s+Council|ECOSOC"),
    (COMMISSION_ON_HUMAN_RIGHTS, r"Commission\s+on\s+Human\s+Rights|CHR"),
]
_ALTERNATIVES = "|".join(f"(?P<g{index}>{pattern})" for index, (_, pattern) in enumerate(_NAMES))
_NAME_RE = re.compile(_ALTERNATIVES)
_CAPITALS_RE = re.compile(r"(?:COUNCIL|ASSEMBLY|COMMISSION|CONFERENCE|BOARD)\b")
_CAPITALS_NAME_RE = re.compile(_ALTERNATIVES.replace("?P<g", "?P<c").upper().replace("\\S", "\\s"))
# A page's front matter names its body in words: "Human Rights Council", or its code, "HRC".
_PAGE_NAMES = {
    "security council": SECURITY_COUNCIL, "general assembly": GENERAL_ASSEMBLY, "human rights council": HUMAN_RIGHTS_COUNCIL,
    "economic and social council": ECOSOC, "ecosoc": ECOSOC, "commission on human rights": COMMISSION_ON_HUMAN_RIGHTS,
    **{code.lower(): code for code in ORGANS},
}


class Mention(NamedTuple):
    start: int
    end: int
    organ: str


def _standalone(text: str, start: int, end: int) -> bool:
    return (not start or not (text[start - 1].isalnum() or text[start - 1] == "-")) and (
        end >= len(text) or not (text[end].isalnum() or text[end] == "-")
    )


def mentions(text: str, start: int = 0, end: int | None = None) -> Iterator[Mention]:
    """Every organ named in ``text[start:end]``, in order."""
    end = len(text) if end is None else end
    found = list(_NAME_RE.finditer(text, start, end))
    if _CAPITALS_RE.search(text, start, end):  # a name in capitals: "SECURITY COUNCIL RESOLUTION"
        found = sorted(found + list(_CAPITALS_NAME_RE.finditer(text, start, end)), key=lambda m: m.start())
    for match in found:
        if _standalone(text, match.start(), match.end()):
            yield Mention(match.start(), match.end(), _NAMES[int(match.lastgroup[1:])][0])


def page_organ(name: str | None) -> str | None:
    """The organ a page's front matter names (``issued_by``); another body is OTHER; none is None."""
    if not name:
        return None
    return _PAGE_NAMES.get(" ".join(name.split()).lower(), OTHER)
