"""The PDF's finishing pass (pikepdf): notes tagged as notes, page furniture as artifacts, links labelled, dates fixed.

WeasyPrint tags the document but leaves four things to do. It has no /Note type, so each
note is laid out in an <article> (tagged /Art) and renamed here. It draws running heads
and page numbers as marked content that the structure tree never reaches: they become
/Artifact, as do rules and any text drawn outside marked content. It labels a link inside
the document with the bare id of its target: the label becomes what the target is
("Taking Stock, paragraph 4"). And the document's dates come from SOURCE_DATE_EPOCH, with
an /ID made from the content, so that two builds give the same bytes.
"""

from __future__ import annotations

import io
import re

import pikepdf

from report_edition.exports.book import BookMetadata
from report_edition.html import Element, collapsed_text, parse_document

RENAMED_TYPES = {"/Art": "/Note"}
PATH_OPERATORS = ("m", "l", "c", "v", "y", "h", "re")
PAINT_OPERATORS = {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "Do", "sh", "BI"}
TEXT_OPERATORS = {"Tj", "TJ", "'", '"'}
PLACE_ID = re.compile(r"(?P<section>.+)--(?:(?P<paragraph>p)|(?P<note>fn:)|(?P<reference>fnref:))(?P<number>\d+)")


def _struct_elements(pdf: pikepdf.Pdf) -> list[pikepdf.Dictionary]:
    """Every structure element of the tree, each once, in the tree's order."""
    found, seen = [], set()

    def walk(kid: pikepdf.Object) -> None:
        if isinstance(kid, pikepdf.Array):
            for item in kid:
                walk(item)
        elif isinstance(kid, pikepdf.Dictionary) and "/S" in kid and kid.objgen not in seen:
            if kid.objgen != (0, 0):
                seen.add(kid.objgen)
            found.append(kid)
            if "/K" in kid:
                walk(kid.K)

    if "/StructTreeRoot" in pdf.Root:
        walk(pdf.Root.StructTreeRoot.get("/K"))
    return found


def rename_types(pdf: pikepdf.Pdf, renamed: dict[str, str] = RENAMED_TYPES) -> int:
    count = 0
    for element in _struct_elements(pdf):
        if str(element.S) in renamed:
            element.S = pikepdf.Name(renamed[str(element.S)])
            count += 1
    return count


def reachable_content(pdf: pikepdf.Pdf) -> set[tuple[tuple[int, int], int]]:
    """(page, MCID) of every piece of marked content the structure tree reaches."""
    reached = set()
    for element in _struct_elements(pdf):
        page = element.get("/Pg")
        kids = element.get("/K")
        for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
            if isinstance(kid, int) and page is not None:
                reached.add((page.objgen, int(kid)))
            elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/MCR":
                reached.add((kid.get("/Pg", page).objgen, int(kid.MCID)))
    return reached


def _artifact(operations: list, first: int | None = None) -> None:
    """Wrap the operations from ``first`` (or the last one) to the end in /Artifact BMC … EMC."""
    operations.insert(len(operations) - 1 if first is None else first, ([pikepdf.Name("/Artifact")], pikepdf.Operator("BMC")))
    operations.append(([], pikepdf.Operator("EMC")))


def mark_artifacts(pdf: pikepdf.Pdf) -> int:
    """Content the tree does not reach becomes /Artifact: running heads, page numbers, rules. Returns how many."""
    reached = reachable_content(pdf)
    changed = 0
    for page in pdf.pages:
        operations, depth = [], 0
        for operands, operator in pikepdf.parse_content_stream(page):
            name = str(operator)
            if (name == "BDC" and depth == 0 and isinstance(operands[1], pikepdf.Dictionary) and "/MCID" in operands[1]
                    and (page.obj.objgen, int(operands[1].MCID)) not in reached):
                operations.append(([pikepdf.Name("/Artifact")], pikepdf.Operator("BMC")))
                depth += 1
                changed += 1
                continue
            if name in ("BMC", "BDC"):
                depth += 1
            elif name == "EMC":
                depth -= 1
            operations.append((operands, operator))
            if depth == 0 and name in TEXT_OPERATORS:
                _artifact(operations)
                changed += 1
            elif depth == 0 and name in PAINT_OPERATORS:
                start = len(operations) - 1
                while start > 0 and str(operations[start - 1][1]) in PATH_OPERATORS:
                    start -= 1
                _artifact(operations, start)
                changed += 1
        page.obj.Contents = pdf.make_stream(pikepdf.unparse_content_stream(operations))
    return changed



def link_labels(document: Element) -> dict[str, str]:
    """What each id of the print document is, for the label of a link to it."""
    sections = {section.get("id"): section.get("aria-label") for section in document.xpath("//section[@aria-label]")}
    labels = dict(sections)
    for element in document.xpath("//*[@id]"):
        key = element.get("id")
        if place := PLACE_ID.fullmatch(key):
            where = sections.get(place["section"], "")
            what = ("paragraph" if place["paragraph"] else "note" if place["note"] else "the text at note")
            labels[key] = f"{where}, {what} {place['number']}"
        elif element.tag in ("h1", "h2", "h3", "h4"):
            labels[key] = collapsed_text(element)
        else:
            labels.setdefault(key, collapsed_text(element)[:80] or key)
    return labels


def label_links(pdf: pikepdf.Pdf, labels: dict[str, str]) -> int:
    """Each link to a place in the document is labelled with what is there (WeasyPrint gives the bare id)."""
    count = 0
    for page in pdf.pages:
        for annotation in page.obj.get("/Annots", []):
            destination = annotation.get("/Dest")
            if annotation.get("/Subtype") == "/Link" and isinstance(destination, (pikepdf.String, pikepdf.Name)):
                name = str(destination).lstrip("/")
                annotation.Contents = pikepdf.String(labels.get(name) or name)
                count += 1
    return count


def finish(pdf_bytes: bytes, document_html: str, metadata: BookMetadata) -> bytes:
    """The finished PDF's bytes: tags completed, links labelled, dates from the build, a content-made /ID."""
    moment = "{:04d}{:02d}{:02d}{:02d}{:02d}{:02d}".format(*metadata.modified)
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        rename_types(pdf)
        mark_artifacts(pdf)
        label_links(pdf, link_labels(parse_document(document_html)))
        date = f"D:{moment}+00'00'"
        pdf.docinfo["/CreationDate"] = pdf.docinfo["/ModDate"] = date
        pdf.docinfo["/Author"] = ", ".join(metadata.authors)
        with pdf.open_metadata(set_pikepdf_as_editor=False) as xmp:  # dc:title, dc:creator and the dates, from /Info
            xmp.load_from_docinfo(pdf.docinfo)
            xmp["xmp:MetadataDate"] = metadata.modified_iso
            xmp["dc:language"] = [metadata.language]
        pdf.docinfo["/CreationDate"] = pdf.docinfo["/ModDate"] = date  # as written above (the XMP's sync drops the last ')
        output = io.BytesIO()
        pdf.save(output, deterministic_id=True, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    return output.getvalue()
