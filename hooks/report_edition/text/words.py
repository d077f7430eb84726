"""Words of a page's text: ids made from names, and sentences for excerpts and descriptions."""

from __future__ import annotations

import re
import unicodedata

# A sentence ends at ".", "?" or "!" before a space and a capital or an opening quote,
# but not after a title ("Mr.", "Dr."), an initial ("Edward C. Luck") or "Doc." / "No.".
_BOUNDARY_RE = re.compile(
    r"(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bMrs\.)(?<!\bNo\.)(?<!\bDoc\.)(?<!\bSt\.)(?<!\b[A-Z]\.)"
    r"(?:(?<=[.?!])|(?<=[.?!][”\"’]))\s+(?=[A-Z“\"‘(])"
)


def sentences(text: str) -> list[str]:
    return [sentence for sentence in _BOUNDARY_RE.split(text.strip()) if sentence]


def slug(text: str) -> str:
    """An id made from a name: "S/PRST/2011/18" -> "s-prst-2011-18"; "Côte d'Ivoire" -> "cote-d-ivoire";
    "A/47/277–S/24111" -> "a-47-277-s-24111" (accents dropped, anything else between words a hyphen)."""
    bare = "".join(character for character in unicodedata.normalize("NFKD", text) if not unicodedata.combining(character))
    return re.sub(r"[^a-z0-9]+", "-", bare.lower()).strip("-")
