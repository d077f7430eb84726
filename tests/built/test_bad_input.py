"""Bad input stops the build with one line naming the file, the line and the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from edition_harness.project import run_build


@pytest.fixture
def project(project_copy: Path) -> Path:
    return project_copy


def _append(path: Path, text: str) -> int:
    """Append text; return the line number its first line lands on."""
    existing = path.read_text(encoding="utf-8")
    if not existing.endswith("\n"):
        existing += "\n"
    path.write_text(existing + text, encoding="utf-8")
    return existing.count("\n") + 1


def _assert_fails_with(project: Path, message: str) -> None:
    result = run_build(project)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "Traceback" not in output
    errors = [line for line in output.splitlines() if line.startswith("ERROR")]
    assert errors == [f"ERROR   -  {message}"], output


def test_malformed_bib_names_the_line(project: Path):
    bib = project / "references.bib"
    text = bib.read_text(encoding="utf-8")
    # Drop the comma after the Charter's title: the next field's line is where parsing fails.
    broken = text.replace("title = {{Charter of the United Nations}},", "title = {{Charter of the United Nations}}")
    assert broken != text
    bib.write_text(broken, encoding="utf-8")
    line = broken[: broken.index("Charter of the United Nations")].count("\n") + 2
    _assert_fails_with(project, f"references.bib:{line}: malformed BibTeX: '}}' expected")


def test_truncated_bib(project: Path):
    bib = project / "references.bib"
    _append(bib, "\n@report{broken,\n  title = {{Unclosed},\n  date = {2011},\n")
    last_line = bib.read_text(encoding="utf-8").count("\n")
    _assert_fails_with(project, f"references.bib:{last_line}: malformed BibTeX: premature end of file")


def test_duplicate_key(project: Path):
    line = _append(project / "references.bib", "\n@report{agenda1992,\n  title = {{Again}},\n  date = {1992},\n}\n")
    _assert_fails_with(project, f"references.bib:{line + 1}: duplicate key 'agenda1992'")


def test_entry_type_the_style_cannot_format(project: Path):
    line = _append(project / "references.bib", "\n@book{somebook,\n  title = {{A Book}},\n  date = {2001},\n}\n")
    _assert_fails_with(
        project,
        f"references.bib:{line + 1}: entry 'somebook' has type @book, which the citation style cannot format "
        "(use @article, @legal, @legislation, @report)",
    )


def test_unknown_citation_key(project: Path):
    page = project / "docs" / "taking-stock.md"
    line = _append(page, "\nAs argued elsewhere.[^99]\n\n[^99]: @nosuchwork, 12.\n")
    _assert_fails_with(project, f"docs/taking-stock.md:{line + 3}: unknown citation key 'nosuchwork' (not in references.bib)")


def test_unknown_key_in_a_bracketed_citation(project: Path):
    page = project / "docs" / "about.md"
    line = _append(page, "\nSee [@agenda1992; @missing2020, p. 4].\n")
    _assert_fails_with(project, f"docs/about.md:{line + 1}: unknown citation key 'missing2020' (not in references.bib)")


def test_a_date_the_notes_cannot_print(project: Path):
    bib = project / "references.bib"
    text = bib.read_text(encoding="utf-8")
    bib.write_text(text.replace("date   = {2011-08-26},", "date   = {August 2011},"), encoding="utf-8")
    line = text[: text.index("@report{s-2011-552,")].count("\n") + 1
    _assert_fails_with(project, f"references.bib:{line}: entry 's-2011-552': date 'August 2011' is not YYYY, YYYY-MM or YYYY-MM-DD")


def test_a_bad_cases_file(project: Path):
    cases = project / "data" / "cases.yml"
    text = cases.read_text(encoding="utf-8")
    cases.write_text(text.replace('terms: ["Kenya", "Kenyan"]', "terms: Kenya"), encoding="utf-8")
    line = text[: text.index("- name: Kenya")].count("\n") + 1
    _assert_fails_with(project, f"data/cases.yml:{line}: the terms of 'Kenya' must be a list of words")


def test_a_bad_abbreviations_file(project: Path):
    line = _append(project / "includes" / "abbreviations.md", "UN = United Nations\n")
    _assert_fails_with(project, f"includes/abbreviations.md:{line}: not an abbreviation definition: 'UN = United Nations'")


def _replace_in(path: Path, old: str, new: str) -> str:
    """Replace one exact passage (it must be there); return the file's text from before."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")
    return text


