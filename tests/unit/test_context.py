from __future__ import annotations

import pytest

from edition_harness.project import PROJECT
from report_edition.context import BuildMode, Settings, SiteAddress, load_edition
from report_edition.errors import EditionError


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
def test_an_address_nobody_else_can_open_is_not_published(url, local):
    assert SiteAddress(url).published is not local


def test_the_projects_edition_loads_once_with_everything_a_build_reads():
    edition = load_edition(Settings(PROJECT, "references.bib", "https://example.org/report/", offline=True))
    assert edition.mode is BuildMode.OFFLINE and edition.offline and edition.site.published
    assert edition.report.title.startswith("Strengthening Preventive Diplomacy")
    assert "S/PRST/2011/18" in edition.documents and edition.symbol_titles["S/PRST/2011/18"]
    assert edition.charter.titles["article-33"].startswith("Charter of the United Nations, Article 33 (Chapter VI: Pacific")
    assert [case.name for case in edition.cases][:2] == ["Afghanistan", "the Arab Spring"]
    assert edition.abbreviations["UN"] == "United Nations"
    with pytest.raises(TypeError):
        edition.abbreviations["UN"] = "changed"  # the context is never changed


@pytest.mark.parametrize(
    "name, broken, message",
    [
        ("data/cases.yml", "- name: [", r"^data/cases\.yml:\d+: not valid YAML"),
        ("includes/abbreviations.md", "UN = United Nations\n", r"^includes/abbreviations\.md:1: not an abbreviation definition"),
        ("data/charter.json", "{", r"^data/charter\.json:1: cannot read the Charter"),
        ("data/charter.json", '{"chapters": []}', r"^data/charter\.json: the Charter's data lacks or mistypes 'articles'"),
    ],
)
def test_bad_data_is_one_line_naming_the_file(tmp_path, name, broken, message):
    for part in ("data", "includes"):
        (tmp_path / part).mkdir()
    for kept in ("references.bib", "data/un-document-series.txt", "data/charter.json", "data/cases.yml",
                 "data/un-documents.yml", "includes/abbreviations.md"):
        (tmp_path / kept).write_text((PROJECT / kept).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / name).write_text(broken, encoding="utf-8")
    with pytest.raises(EditionError, match=message):
        load_edition(Settings(tmp_path, "references.bib", "http://127.0.0.1:8000/", offline=False))


@pytest.mark.parametrize(
    "site_url, offline, expected",
    [
        ("https://example.org/report/", False, "https://example.org/report/taking-stock/"),
        ("https://example.org/report/", True, "https://example.org/report/taking-stock/"),  # never taking-stock.html
        ("http://127.0.0.1:8000/", False, "http://127.0.0.1:8000/taking-stock/"),  # the address it is served at
        ("http://127.0.0.1:8000/", True, ""),  # a copy whose online address nobody knows
    ],
)
def test_every_edition_names_a_page_by_its_online_address_or_by_none(site_url, offline, expected):
    edition = load_edition(Settings(PROJECT, "references.bib", site_url, offline=offline))
    assert edition.online_address("taking-stock.md") == expected
    assert edition.report.url == expected.removesuffix("taking-stock/")
