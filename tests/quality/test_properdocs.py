"""The site builds strictly with ProperDocs 1.6.7, the maintained fork of MkDocs 1.x, to the same pages."""

from __future__ import annotations

import re
from importlib.metadata import version
from pathlib import Path

from quality_pages import html_pages

from edition_harness.project import run_build

GENERATOR = re.compile(r'<meta name="generator" content="[^"]*">')


def test_properdocs_builds_the_same_site(project_copy: Path, built_site: Path, record_figure):
    assert version("properdocs") == "1.6.7"
    result = run_build(project_copy, "-f", "mkdocs.yml", command="properdocs")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert not [line for line in output.splitlines() if line.startswith(("WARNING", "ERROR"))]
    pages = html_pages(built_site)
    different = [
        path.relative_to(built_site).as_posix()
        for path in pages
        if GENERATOR.sub("", path.read_text(encoding="utf-8"))
        != GENERATOR.sub("", (project_copy / "site" / path.relative_to(built_site)).read_text(encoding="utf-8"))
    ]
    record_figure(f"ProperDocs 1.6.7: strict build, {len(pages) - len(different)} of {len(pages)} pages identical to MkDocs' (but the generator tag)")
    assert different == []
