from __future__ import annotations

import re
from pathlib import Path

import pypandoc
import pytest

from edition_harness.project import PROJECT
from report_edition.citation.bibliography import FORMATTABLE_TYPES, BibliographyError, load_bibliography


def _bib(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "refs.bib"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_projects_bibliography_loads():
    entries = load_bibliography(PROJECT / "references.bib")
    assert len(entries) == 11
    assert entries["agenda1992"].type == "report"
    assert entries["agenda1992"].line == PROJECT.joinpath("references.bib").read_text().split("\n").index(
        "@report{agenda1992,"
    ) + 1


def test_un_documents_carry_symbol_date_and_undocs_link():
    entries = load_bibliography(PROJECT / "references.bib")
    documents = [entry for entry in entries.values() if "number" in entry.fields]
    assert len(documents) == 7
    for entry in documents:
        first_symbol = re.split(r"[–-](?=[A-Z]/)", entry.fields["number"])[0]
        assert entry.fields["url"] == f"https://undocs.org/en/{first_symbol}", entry.key
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", entry.fields["date"]), entry.key


def test_titles_are_protected_from_lowercasing():
    for entry in load_bibliography(PROJECT / "references.bib").values():
        assert entry.fields["title"].startswith("{") and entry.fields["title"].endswith("}"), entry.key


@pytest.mark.parametrize("first, second", [("a", "a"), ("Abc", "abc")])
def test_duplicate_key_names_its_second_line(tmp_path, first, second):
    """Keys differing only in case are the same key to BibTeX."""
    text = f"@report{{{first},\n title={{{{X}}}},\n date={{2001}},\n}}\n\n@report{{{second},\n title={{{{Y}}}},\n date={{2002}},\n}}\n"
    with pytest.raises(BibliographyError, match=rf"^refs\.bib:6: duplicate key '{second}'$"):
        load_bibliography(_bib(tmp_path, text), display_name="refs.bib")


def test_syntax_error_names_its_line(tmp_path):
    path = _bib(tmp_path, "@report{a,\n title={{X}}\n date={2001},\n}\n")
    with pytest.raises(BibliographyError, match=r"^refs\.bib:3: malformed BibTeX: '\}' expected$"):
        load_bibliography(path, display_name="refs.bib")


def test_unformattable_type(tmp_path):
    path = _bib(tmp_path, "@report{a,\n title={{X}},\n date={2001},\n}\n\n@book{b,\n title={{Y}},\n date={2002},\n}\n")
    with pytest.raises(BibliographyError, match=r"^refs\.bib:6: entry 'b' has type @book, which the citation style"):
        load_bibliography(path, display_name="refs.bib")


@pytest.mark.parametrize("missing", ["title", "date"])
def test_missing_required_field(tmp_path, missing):
    fields = {"title": "title={{X}},", "date": "date={2001},"}
    del fields[missing]
    path = _bib(tmp_path, "@report{a,\n " + "\n ".join(fields.values()) + "\n}\n")
    with pytest.raises(BibliographyError, match=rf"^refs\.bib:1: entry 'a' has no {missing}$"):
        load_bibliography(path, display_name="refs.bib")


def test_key_that_cannot_be_cited(tmp_path):
    path = _bib(tmp_path, "@report{\n title={{X}},\n date={2001},\n}\n")
    with pytest.raises(BibliographyError, match=r"cannot be cited"):
        load_bibliography(path, display_name="refs.bib")


def test_unreadable_file(tmp_path):
    with pytest.raises(BibliographyError, match=r"^nothing\.bib: cannot read the bibliography"):
        load_bibliography(tmp_path / "nothing.bib", display_name="nothing.bib")


def _formatted(tmp_path: Path, entry: str) -> str | None:
    """The bibliography entry pandoc renders for ``entry`` with report-notes.csl, or None."""
    html = pypandoc.convert_text(
        "---\nnocite: '@*'\n---\n",
        to="html",
        format="markdown",
        extra_args=["--citeproc", "--bibliography", str(_bib(tmp_path, entry)), "--csl", str(PROJECT / "report-notes.csl")],
    )
    found = re.search(r'<div id="ref-k" class="csl-entry"[^>]*>(.*?)</div>', html, re.S)
    return found.group(1).strip() if found else None


@pytest.mark.parametrize(
    "entry, expected",
    [
        ("@report{k, title={{T}}, date={2001}, institution={{I}}, location={P}}", "“T,” P: I, 2001"),
        ("@report{k, author={{U}}, title={{T}}, number={S/1}, date={2001-02-03}}",
         "U, <em>T</em>, UN Doc. S/1, February 3, 2001"),
        ("@article{k, author={A, B}, title={{T}}, journaltitle={{J}}, date={2001}}", "B A, “T,” <em>J</em>, 2001"),
        ("@legal{k, title={{T}}, date={2001}}", "<em>T</em> (2001)"),
        ("@legislation{k, author={{U}}, title={{T}}, number={A/RES/1}, date={2001}}", "U T (2001), UN Doc. A/RES/1"),
    ],
)
def test_report_notes_style_formats_each_allowed_type(tmp_path, entry, expected):
    """FORMATTABLE_TYPES tells the truth: report-notes.csl formats each of them, in the report's note form."""
    assert entry.split("{")[0][1:] in FORMATTABLE_TYPES
    formatted = re.sub(r"</?span[^>]*>", "", _formatted(tmp_path, entry))  # pandoc's spans carry no text
    assert " ".join(formatted.split()) == expected


def test_report_notes_style_has_nothing_for_other_types(tmp_path):
    assert not _formatted(tmp_path, "@book{k, title={{T}}, date={2001}}")


@pytest.mark.parametrize(
    "date, problem",
    [
        ("August 2011", "is not YYYY, YYYY-MM or YYYY-MM-DD"),
        ("2011-00", "is not a day of the calendar"),
        ("2011-13-01", "is not a day of the calendar"),
        ("2011-02-30", "is not a day of the calendar"),
    ],
)
def test_a_date_the_notes_cannot_print_names_its_entry(tmp_path, date, problem):
    path = _bib(tmp_path, f"@report{{a,\n title={{{{X}}}},\n date={{{date}}},\n}}\n")
    with pytest.raises(BibliographyError, match=rf"^refs\.bib:1: entry 'a': date '{date}' {problem}"):
        load_bibliography(path, display_name="refs.bib")
