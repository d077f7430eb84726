from __future__ import annotations

import markdown
from sample_index import ORDER, sample_index

from report_edition.generated.documents_page import documents_page
from report_edition.linking.documents import DocumentInfo


def test_documents_page_lists_each_cited_symbol_with_bibliography_data():
    documents = {"S/2011/552": DocumentInfo("Preventive Diplomacy: Delivering Results", "August 26, 2011", "k", "S/2011/552")}
    page = documents_page(sample_index(), documents, "https://undocs.org/en/", ORDER)
    html = markdown.markdown(page, extensions=["attr_list"])
    assert '<h3 id="s-2011-552">S/2011/552</h3>' in html
    assert "<em>Preventive Diplomacy: Delivering Results</em>, August 26, 2011." in html
    assert '<a href="https://undocs.org/en/S/2011/552">Official document</a>' in html
    assert '<h3 id="s-res-1973-2011">S/RES/1973 (2011)</h3>' in html
    assert '<a href="https://undocs.org/en/S/RES/1973(2011)">Official document</a>' in html
    assert '<a href="taking-stock.md#p2">Taking Stock, para. 2</a>' not in html  # S/RES/1973 was cited in Introduction
    assert '<a href="introduction.md#p2">Introduction, para. 2</a>' in html
