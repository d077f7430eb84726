from __future__ import annotations

import json

from pybtex.database import parse_string
from report_source import SUGGESTED_CITATION, TITLE

from edition_harness.project import PROJECT
from report_edition.citation.bibliography import load_bibliography
from report_edition.citation.works import bibtex, cite_paragraph, csl_json, ris, suggested_citation, work_from_entry

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


def test_bibtex_parses_back_to_the_same_work():
    entry = parse_string(bibtex(WORK), "bibtex").entries["boutellis2012"]
    assert entry.type == "report"
    assert [str(person) for person in entry.persons["author"]] == ["Boutellis, Arthur", "Mikulaschek, Christoph"]
    assert entry.fields["title"] == "{" + TITLE + "}"
    assert (entry.fields["date"], entry.fields["url"]) == ("2012-04", URL)
    assert entry.fields["institution"] == "{International Peace Institute}"


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
