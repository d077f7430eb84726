from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from edition.bibliography import load_bibliography
from edition.citation_formats import work_from_entry
from edition.page_metadata import add_to_head, open_graph_tags, report_json_ld, scholar_tags

PROJECT = Path(__file__).resolve().parents[2]
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


def test_add_to_head():
    assert add_to_head("<html><head><title>t</title></head>", ["<meta x>"]) == "<html><head><title>t</title><meta x>\n</head>"
    with pytest.raises(ValueError):
        add_to_head("<p>no head</p>", ["<meta x>"])
