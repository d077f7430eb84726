"""Ids made from names: lower case, letters and digits, hyphens between."""

from __future__ import annotations

import re
import unicodedata


def slug(text: str) -> str:
    """ "S/PRST/2011/18" -> "s-prst-2011-18"; "Côte d'Ivoire" -> "cote-d-ivoire"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
