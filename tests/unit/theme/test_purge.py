from __future__ import annotations

from pathlib import Path

import pytest

from edition_harness.project import PROJECT
from report_edition.errors import EditionError
from report_edition.theme.purge import purge_stylesheet

CSS = ".md-used{color:red}.md-unused{color:blue}.md-search-result__item{margin:0}[data-md-toggle=search]{top:0}"


def site(tmp_path: Path, css: str = CSS) -> Path:
    (tmp_path / "assets" / "stylesheets").mkdir(parents=True)
    (tmp_path / "assets" / "javascripts").mkdir()
    (tmp_path / "assets" / "stylesheets" / "main.0123abcd.min.css").write_text(css)
    (tmp_path / "index.html").write_text('<html><body class="md-used"><input data-md-toggle="search"></body></html>')
    # A class that only Material's script writes, when a search answers.
    (tmp_path / "assets" / "javascripts" / "bundle.0123abcd.min.js").write_text('x("li",{class:"md-search-result__item"})')
    (tmp_path / "assets" / "edition.js").write_text("")
    (tmp_path / "assets" / "search-worker.js").write_text("")
    return tmp_path


def test_rules_no_page_or_script_uses_are_dropped_and_the_rest_kept(tmp_path: Path):
    before, after = purge_stylesheet(site(tmp_path), PROJECT)
    css = (tmp_path / "assets" / "stylesheets" / "main.0123abcd.min.css").read_text()
    assert ".md-used" in css and ".md-search-result__item" in css and "[data-md-toggle=search]" in css
    assert ".md-unused" not in css
    assert (before, after) == (len(CSS), len(css.encode()))


def test_without_the_npm_packages_the_error_says_what_to_run(tmp_path: Path):
    with pytest.raises(EditionError, match=r"^node_modules/.bin/purgecss: is missing: install the npm packages with `npm ci`"):
        purge_stylesheet(site(tmp_path / "site"), tmp_path)


def test_a_change_in_materials_assets_stops_the_build(tmp_path: Path):
    built = site(tmp_path)
    (built / "assets" / "stylesheets" / "main.ffff0000.min.css").write_text(CSS)
    with pytest.raises(EditionError, match="expected one file assets/stylesheets/main.*.min.css from Material, found 2"):
        purge_stylesheet(built, PROJECT)
