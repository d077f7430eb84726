"""The Nu HTML Checker (vnu.jar, from the npm package vnu-jar) finds no error on any page of any build."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from quality_pages import html_pages

from edition_harness.project import PROJECT

VNU = PROJECT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def test_every_page_of_every_build_is_valid_html(built_site: Path, offline_site: Path, single_file: Path, record_figure):
    pages = html_pages(built_site) + html_pages(offline_site) + [single_file]
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", *map(str, pages)],
        capture_output=True, text=True, timeout=300,
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    errors = [f"{m.get('url', '')}:{m.get('lastLine', '')}: {m['message']}" for m in messages if m["type"] == "error"]
    record_figure(f"valid HTML: {len(pages)} pages checked by vnu.jar (online, offline, single file), {len(errors)} errors")
    assert errors == []
    assert result.returncode == 0
