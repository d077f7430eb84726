"""The report as extracted (tests/fixtures/report.txt), split into its parts.

The fixture keeps the extraction's artifacts (see tests/fixtures/README.md): notes where
the printed page ended, paragraphs cut by page breaks, a table of contents with page
numbers. Parsing it here, rather than trusting the site, is what lets the tests compare
the site with the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"
REPORT = FIXTURES / "report.txt"
FIXTURES_README = FIXTURES / "README.md"
SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
NOTE_RE = re.compile(r"^([0-9]+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+) (.+)$", re.S)
MARKER_RE = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
CONTENTS_HEADING = "CONTENTS"
BACK_MATTER_START = "The **INTERNATIONAL PEACE INSTITUTE (IPI)**"
TITLE = "Strengthening Preventive Diplomacy and Mediation: Istanbul Retreat of the UN Security Council"
# The report cited as the Cite buttons and citation files give it, before any section or paragraph.
# The Suggested Citation as the report prints it (tests/fixtures/report.txt), without its *emphasis*.
SUGGESTED_CITATION = (
    f'"{TITLE}," Arthur Boutellis and Christoph Mikulaschek, *rapporteurs*. New York: International Peace Institute, April 2012.'
)


@dataclass
class ReportSource:
    front: list[str] = field(default_factory=list)  # blocks before the contents
    contents: list[str] = field(default_factory=list)  # the printed table of contents
    body: list[str] = field(default_factory=list)  # headings and paragraph pieces, in file order
    notes: dict[int, str] = field(default_factory=dict)
    markers: list[int] = field(default_factory=list)  # note markers in the body, in order
    back: list[str] = field(default_factory=list)

    @property
    def section_titles(self) -> list[str]:
        return [line.split(".....")[0].split("\t")[0].strip() for line in self.contents]


def load_report(path: Path = REPORT) -> ReportSource:
    text = path.read_text(encoding="utf-8")
    blocks = [block.strip() for block in re.split(r"\n\s*\n", text) if block.strip()]
    source = ReportSource()
    part = "front"
    for block in blocks:
        if block.startswith(CONTENTS_HEADING):
            source.contents = block.split("\n")[1:]
            part = "contents"
            continue
        if part == "contents" and block in source.section_titles:
            part = "body"
        elif block.startswith(BACK_MATTER_START):
            part = "back"
        if part == "front":
            source.front.append(block)
        elif part == "contents":
            source.contents.extend(block.split("\n"))
        elif part == "back":
            source.back.append(block)
        elif note := NOTE_RE.match(block):
            source.notes[int(note.group(1).translate(SUPERSCRIPT_DIGITS))] = note.group(2)
        else:
            source.markers.extend(int(m.translate(SUPERSCRIPT_DIGITS)) for m in MARKER_RE.findall(block))
            source.body.append(block)
    return source


def words(text: str) -> list[str]:
    """Exact word tokens: the source's emphasis markers and note markers are not words."""
    text = MARKER_RE.sub("", text).replace("**", "").replace("*", "")
    return text.split()


def loose_words(text: str) -> list[str]:
    """Case-folded letters and digits only, for matter whose typography the site restyles."""
    return re.findall(r"\w+", " ".join(words(text)).casefold())
