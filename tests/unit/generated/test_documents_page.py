from __future__ import annotations

import markdown
from sample_index import ORDER, sample_index

from report_edition.generated.documents_page import documents_page
from report_edition.linking.documents import DocumentInfo

SG_REPORT = DocumentInfo(("S/2011/552",), "Preventive Diplomacy: Delivering Results", "August 26, 2011", "https://example.org/s")
AGENDA = DocumentInfo(("A/47/277", "S/24111"), "An Agenda for Peace", "June 17, 1992", "https://example.org/a")


def rendered(documents) -> str:
    return markdown.markdown(documents_page(sample_index(), documents, "https://undocs.org/en/", ORDER), extensions=["attr_list"])


def test_each_cited_document_with_its_facts_and_its_places():
    html = rendered({"S/2011/552": SG_REPORT})
    assert '<h3 id="s-2011-552">S/2011/552</h3>' in html
    assert "<em>Preventive Diplomacy: Delivering Results</em> · August 26, 2011" in html
    assert 'Official document: <a href="https://undocs.org/en/S/2011/552">S/2011/552</a>' in html
    assert '<h3 id="s-res-1973-2011">S/RES/1973 (2011)</h3>' in html  # cited, though nothing more is known of it
    assert '<a href="https://undocs.org/en/S/RES/1973(2011)">S/RES/1973 (2011)</a>' in html
    assert '<a href="taking-stock.md#p2">Taking Stock, para. 2</a>' not in html  # S/RES/1973 was cited in Introduction
    assert '<a href="introduction.md#p2">Introduction, para. 2</a>' in html


def test_a_joint_symbol_is_one_entry_with_an_anchor_for_each_part():
    page = documents_page(sample_index(), {"A/47/277": AGENDA, "S/24111": AGENDA}, "https://undocs.org/en/", ORDER)
    assert page.count("### A/47/277–S/24111 {#a-47-277-s-24111}") == 1 and "## General Assembly and Security Council" in page
    html = markdown.markdown(page, extensions=["attr_list"])
    assert 'id="a-47-277"' in html and 'id="s-24111"' in html


def test_a_resolution_is_dated_by_its_adoption():
    resolution = DocumentInfo(("S/RES/1973 (2011)",), "Resolution 1973 (2011)", "March 17, 2011", "https://example.org/r")
    assert "<em>Resolution 1973 (2011)</em> · Adopted March 17, 2011" in rendered({"S/RES/1973 (2011)": resolution})
