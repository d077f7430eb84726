"""A clean copy of the project builds in strict mode with no warning and no network."""

from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup
from site_text import html_path, nav_sources


def test_strict_builds_pass_without_warnings(clean_build, record_figure):
    """The online site, and before it the offline edition with the exports."""
    record_figure(f"strict build of a clean copy: {clean_build.seconds:.2f} s (wall clock, including start-up)")
    for result in (clean_build.export, clean_build.result):
        output = result.stdout + result.stderr
        assert result.returncode == 0
        assert not [line for line in output.splitlines() if line.startswith(("WARNING", "ERROR"))]


def test_every_nav_page_is_built(built_site: Path):
    for source in nav_sources():
        assert html_path(built_site, source).is_file(), source


def test_no_page_loads_anything_from_another_host(built_site: Path):
    """Scripts, styles, fonts, images and frames all come from the site: no Google Fonts, no CDN."""
    for page in built_site.rglob("*.html"):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        loaded = [tag["src"] for tag in soup.find_all(src=True)]
        loaded += [
            link["href"]
            for link in soup.find_all("link", href=True)
            if not set(link.get("rel", [])) & {"canonical", "alternate", "prev", "next"}
        ]
        assert [url for url in loaded if re.match(r"(?:[a-z]+:)?//", url)] == [], page
