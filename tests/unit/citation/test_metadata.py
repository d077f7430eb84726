from __future__ import annotations

import json
import re

from edition_harness.project import PROJECT
from report_edition.citation.bibliography import load_bibliography
from report_edition.citation.metadata import (
    cite_data,
    open_graph_tags,
    page_head,
    report_json_ld,
    scholar_tags,
    section_files_links,
)
from report_edition.citation.works import work_from_entry

WORK = work_from_entry(load_bibliography(PROJECT / "references.bib")["boutellis2012"], url="https://example.org/")


def test_scholar_tags_describe_the_report_and_name_the_section():
    tags = "\n".join(scholar_tags(WORK, "Taking Stock", "https://example.org/taking-stock/"))
    assert '<meta name="citation_title" content="Strengthening Preventive Diplomacy' in tags
    assert re.findall(r'name="citation_author" content="([^"]+)"', tags) == ["Boutellis, Arthur", "Mikulaschek, Christoph"]
    assert '<meta name="citation_publication_date" content="2012/04">' in tags
    assert '<meta name="citation_technical_report_institution" content="International Peace Institute">' in tags
    assert '<meta name="DC.title" content="Taking Stock">' in tags


def test_values_are_escaped():
    (tag,) = open_graph_tags('A "quoted" <title>', "d", "u", "s", False)[2:3]
    assert tag == '<meta property="og:title" content="A &quot;quoted&quot; &lt;title&gt;">'


def test_json_ld_is_a_schema_org_report():
    script = report_json_ld(WORK, "A report </script> with a tricky description")
    payload = script.removeprefix('<script type="application/ld+json">\n').removesuffix("\n</script>")
    assert "</script>" not in payload
    data = json.loads(payload)
    assert data["@type"] == "Report"
    assert [author["name"] for author in data["author"]] == ["Arthur Boutellis", "Christoph Mikulaschek"]
    assert data["datePublished"] == "2012-04"


def test_the_page_head_has_every_tag_and_json_ld_only_at_home():
    common = dict(section="Taking Stock", title="Taking Stock — S", description="d", page_url="https://example.org/taking-stock/",
                  site_name="S", site_description="sd")
    section = page_head(WORK, is_home=False, **common)
    home = page_head(WORK, is_home=True, **common)
    assert section.count("<meta ") == len(scholar_tags(WORK, "Taking Stock", "u")) + 6 and "ld+json" not in section
    assert home.startswith(section.rstrip("\n").replace('"article"', '"website"')) and '"@type": "Report"' in home


def test_cite_data_carries_the_forms_and_the_page_address():
    data = cite_data('[{"id":"report","name":"The report\'s own form"}]', "https://example.org/taking-stock/")
    assert data == ('<div id="edition-cite" hidden data-url="https://example.org/taking-stock/" '
                    'data-forms="[{&quot;id&quot;:&quot;report&quot;,&quot;name&quot;:&quot;The report&#x27;s own form&quot;}]"></div>\n')


def test_a_section_offers_its_citation_files_at_its_end():
    line = section_files_links([("BibTeX", "../cite/a.bib"), ("RIS", "../cite/a.ris")])
    assert line == ('<div class="edition-cite-files" id="cite-this-section">Cite this section in a reference manager: '
                    '<a href="../cite/a.bib">BibTeX</a> · <a href="../cite/a.ris">RIS</a></div>\n')


def test_a_page_with_no_online_address_names_none():
    head = page_head(work_from_entry(load_bibliography(PROJECT / "references.bib")["boutellis2012"], url=""), is_home=True,
                     section="Home", title="T", description="d", page_url="", site_name="S", site_description="sd")
    assert "citation_public_url" not in head and "og:url" not in head
    payload = head.split('<script type="application/ld+json">\n')[1].split("\n</script>")[0]
    assert "url" not in json.loads(payload)
    assert "http" not in head.replace("https://schema.org", "").replace("https://www.ipinst.org", "")
