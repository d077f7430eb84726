from __future__ import annotations

from markdown_pages import rendered

from edition_harness.project import PROJECT
from report_edition.context import SERIES_FILE
from report_edition.html import serialize_fragment
from report_edition.linking.finder import ReferenceFinder
from report_edition.linking.linker import Found, LinkTargets
from report_edition.linking.symbols import load_series
from report_edition.text.page import PageInput, process_page

FINDER = ReferenceFinder(load_series(PROJECT / SERIES_FILE))
TARGETS = LinkTargets(charter_href=lambda anchor: f"../charter/#{anchor}")
SITE = "https://example.org/report/"
PAGE = (
    "# Taking Stock\n\nThe UN acted under Chapter VII.[^5] Then it rested.\n\n"
    "> Article 33 of the Charter, and Article 150.\n\n"
    "See [the IPI site](https://www.ipinst.org/) and S/2011/552.\n\n"
    "[^5]: Statement S/PRST/2011/16.\n\n*[UN]: United Nations\n"
)


def process(numbered: bool = True, linked: bool = True):
    html = serialize_fragment(rendered(PAGE, "footnotes", "abbr"))
    return process_page(html, PageInput(numbered, linked, "../charter/", SITE), FINDER, TARGETS)


def test_a_page_comes_back_numbered_linked_noted_and_read():
    page = process()
    assert page.ids == ["p1", "fnref:5", "p2", "p3", "fn:5"]
    assert page.texts == {"p1": "The UN acted under Chapter VII. Then it rested.",
                          "p2": "Article 33 of the Charter, and Article 150.",
                          "p3": "See the IPI site and S/2011/552."}
    assert page.found == [Found("chapter", "VII", "p1"), Found("article", "33", "p2"), Found("symbol", "S/2011/552", "p3"),
                          Found("symbol", "S/PRST/2011/16", "fn:5")]
    assert page.problems == ["'Article 150' is not an article of the Charter (Articles 1-111); left unlinked"]
    assert page.description == "The UN acted under Chapter VII."
    assert '<abbr tabindex="0" title="United Nations">UN</abbr>' in page.html
    assert '<a class="charter-ref" href="../charter/#chapter-vii">Chapter VII</a>' in page.html
    assert '<a href="https://www.ipinst.org/" rel="external">the IPI site</a>' in page.html
    assert '<li id="fn:5" value="5">' in page.html


def test_a_page_can_opt_out_of_numbers_and_links():
    page = process(numbered=False, linked=False)
    assert "para-num" not in page.html and "charter-ref" not in page.html
    assert page.found == [] and page.problems == [] and page.texts == {} and page.description == ""
