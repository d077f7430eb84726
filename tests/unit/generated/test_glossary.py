from __future__ import annotations

import markdown

from report_edition.generated.glossary import glossary_page


def test_glossary_is_a_definition_list_in_alphabetical_order():
    html = markdown.markdown(glossary_page({"UN": "United Nations", "AU": "African Union"}), extensions=["def_list", "attr_list"])
    assert html.index("<dt>AU</dt>") < html.index("<dt>UN</dt>")
    assert "<dd>United Nations</dd>" in html
