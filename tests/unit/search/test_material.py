from __future__ import annotations

import json
import re

import pytest

from report_edition.search.material import SearchConfigError, with_search_worker

PAGE = """<!doctype html><html><head><title>x</title></head><body><div>x</div>
<script id="__config" type="application/json">{"base": "..", "search": "../assets/javascripts/workers/search.a7633da7.min.js", "translations": {"a": "<\\/b>"}}</script>
</body></html>"""


def config_of(html: str) -> dict:
    return json.loads(re.search(r'<script id="__config" type="application/json">(.*?)</script>', html, re.S).group(1))


def test_material_is_told_to_use_the_edition_worker_from_the_page_base():
    html = with_search_worker(PAGE, "assets/search-worker.js")
    assert config_of(html)["search"] == "../assets/search-worker.js"
    assert config_of(html)["translations"] == {"a": "</b>"}
    assert "</b>" not in html.split("__config")[1].split("</script>")[0]  # nothing in the JSON closes the script
    assert config_of(with_search_worker(PAGE.replace('"base": ".."', '"base": "/"'), "assets/w.js"))["search"] == "/assets/w.js"


def test_a_page_without_material_configuration_stops_the_build_with_a_line():
    with pytest.raises(SearchConfigError, match="^404.html: Material's page has no __config"):
        with_search_worker("<html><body></body></html>", "assets/w.js", "404.html")
