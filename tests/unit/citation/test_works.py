from __future__ import annotations

import json

from pybtex.database import parse_string
from report_source import SUGGESTED_CITATION, TITLE

from edition_harness.project import PROJECT
from report_edition.citation.bibliography import load_bibliography
from report_edition.citation.works import (
    Section,
    biblatex,
    bibtex,
    cite_paragraph,
    csl_json,
    ris,
    section_files,
    suggested_citation,
    work_from_entry,
)

URL = "https://example.org/report/"
WORK = work_from_entry(load_bibliography(PROJECT / "references.bib")["boutellis2012"], url=URL)


def test_work_from_the_reports_entry():
    assert WORK.authors == (("Boutellis", "Arthur"), ("Mikulaschek", "Christoph"))
    assert (WORK.title, WORK.year, WORK.month) == (TITLE, 2012, 4)
    assert (WORK.institution, WORK.place, WORK.url) == ("International Peace Institute", "New York", URL)


def test_the_reports_own_form_is_its_suggested_citation_as_printed():
    assert SUGGESTED_CITATION in (PROJECT / "tests" / "fixtures" / "report.txt").read_text(encoding="utf-8")
    assert suggested_citation(WORK) == SUGGESTED_CITATION.replace("*", "")
    assert suggested_citation(WORK, html=True) == SUGGESTED_CITATION.replace("*rapporteurs*", "<em>rapporteurs</em>")


def test_the_citation_of_a_paragraph_names_its_section_and_links_it_when_it_can():
    base = suggested_citation(WORK)
    assert cite_paragraph(base, "Taking Stock", 4, f"{URL}taking-stock/#p4") == f'{base} "Taking Stock," para. 4. {URL}taking-stock/#p4'
    assert cite_paragraph(base, "Taking Stock", 4, "") == f'{base} "Taking Stock," para. 4.'  # no online address known


def _plain(bib: str) -> str:
    """The entry as BibTeX's own plain style formats it (pybtex's implementation of plain.bst)."""
    from pybtex.backends.plaintext import Backend
    from pybtex.style.formatting.plain import Style

    (entry,) = Style().format_entries(parse_string(bib, "bibtex").entries.values())
    return entry.text.render(Backend())


def test_classic_bibtex_that_the_plain_style_formats():
    entry = parse_string(bibtex(WORK), "bibtex").entries["boutellis2012"]
    assert entry.type == "techreport" and "date" not in entry.fields
    assert [str(person) for person in entry.persons["author"]] == ["Boutellis, Arthur", "Mikulaschek, Christoph"]
    assert (entry.fields["year"], entry.fields["month"], entry.fields["address"]) == ("2012", "April", "New York")
    assert _plain(bibtex(WORK)) == (
        f"Arthur Boutellis and Christoph Mikulaschek. {TITLE}. Report, International Peace Institute, New York, "
        f"April 2012. URL: {URL}."
    )


def test_a_section_is_a_chapter_of_the_report_in_every_file():
    section = Section("taking-stock.md", "Taking Stock", f"{URL}taking-stock/")
    assert _plain(bibtex(WORK, section)) == (
        f"Arthur Boutellis and Christoph Mikulaschek. Taking Stock. In {TITLE}. International Peace Institute, "
        f"New York, April 2012. URL: {URL}taking-stock/."
    )
    assert parse_string(bibtex(WORK, section), "bibtex").entries["boutellis2012-taking-stock"].type == "incollection"
    lines = ris(WORK, section).split("\r\n")
    assert lines[0] == "TY  - CHAP" and "TI  - Taking Stock" in lines and f"T2  - {TITLE}" in lines and f"UR  - {URL}taking-stock/" in lines
    (item,) = json.loads(csl_json(WORK, section))
    assert (item["type"], item["title"], item["container-title"], item["URL"]) == ("chapter", "Taking Stock", TITLE, f"{URL}taking-stock/")
    assert list(section_files(WORK, section)) == [
        "cite/istanbul-retreat-2011-taking-stock.bib", "cite/istanbul-retreat-2011-taking-stock.ris",
        "cite/istanbul-retreat-2011-taking-stock.json"]


def test_biblatex_keeps_its_own_report_type():
    entry = parse_string(biblatex(WORK), "bibtex").entries["boutellis2012"]
    assert entry.type == "report"
    assert (entry.fields["date"], entry.fields["location"], entry.fields["type"], entry.fields["url"]) == (
        "2012-04", "New York", "Report", URL)


def test_no_file_gives_an_address_when_none_is_known():
    work = work_from_entry(load_bibliography(PROJECT / "references.bib")["boutellis2012"], url="")
    section = Section("taking-stock.md", "Taking Stock", "")
    for text in (bibtex(work), biblatex(work), ris(work), csl_json(work), *section_files(work, section).values()):
        assert "http" not in text and "url" not in text.lower()


def test_ris_tags():
    lines = ris(WORK).split("\r\n")
    assert lines[0] == "TY  - RPRT" and lines[-2] == "ER  - " and lines[-1] == ""
    tags = [(line[:2], line[6:]) for line in lines[1:-2]]
    assert ("AU", "Boutellis, Arthur") in tags and ("AU", "Mikulaschek, Christoph") in tags
    assert ("TI", TITLE) in tags and ("PY", "2012") in tags and ("UR", URL) in tags
    assert all(line[2:6] == "  - " for line in lines[:-1])


def test_csl_json_fields():
    (item,) = json.loads(csl_json(WORK))
    assert item["type"] == "report"
    assert item["title"] == TITLE
    assert item["author"] == [{"family": "Boutellis", "given": "Arthur"}, {"family": "Mikulaschek", "given": "Christoph"}]
    assert item["issued"] == {"date-parts": [[2012, 4]]}
    assert (item["publisher"], item["publisher-place"], item["URL"]) == ("International Peace Institute", "New York", URL)


def test_a_work_with_latex_names_and_title_reads_as_text(tmp_path):
    bib = tmp_path / "refs.bib"
    bib.write_text(
        "@report{w,\n  author = {M{\\\"u}ller, J{\\'e}r{\\^o}me and {United Nations Secretary-General}},\n"
        "  title = {{Caf\\'e \\textit{Diplomacy}}},\n  institution = {{Institut d'{\\'E}tudes}},\n"
        "  location = {Gen{\\`e}ve},\n  date = {2012-04},\n}\n",
        encoding="utf-8",
    )
    work = work_from_entry(load_bibliography(bib)["w"], url=URL)
    assert work.authors == (("Müller", "Jérôme"), ("United Nations Secretary-General", ""))
    assert (work.title, work.institution, work.place) == ("Café Diplomacy", "Institut d’Études", "Genève")
