"""Sentences of a paragraph, for excerpts and descriptions."""

from __future__ import annotations

import re

# A sentence ends at ".", "?" or "!" before a space and a capital or an opening quote,
# but not after a title ("Mr.", "Dr."), an initial ("Edward C. Luck") or "Doc." / "No.".
_BOUNDARY_RE = re.compile(
    r"(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bMrs\.)(?<!\bNo\.)(?<!\bDoc\.)(?<!\bSt\.)(?<!\b[A-Z]\.)"
    r"(?:(?<=[.?!])|(?<=[.?!][”\"’]))\s+(?=[A-Z“\"‘(])"
)


def sentences(text: str) -> list[str]:
    return [sentence for sentence in _BOUNDARY_RE.split(text.strip()) if sentence]
