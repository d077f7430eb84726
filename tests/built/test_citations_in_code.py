"""Code is never read for citations: neither by the guard nor by mkdocs-bibtex."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup

from edition_harness.project import run_build


def test_keys_in_code_stay_code(project_copy: Path):
    page = project_copy / "docs" / "about.md"
    page.write_text(
        page.read_text(encoding="utf-8")
        + "\n## For Writers {#for-writers}\n\n"
        "Python's `@staticmethod` is not a work, nor is `@agenda1992` when it stands in code.\n\n"
        "```\n[@uncharter1945, art. 33]\n```\n\n"
        "Outside code, @agenda1992 is still cited.\n",
        encoding="utf-8",
    )
    result = run_build(project_copy)
    assert result.returncode == 0, result.stdout + result.stderr
    soup = BeautifulSoup((project_copy / "site" / "about" / "index.html").read_text(encoding="utf-8"), "html.parser")
    heading = soup.find(id="for-writers")
    codes = [code.get_text().strip() for code in heading.find_all_next("code")]
    assert codes == ["@staticmethod", "@agenda1992", "[@uncharter1945, art. 33]"]
    cited = next(paragraph for paragraph in heading.find_all_next("p") if paragraph.get_text().startswith("Outside code"))
    assert "@agenda1992" not in cited.get_text() and "An Agenda for Peace" in cited.get_text()
