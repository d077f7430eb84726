"""Citations in a page's Markdown: found, checked against the bibliography, and replaced.

A note cites its sources by key (``[^2]: @agenda1992, para. 23.``). Every key is checked
before any page is rendered (an unknown key stops the build with the page and line);
the works are formatted once per build and put in place of their keys. Code is never
read for citations, by these checks or by mkdocs-bibtex: its "@" is masked meanwhile.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from report_edition.citation.bibliography import KEY, BibliographyError
from report_edition.generated.places import Place, cited_in, reading_order

# "@key" in running text or in a "[...; @key, locator]" block, as mkdocs-bibtex reads them.
_CITATION_RE = re.compile(rf"(?<!\\)(?<![\[\w])@(?P<key>{KEY})|\[[^\]\n]*?(?<![\w\\])@(?P<block_key>{KEY})")

# Code in Markdown: a fenced block (to its closing fence, or the end), a backtick span within
# one block of text (closed by a run of as many backticks), an indented block after a paragraph.
_FENCE_RE = re.compile(r"^ {0,3}(?P<fence>`{3,}|~{3,})[^\n]*(?:\n.*?^ {0,3}(?P=fence)[`~]*[ \t]*$|\Z)", re.MULTILINE | re.DOTALL)
_TEXT_BLOCK_RE = re.compile(r"(?:^[ \t]*\S[^\n]*(?:\n|\Z))+", re.MULTILINE)
_BACKTICK_RE = re.compile(r"(?<![\\`])(?P<ticks>`+)(?!`).+?(?<!`)(?P=ticks)(?!`)", re.DOTALL)

# A block that may be continued by an indented one (a list item, a note), which is then not code.
_CONTINUED_RE = re.compile(r"^[ \t]*(?:[-*+]|\d+[.)]|\[\^[^\]]+\]:|:)[ \t]", re.MULTILINE)

# Stands for "@" in code while mkdocs-bibtex reads the page (a private-use character).
CODE_AT = "\ue040"

# mkdocs-bibtex's own pattern for a key in running text (not inside brackets): the keys it
# would format page by page, which this edition formats once per build instead.
INLINE_CITATION_RE = re.compile(rf"(?<!\\)(?<![\[\w])@(?P<key>{KEY})(?![^\[\]]*\])")
REFERENCE_LIST_COMMAND = "\\reference_list"
# pandoc marks a title whose capitals the bib file protects as ``[Title]{.nocase}``.
_NOCASE_SPAN_RE = re.compile(r"\[([^\[\]]*)\]\{\.nocase\}")


def code_ranges(markdown: str) -> list[tuple[int, int]]:
    """Where the code is in a page's Markdown, as (start, end) offsets in text order."""
    ranges = [match.span() for match in _FENCE_RE.finditer(markdown)]

    def in_fence(position: int) -> bool:
        return any(start <= position < end for start, end in ranges)

    previous: str | None = None
    for block in _TEXT_BLOCK_RE.finditer(markdown):
        if in_fence(block.start()):
            continue
        text = block.group(0)
        indented = all(line.startswith(("    ", "\t")) for line in text.splitlines() if line.strip())
        if indented and previous is not None and not _CONTINUED_RE.match(previous):
            ranges.append(block.span())
            continue
        if not indented:
            previous = text
        for span in _BACKTICK_RE.finditer(text):
            if not in_fence(block.start() + span.start()):
                ranges.append((block.start() + span.start(), block.start() + span.end()))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def mask_code(markdown: str) -> str:
    """The page with every "@" in code replaced by ``CODE_AT``, so that no citation is read there."""
    pieces, cursor = [], 0
    for start, end in code_ranges(markdown):
        pieces += [markdown[cursor:start], markdown[start:end].replace("@", CODE_AT)]
        cursor = end
    return "".join(pieces) + markdown[cursor:]


def unmask_code(markdown: str) -> str:
    return markdown.replace(CODE_AT, "@")


def find_citations(markdown: str) -> list[tuple[str, int]]:
    """Every cited key with the line it stands on, in order of appearance; code is not read."""
    found = []
    for match in _CITATION_RE.finditer(mask_code(markdown)):
        key = match.group("key") or match.group("block_key")
        found.append((key, markdown.count("\n", 0, match.start()) + 1))
    return found


def check_citations(markdown: str, known_keys: set[str] | dict, page_path: str, bib_name: str) -> None:
    """Raise on the first citation of a key that the bibliography lacks."""
    for key, line in find_citations(markdown):
        if key not in known_keys:
            raise BibliographyError(page_path, line, f"unknown citation key '{key}' (not in {bib_name})")


def replace_citations(markdown: str, formatted: Mapping[str, str]) -> str:
    """Each key in running text replaced by its formatted work (the page's code already masked)."""
    return INLINE_CITATION_RE.sub(lambda match: formatted[match.group("key")], markdown)


def replace_command(markdown: str, command: str, replacement: str) -> str:
    """Each line that holds only ``command`` becomes ``replacement``; the rest is left as it is."""
    if command not in markdown:
        return markdown
    return "\n".join(replacement if line.strip() == command else line for line in markdown.split("\n"))


def expand_reference_list(markdown: str, keys: Iterable[str], cited_in: Mapping[str, str] | None = None) -> str:
    """``\\reference_list`` on a line of its own: a list citing every key, in the order given, each item
    anchored ``ref-<key>`` and followed by where the report cites it (``cited_in``: key -> Markdown)."""
    cited_in = cited_in or {}
    listing = "\n".join(
        f"- @{key}.{(' ' + cited_in[key]) if cited_in.get(key) else ''}\n  {{: #ref-{key} }}" for key in keys
    )
    return replace_command(markdown, REFERENCE_LIST_COMMAND, listing)


# A note's definition: "[^4]: @mbeki2011." and any indented lines that continue it.
_NOTE_RE = re.compile(r"^\[\^(?P<label>[^\]\s]+)\]:(?P<text>[^\n]*(?:\n(?:[ \t]+[^\n]*|[ \t]*(?=\n[ \t]+\S)))*)", re.MULTILINE)


def keys_by_note(markdown: str) -> list[tuple[str, str]]:
    """Each (note label, key) a page's notes cite, in order; code is not read."""
    return [(note.group("label"), key) for note in _NOTE_RE.finditer(mask_code(markdown))
            for key, _ in find_citations(note.group("text"))]


def unwrap_nocase_spans(markdown: str) -> str:
    """pandoc's ``[text]{.nocase}`` becomes ``text``: Python-Markdown has no such spans."""
    return _NOCASE_SPAN_RE.sub(r"\1", markdown)


def reference_list(
    keys: Iterable[str], first: str, notes_citing: Mapping[str, list[tuple[str, str]]], titles: Mapping[str, str],
    page_order: list[str], page: str,
) -> tuple[list[str], dict[str, str]]:
    """The References page's works in its order (``first``, the report itself, then each work by the note
    that first cites it, then any the notes do not cite), and where the report cites each, as Markdown."""
    in_reading_order = reading_order(page_order)
    places = {
        key: sorted((Place(source, titles.get(source, source), f"fn:{label}") for source, label in cited), key=in_reading_order)
        for key, cited in notes_citing.items()
    }
    never = (len(page_order) + 1, "", True, 0)
    ordered = sorted(keys, key=lambda key: (key != first, in_reading_order(places[key][0]) if places.get(key) else never))
    return ordered, {key: cited_in(found, page) for key, found in places.items() if found}
