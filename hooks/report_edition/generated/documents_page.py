"""The UN Documents page: every United Nations document the report cites, with where it cites it.

Markdown, built from the index of every place in the report that links to a document
symbol (filled while the other pages render).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from report_edition.generated.places import Place, cited_in
from report_edition.linking.documents import DocumentInfo
from report_edition.linking.index import ReferenceIndex
from report_edition.linking.symbols import symbol_anchor, undocs_url
from report_edition.text.words import slug

ORGANS = {"A": "General Assembly", "S": "Security Council", "E": "Economic and Social Council"}
JOINT_GROUP = "General Assembly and Security Council"  # a document issued to both: A/47/277–S/24111
OTHER_GROUP = "Other Organs and Bodies"
GROUP_IDS = {ORGANS["A"]: "general-assembly", ORGANS["S"]: "security-council"}  # as released


def _symbol_order(symbol: str) -> list:
    """Natural order: A/RES/65/283 after A/47/277, S/PRST/2010/18 before S/PRST/2011/16."""
    return [(0, int(part), "") if part.isdigit() else (1, 0, part) for part in re.split(r"(\d+)", symbol) if part]


def _group(document: DocumentInfo) -> str:
    series = {symbol.split("/")[0] for symbol in document.symbols}
    if series == {"A", "S"}:
        return JOINT_GROUP
    first = document.symbols[0].split("/")[0]
    return ORGANS.get(first, OTHER_GROUP)


@dataclass(frozen=True)
class DocumentGroup:
    heading: str  # the organs it was issued to
    anchor: str
    documents: list[DocumentInfo]


def cited_documents(index: ReferenceIndex, documents: Mapping[str, DocumentInfo]) -> list[DocumentGroup]:
    """Every cited document once (a joint symbol is one document), grouped by organ, in the symbols' order."""
    cited: dict[str, DocumentInfo] = {}
    for symbol in index.keys("symbol"):
        document = documents.get(symbol) or DocumentInfo((symbol,), "", "", "")
        cited.setdefault(document.symbol, document)
    groups = []
    for heading in (ORGANS["A"], ORGANS["S"], JOINT_GROUP, ORGANS["E"], OTHER_GROUP):
        in_group = sorted((d for d in cited.values() if _group(d) == heading), key=lambda d: _symbol_order(d.symbol))
        if in_group:
            groups.append(DocumentGroup(heading, GROUP_IDS.get(heading, slug(heading)), in_group))
    return groups


def document_facts(document: DocumentInfo) -> list[str]:
    """What is known of a document, as plain text: its title, its date, the item it was issued under."""
    # A resolution's date is the day it was adopted; the document itself is often issued later.
    date = f"Adopted {document.date}" if document.date and "/RES/" in document.symbol else document.date
    return [fact for fact in (document.title, date, f"Item: {document.subject}" if document.subject else "") if fact]


def cited_places(index: ReferenceIndex, document: DocumentInfo, page_order: list[str]) -> list[Place]:
    """Every place citing the document under any of its symbols, in reading order."""
    return sorted({place for symbol in document.symbols for place in index.places("symbol", symbol, page_order)},
                  key=lambda p: page_order.index(p.page) * 10_000 + p.is_note * 1000 + p.number
                  if p.page in page_order else 10**9)


def documents_page(
    index: ReferenceIndex, documents: Mapping[str, DocumentInfo], undocs_base: str, page_order: list[str],
    page: str = "un-documents.md",
) -> str:
    """An entry for every cited document, grouped by the organs it was issued to, with its title, its date
    and every place in the report that cites it."""
    lines = [
        "# UN Documents {#un-documents}",
        "",
        "Every United Nations document the report cites, by symbol, with its title and date and every "
        "place in the report that cites it. Each links to the official document through undocs.org, "
        "the UN's permanent link service. A document issued under a joint symbol is one entry.",
    ]
    for group in cited_documents(index, documents):
        lines += ["", f"## {group.heading} {{#{group.anchor}}}"]
        for document in group.documents:
            lines += ["", f"### {document.symbol} {{#{document.anchor}}}", ""]
            facts = document_facts(document)
            if document.title:
                facts[0] = f"*{document.title}*"
            if facts:
                lines += [" · ".join(facts), ""]
            links = [f"[{symbol}]({undocs_url(symbol, undocs_base)}){{: #{symbol_anchor(symbol)} }}"
                     if len(document.symbols) > 1 else f"[{symbol}]({undocs_url(symbol, undocs_base)})"
                     for symbol in document.symbols]
            lines += ["Official document: " + " · ".join(links), ""]
            lines += [cited_in(cited_places(index, document, page_order), page)]
    return "\n".join(lines) + "\n"
