"""The labelled corpora of real UN texts (tests/corpus/): loaded, and a finder scored against them.

Each text's labels were made by hand before any finder ran on it (see each folder's
README). A found reference counts as right when it covers part of a labelled reference
and points to the same target; anything else it finds is a wrong link, and a label no
right reference covers is a miss.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from edition_harness.project import PROJECT

CORPORA = PROJECT / "tests" / "corpus"
KINDS = ("article", "chapter", "symbol")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str  # "article", "chapter", "symbol"; "negative" for what must not be linked
    target: str  # "2(4)", "VII", "S/RES/1973 (2011)"; for a negative, why
    written: str


@dataclass(frozen=True)
class CorpusText:
    name: str
    source: str
    kind: str
    issued_by: str | None
    instrument: str | None
    text: str
    labels: tuple[Span, ...]
    negatives: tuple[Span, ...]


def _position(text: str, written: str, occurrence: int, name: str) -> int:
    start = -1
    for _ in range(occurrence):
        start = text.find(written, start + 1)
        if start < 0:
            raise ValueError(f"{name}: {written!r} does not occur {occurrence} time(s)")
    return start


def _spans(text: str, items: Iterable[dict], name: str, negative: bool) -> tuple[Span, ...]:
    spans = []
    for item in items or ():
        start = _position(text, item["at"], item.get("occurrence", 1), name)
        kind = "negative" if negative else item["kind"]
        target = item.get("why", "") if negative else str(item["target"])
        spans.append(Span(start, start + len(item["at"]), kind, target, item["at"]))
    return tuple(spans)


def load_corpus(folder: str | Path) -> list[CorpusText]:
    texts = []
    for path in sorted(Path(CORPORA / folder).glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        text = data["text"]
        texts.append(CorpusText(
            name=path.name, source=data["source"], kind=data.get("kind", ""), issued_by=data.get("issued_by"),
            instrument=data.get("instrument"), text=text,
            labels=_spans(text, data.get("references"), path.name, negative=False),
            negatives=_spans(text, data.get("negatives"), path.name, negative=True),
        ))
    return texts


def canonical(target: str) -> str:
    """Targets compare without their spaces: "S/RES/1973 (2011)" is "S/RES/1973(2011)"."""
    return re.sub(r"\s+", "", target)


@dataclass
class Score:
    right: list[tuple[str, Span, Span]] = field(default_factory=list)  # (text, label, found)
    wrong: list[tuple[str, Span, Span | None]] = field(default_factory=list)  # (text, found, the label it overlaps)
    missed: list[tuple[str, Span]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = len(self.right) + len(self.wrong)
        return len(self.right) / found if found else 1.0

    @property
    def recall(self) -> float:
        labelled = len(self.right) + len(self.missed)
        return len(self.right) / labelled if labelled else 1.0


Finder = Callable[[CorpusText], list[Span]]


def score(texts: Iterable[CorpusText], find: Finder) -> dict[str, Score]:
    """Per kind (and "all"): what the finder got right, what it linked wrongly, what it missed."""
    scores = {kind: Score() for kind in (*KINDS, "all")}
    for text in texts:
        matched: set[Span] = set()
        for found in find(text):
            label = next((label for label in text.labels if label not in matched and label.kind == found.kind
                          and label.start < found.end and found.start < label.end
                          and canonical(label.target) == canonical(found.target)), None)
            kind = found.kind if found.kind in KINDS else "symbol"
            if label is None:
                overlapped = next((s for s in text.labels + text.negatives if s.start < found.end and found.start < s.end), None)
                for bucket in (scores[kind], scores["all"]):
                    bucket.wrong.append((text.name, found, overlapped))
            else:
                matched.add(label)
                for bucket in (scores[kind], scores["all"]):
                    bucket.right.append((text.name, label, found))
        for label in text.labels:
            if label not in matched:
                for bucket in (scores[label.kind], scores["all"]):
                    bucket.missed.append((text.name, label))
    return scores


_PASSAGE_RE = re.compile(r"(?:[^\n]|\n(?![ \t]*\n))+")


def passages(text: str):
    """A text's passages, as the page pass reads them: blocks between blank lines, a line break read as a space."""
    for block in _PASSAGE_RE.finditer(text):
        yield block.start(), block.group(0).replace("\n", " ")


def linker_finder(finder, context_type) -> Finder:
    """Score the edition's ReferenceFinder: each passage read with the text's front matter as its context."""

    def find(text: CorpusText) -> list[Span]:
        found = []
        for offset, passage in passages(text.text):
            for reference in finder.find(passage, context_type(text.issued_by, text.instrument)):
                if reference.valid:
                    written = passage[reference.start : reference.end]
                    found.append(Span(offset + reference.start, offset + reference.end, reference.kind, reference.key, written))
        return found

    return find
