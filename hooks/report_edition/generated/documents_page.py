"""The UN Documents page: every United Nations document the report cites, with where it cites it.

Markdown, built from the index of every place in the report that links to a document
symbol (filled while the other pages render).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from report_edition.generated.places import cited_in
from report_edition.linking.documents import DocumentInfo
from report_edition.linking.index import ReferenceIndex
from report_edition.linking.symbols import symbol_anchor, undocs_url

ORGANS = {"A": "General Assembly", "S": "Security Council", "E": "Economic and Social Council"}


def _symbol_order(symbol: str) -> list:
    """Natural order: A/RES/65/283 after A/47/277, S/PRST/2010/18 before S/PRST/2011/16."""
    return [(0, int(part), "") if part.isdigit() else (1, 0, part) for part in re.split(r"(\d+)", symbol) if part]


def documents_page(
    index: ReferenceIndex, documents: Mapping[str, DocumentInfo], undocs_base: str, page_order: list[str],
    page: str = "un-documents.md",
) -> str:
    """An entry for every cited symbol, grouped by organ, with the title and date references.bib gives."""
    lines = [
        "# UN Documents {#un-documents}",
        "",
        "Every United Nations document the report cites, by symbol, with every place in the report "
        "that cites it. Each links to the official document through undocs.org, the UN's permanent "
        "link service.",
    ]
    symbols = sorted(index.keys("symbol"), key=_symbol_order)
    for series in [*ORGANS, None]:
        in_group = [s for s in symbols if (s.split("/")[0] if s.split("/")[0] in ORGANS else None) == series]
        if not in_group:
            continue
        lines += ["", f"## {ORGANS[series] if series else 'Other Organs and Bodies'}"]
        for symbol in in_group:
            lines += ["", f"### {symbol} {{#{symbol_anchor(symbol)}}}", ""]
            info = documents.get(symbol)
            if info:
                description = f"*{info.title}*, {info.date}."
                if info.number != symbol:
                    description += f" Issued under the joint symbol {info.number}."
                lines += [description, ""]
            lines += [f"[Official document]({undocs_url(symbol, undocs_base)})", ""]
            lines += [cited_in(index.places("symbol", symbol, page_order), page)]
    return "\n".join(lines) + "\n"
