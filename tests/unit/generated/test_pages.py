from __future__ import annotations

import markdown
import pytest

from edition_harness.project import PROJECT
from report_edition.context import Settings, load_edition
from report_edition.generated.pages import CASES, GENERATED_PAGES, generated_markdown, glossary_page, is_generated
from report_edition.record import BuildRecord

EDITION = load_edition(Settings(PROJECT, "references.bib", "https://example.org/report/", offline=False))


def test_each_generated_page_has_a_stub_with_its_front_matter_and_title():
    for page in GENERATED_PAGES:
        stub = page.stub()
        assert stub.startswith("---\nparagraph_numbers: false\n") and f"# {page.title}\n" in stub
        assert ("reference_links: false" in stub) is not page.linked
    assert [page.source for page in GENERATED_PAGES if page.linked] == ["charter.md"]  # the Charter's own references
    # Every generated page is searchable; the Cases page, which quotes the paragraphs it lists, ranks after them.
    assert "search:\n  boost: 0.5\n" in CASES.stub() and "exclude" not in CASES.stub()
    assert [page.source for page in GENERATED_PAGES if page.search_boost != 1] == ["cases.md"]


@pytest.mark.parametrize("page", GENERATED_PAGES, ids=[page.source for page in GENERATED_PAGES])
def test_each_generated_page_is_made_from_the_edition_and_the_record(page):
    markdown = generated_markdown(page.source, EDITION, BuildRecord())
    assert markdown.startswith(f"# {page.title}")


def test_a_page_that_is_not_generated_is_refused():
    assert not is_generated("taking-stock.md")
    with pytest.raises(KeyError):
        generated_markdown("taking-stock.md", EDITION, BuildRecord())


def test_glossary_is_a_definition_list_in_alphabetical_order():
    html = markdown.markdown(glossary_page({"UN": "United Nations", "AU": "African Union"}), extensions=["def_list", "attr_list"])
    assert html.index('<dt id="au">AU</dt>') < html.index('<dt id="un">UN</dt>')
    assert "<dd>United Nations</dd>" in html


def test_each_glossary_term_has_the_id_of_its_slug():
    html = markdown.markdown(glossary_page({"ECOWAS": "Economic Community of West African States", "A/B": "x"}), extensions=["def_list", "attr_list"])
    assert '<dt id="ecowas">ECOWAS</dt>' in html and '<dt id="a-b">A/B</dt>' in html
