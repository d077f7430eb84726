import pytest

from edition.external_links import is_local_address, mark_external_links

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


@pytest.mark.parametrize(
    "url, local",
    [
        ("http://127.0.0.1:8000/", True),
        ("http://localhost:8000/", True),
        ("http://[::1]/", True),
        ("", True),
        ("https://example.org/istanbul/", False),
        ("https://owner.github.io/repo/", False),
        ("http://10.0.0.5/", False),  # a private address others on the network can open
    ],
)
def test_local_addresses(url, local):
    assert is_local_address(url) is local