def _line_of(text: str, passage: str) -> int:
    return text[: text.index(passage)].count("\n") + 1


def test_the_report_entry_renamed(project: Path):
    _replace_in(project / "references.bib", "@report{boutellis2012,", "@report{boutellis2012a,")
    _assert_fails_with(project, "references.bib: no entry 'boutellis2012' for the report itself")


def test_a_missing_bibliography(project: Path):
    (project / "references.bib").unlink()
    result = run_build(project)
    output = result.stdout + result.stderr
    errors = [line for line in output.splitlines() if line.startswith("ERROR")]
    assert result.returncode != 0 and "Traceback" not in output
    assert len(errors) == 1 and errors[0].endswith("/references.bib' isn't an existing file or directory."), output


def test_a_key_that_cannot_be_cited(project: Path):
    line = _append(project / "references.bib", "\n@report{bad.key,\n  title = {{A Report}},\n  date = {2001},\n}\n")
    _assert_fails_with(
        project, f"references.bib:{line + 1}: entry key 'bad.key' cannot be cited: use letters, digits, '_', ':' or '-'"
    )


def test_an_entry_with_no_title(project: Path):
    line = _append(project / "references.bib", "\n@report{untitled,\n  date = {2001},\n}\n")
    _assert_fails_with(project, f"references.bib:{line + 1}: entry 'untitled' has no title")


def test_an_entry_with_no_date(project: Path):
    line = _append(project / "references.bib", "\n@report{undated,\n  title = {{A Report}},\n}\n")
    _assert_fails_with(project, f"references.bib:{line + 1}: entry 'undated' has no date")


def test_a_day_that_does_not_exist(project: Path):
    text = _replace_in(project / "references.bib", "date   = {2011-08-26},", "date   = {2011-02-30},")
    _assert_fails_with(
        project,
        f"references.bib:{_line_of(text, '@report{s-2011-552,')}: entry 's-2011-552': "
        "date '2011-02-30' is not a day of the calendar (day is out of range for month)",
    )


@pytest.mark.parametrize("written, problem", [
    ("## Under Chapter XXV", "'Chapter XXV' is not a chapter of the Charter (Chapters I-XIX); left unlinked"),
    ("## Under Article 112", "'Article 112' is not an article of the Charter (Articles 1-111); left unlinked"),
    ("A paragraph on Chapter XX.", "'Chapter XX' is not a chapter of the Charter (Chapters I-XIX); left unlinked"),
])
def test_a_reference_the_charter_lacks_fails_the_strict_build(project: Path, written: str, problem: str):
    _append(project / "docs" / "taking-stock.md", f"\n{written}\n")
    result = run_build(project)
    output = result.stdout + result.stderr
    assert result.returncode != 0 and "Traceback" not in output
    warnings = [line for line in output.splitlines() if line.startswith("WARNING")]
    # One line, naming the page (after the name of the plugin logger that reports it).
    assert len(warnings) == 1 and warnings[0].endswith(f": docs/taking-stock.md: {problem}"), output


def test_a_template_override_that_no_longer_fills_materials_block_stops_the_build(project: Path):
    # As if Material renamed the block the edition's head tags go into.
    _replace_in(project / "overrides" / "main.html", "{% block extrahead %}", "{% block extrahead_renamed %}")
    result = run_build(project)
    output = result.stdout + result.stderr
    errors = [line for line in output.splitlines() if line.startswith("ERROR")]
    assert result.returncode != 0 and "Traceback" not in output
    # MkDocs names the page it was building; the line after it says what is wrong.
    assert errors == [
        "ERROR   -  Error building page 'index.md':",
        "ERROR   -  index.md: the page has no citation tags in its head: overrides/main.html no longer fills "
        "Material's template (a block it extends was renamed or removed)",
    ], output
