import pytest

from report_edition.html import parse_fragment, serialize_fragment
from report_edition.text import page


def mark_external_links(html: str, site_url: str) -> str:
    content = parse_fragment(html)
    page.mark_external_links(content, site_url)
    return serialize_fragment(content)

SITE = "https://example.org/istanbul/"


def test_a_link_to_another_site_is_marked():
    html = '<a class="un-symbol" href="https://undocs.org/en/S/2011/552" title="x">S/2011/552</a>'
    assert mark_external_links(html, SITE) == (
        '<a class="un-symbol" href="https://undocs.org/en/S/2011/552" title="x" rel="external">S/2011/552</a>'
    )


@pytest.mark.parametrize(
    "html",
    [
        '<a href="../charter/#article-33">Article 33</a>',  # relative: this site
        '<a href="#p4">4</a>',
        '<a href="https://example.org/istanbul/taking-stock/">Taking Stock</a>',  # this site, absolute
        '<a href="mailto:info@ipinst.org">mail</a>',
        '<a id="top">no href</a>',
        '<abbr title="https://undocs.org/">x</abbr>',  # not a link
        '<a href="https://un.org/" rel="noopener external">already</a>',
    ],
)
def test_links_that_stay_are_unchanged(html):
    assert mark_external_links(html, SITE) == html


def test_an_existing_rel_gains_external():
    html = '<a href="http://www.ipinst.org/" rel="noopener">IPI</a>'
    assert mark_external_links(html, SITE) == '<a href="http://www.ipinst.org/" rel="noopener external">IPI</a>'


def test_the_host_decides_not_the_scheme():
    html = '<a href="http://example.org/istanbul/about/">About</a>'
    assert mark_external_links(html, SITE) == html
