"""The report's words for the peers: docs/*.md as plain Markdown that stock MkDocs and Sphinx's MyST both read.

What only the edition's hooks understand is made plain, so that the peers publish the same words:
- the front matter (the edition's page flags) is dropped;
- each ``@key`` in a note becomes its work, formatted from references.bib with report-notes.csl
  by mkdocs-bibtex's pandoc registry, as the edition's build formats it (hooks/citations.py),
  and ``\\reference_list`` becomes the list of every work, as on the edition's References page;
- pandoc's "--" in a work becomes an en dash, as the edition's smarty extension makes it;
- ``\\downloads`` (the edition's exports, which the peers do not have) is dropped;
- attribute lists (``{#id}``, ``{ .class }``) are dropped: MyST does not read them on headings;
- links to the pages the hooks generate (Charter, UN Documents, Cases, Glossary) and to the
  citation files keep their words, not the link: the peers have no such pages.
The abbreviations (includes/abbreviations.md) are not appended: a reader sees them only on hover.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from mkdocs_bibtex.citation import InlineReference
from mkdocs_bibtex.registry import PandocRegistry

from edition_harness.project import PROJECT
from report_edition.citation.citations import (
    expand_reference_list,
    mask_code,
    replace_citations,
    replace_command,
    unmask_code,
    unwrap_nocase_spans,
)
from report_edition.exports.editions import DOWNLOADS_COMMAND

_FRONT_MATTER_RE = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
_HEADING_ATTRIBUTES_RE = re.compile(r"^(#+ .*?)\s*\{:?\s*[#.][^}]*\}[ \t]*$", re.MULTILINE)
_ATTRIBUTE_LINE_RE = re.compile(r"^[ \t]*\{:?\s*[#.][^}]*\}[ \t]*\n", re.MULTILINE)
_LINK_RE = re.compile(r"(?<!!)\[(?P<text>[^\]\n]*)\]\((?P<target>[^)\s]+)\)")


def edition_config(project: Path = PROJECT) -> dict:
    """The edition's mkdocs.yml, its ``!ENV`` values left empty (the peers take only names and the nav)."""

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_constructor("!ENV", lambda loader, node: None)
    return yaml.load((project / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)


def published_nav(nav: list, pages: set[str]) -> list:
    """The edition's nav, less the pages that are not in docs/ (the generated ones)."""
    kept = []
    for item in nav:
        ((title, target),) = item.items()
        if isinstance(target, list):
            children = published_nav(target, pages)
            if children:
                kept.append({title: children})
        elif target in pages:
            kept.append({title: target})
    return kept


def formatted_works(project: Path = PROJECT) -> dict[str, str]:
    """Every work of references.bib as the notes print it, by key, in the file's order."""
    registry = PandocRegistry(bib_files=[str(project / "references.bib")],
                              csl_file=str(project / "report-notes.csl"), csl_file_encoding=None)
    references = [InlineReference(key=key) for key in registry.bib_data.entries]
    registry.validate_inline_references(references)
    return {reference.key: _dashes(registry.reference_text(reference)) for reference in references}


def _dashes(text: str) -> str:
    return text.replace("---", "\u2014").replace("--", "\u2013")


def plain_page(markdown: str, works: dict[str, str], pages: set[str]) -> str:
    """One page of docs/ in Markdown that any reader of CommonMark with footnotes renders alike."""
    markdown = _FRONT_MATTER_RE.sub("", markdown)
    markdown = replace_command(markdown, DOWNLOADS_COMMAND, "")
    markdown = expand_reference_list(mask_code(markdown), works)
    markdown = unwrap_nocase_spans(unmask_code(replace_citations(markdown, works)))
    markdown = _ATTRIBUTE_LINE_RE.sub("", _HEADING_ATTRIBUTES_RE.sub(r"\1", markdown))

    def link(match: re.Match) -> str:
        target = match.group("target")
        if re.match(r"[a-z]+:", target) or target.split("#")[0] in pages:
            return match.group(0)
        return match.group("text")

    return _LINK_RE.sub(link, markdown)


def report_pages(project: Path = PROJECT) -> dict[str, str]:
    """Every page of docs/, by file name, made plain."""
    sources = {path.name: path.read_text(encoding="utf-8") for path in sorted((project / "docs").glob("*.md"))}
    works = formatted_works(project)
    return {name: plain_page(text, works, set(sources)) for name, text in sources.items()}
