from __future__ import annotations

import markdown
import pytest

from edition_harness.project import PROJECT
from report_edition.context import CASES_FILE
from report_edition.generated.cases import EXCERPT_LENGTH, Case, CasesError, cases_page, excerpt, load_cases
from report_edition.generated.places import Place


def test_terms_match_whole_words_outside_longer_names():
    sudan = Case("Sudan", ("Sudan",), ("South Sudan",))
    assert sudan.mentioned_in("the border between Sudan and South Sudan")
    assert not sudan.mentioned_in("the South Sudan referendum")
    assert not Case("Guinea", ("Guinea",)).mentioned_in("Guineans")
    assert Case("Kenya", ("Kenya", "Kenyan")).mentioned_in("Kenyan civil society")


def test_anchor_drops_the_article_and_accents():
    assert Case("the Central African Republic", ("x",)).anchor == "central-african-republic"
    assert Case("Côte d'Ivoire", ("x",)).anchor == "cote-d-ivoire"


@pytest.mark.parametrize(
    "text, message",
    [
        ("- name: Kenya\n  terms: [Kenya]\n- name: Nowhere\n", r"^cases\.yml:3: the terms of 'Nowhere' must be a list of words$"),
        ("- name: Kenya\n  terms: Kenya\n", r"^cases\.yml:1: the terms of 'Kenya' must be a list of words$"),
        ("- name: Kenya\n  terms: [Kenya\n", r"^cases\.yml:3: not valid YAML"),
        ("", r"^cases\.yml:1: expected a list of cases"),
        ("- terms: [Kenya]\n", r"^cases\.yml:1: a case needs a name$"),
        ("- name: Sudan\n  terms: [Sudan]\n  not_within: South Sudan\n", r"^cases\.yml:1: not_within of 'Sudan'"),
        ("- name: Kenya\n  term: [Kenya]\n", r"^cases\.yml:1: unknown field"),
    ],
)
def test_a_bad_cases_file_names_the_line(tmp_path, text, message):
    path = tmp_path / "cases.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CasesError, match=message):
        load_cases(path, "cases.yml")


def test_the_projects_cases_load():
    names = [case.name for case in load_cases(PROJECT / CASES_FILE, CASES_FILE)]
    for required in ["Kenya", "South Sudan", "Côte d'Ivoire", "Libya", "Syria", "Sri Lanka", "Kyrgyzstan", "the Koreas",
                     "Cambodia and Thailand", "Yemen", "Guinea", "the Central African Republic", "Liberia",
                     "Madagascar", "Rwanda", "Georgia", "Somalia", "Afghanistan", "the Balkans"]:
        assert required in names


def test_cases_page_links_each_paragraph_in_reading_order_with_its_sentence():
    paragraphs = [
        (Place("b.md", "Bee", "p2"), "Nothing here. Kenya again, later."),
        (Place("a.md", "Ay", "p7"), "The mediation in Kenya succeeded. Other things."),
        (Place("a.md", "Ay", "p8"), "No match."),
    ]
    page = cases_page([Case("Kenya", ("Kenya",)), Case("Nowhere", ("Atlantis",))], paragraphs, ["a.md", "b.md"])
    html = markdown.markdown(page, extensions=["attr_list"])
    assert '<h2 id="kenya">Kenya</h2>' in html
    assert html.index('href="a.md#p7"') < html.index('href="b.md#p2"')
    assert "“The mediation in <mark>Kenya</mark> succeeded.”" in html
    assert "“<mark>Kenya</mark> again, later.”" in html
    assert "No paragraph names this case." in html


def test_a_long_sentence_is_cut_around_the_name_never_before_it():
    sentence = "The " + "very long " * 30 + "account ends in Libya, where " + "much happened " * 20 + "at last."
    cut = excerpt(sentence, Case("Libya", ("Libya",)))
    plain = cut.replace("<mark>", "").replace("</mark>", "")
    assert "<mark>Libya</mark>" in cut and plain.startswith("…") and plain.endswith("…")
    assert len(plain) <= EXCERPT_LENGTH + 2 and plain[1] != " " and plain[-2] != " "


def test_the_name_is_marked_outside_longer_names():
    cut = excerpt("South Sudan voted, and Sudan agreed.", Case("Sudan", ("Sudan",), ("South Sudan",)))
    assert cut == "South Sudan voted, and <mark>Sudan</mark> agreed."
