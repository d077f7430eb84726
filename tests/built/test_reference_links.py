"""Every Charter reference and UN document in the report links to the right place, and nothing else does."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from site_text import soup as _soup

from edition_harness.project import PROJECT, run_build

UNDOCS = "https://undocs.org/en/"


def charter(anchor: str) -> str:
    return f"../charter/#{anchor}"


# Read off the report (tests/fixtures/report.txt), paragraph by paragraph and note by note:
# (where, text of the link, target).
EXPECTED = {
    "introduction.md": [
        ("p8", "Article 33", charter("article-33")),
        ("p8", "Articles 36", charter("article-36")),
        ("p8", "37", charter("article-37")),
        ("p8", "Article 52", charter("article-52")),
        ("p8", "Article 54", charter("article-54")),
        ("fn:2", "A/47/277", UNDOCS + "A/47/277"),
        ("fn:2", "S/24111", UNDOCS + "S/24111"),
        ("fn:3", "Article 33", charter("article-33")),
    ],
    "taking-stock.md": [
        ("p1", "Chapter VI", charter("chapter-vi")),
        ("p1", "Chapter VII", charter("chapter-vii")),
        ("p1", "Chapters VI", charter("chapter-vi")),
        ("p1", "VII", charter("chapter-vii")),
        ("p1", "VIII", charter("chapter-viii")),
        ("p2", "Chapter VI", charter("chapter-vi")),
        ("p3", "Chapters VI", charter("chapter-vi")),
        ("p3", "VIII", charter("chapter-viii")),
        ("p6", "Resolution 1765 (2007)", UNDOCS + "S/RES/1765(2007)"),
        ("p8", "Resolutions 1970 (2011)", UNDOCS + "S/RES/1970(2011)"),
        ("p8", "1973 (2011)", UNDOCS + "S/RES/1973(2011)"),
        ("p8", "Chapter VII", charter("chapter-vii")),
        ("p8", "Resolution 1973 (2011)", UNDOCS + "S/RES/1973(2011)"),
        ("fn:5", "S/PRST/2011/16", UNDOCS + "S/PRST/2011/16"),
    ],
    "united-nations-tools-and-capacities.md": [
        ("p7", "Chapter VIII", charter("chapter-viii")),
        ("p8", "Chapters VI", charter("chapter-vi")),
        ("p8", "VII", charter("chapter-vii")),
        ("p8", "VIII", charter("chapter-viii")),
        ("p8", "Chapter VI", charter("chapter-vi")),
        ("p8", "Chapter VII", charter("chapter-vii")),
        ("p11", "Article 11(1)", charter("article-11-1")),  # the paragraph it names
        ("fn:6", "S/PRST/2010/18", UNDOCS + "S/PRST/2010/18"),
        ("fn:7", "A/RES/65/283", UNDOCS + "A/RES/65/283"),
    ],
    "non-united-nations-actors.md": [
        ("p6", "Resolution 1973 (2011)", UNDOCS + "S/RES/1973(2011)"),
    ],
    "lessons-on-mediation.md": [
        ("p1", "Chapter VIII", charter("chapter-viii")),
        ("fn:8", "A/55/305", UNDOCS + "A/55/305"),
        ("fn:8", "S/2000/809", UNDOCS + "S/2000/809"),
    ],
    "building-preventive-capacities.md": [],
    "wrap-up-and-next-steps.md": [
        ("p1", "Chapters VI", charter("chapter-vi")),
        ("p1", "VII", charter("chapter-vii")),
        ("p1", "VIII", charter("chapter-viii")),
        ("p1", "Chapter VI", charter("chapter-vi")),
        ("p1", "Chapter VII", charter("chapter-vii")),
        ("p1", "Chapter VII", charter("chapter-vii")),
        ("p2", "Chapter—VI", charter("chapter-vi")),
        ("p2", "VII", charter("chapter-vii")),
        ("p2", "VIII", charter("chapter-viii")),
        ("p3", "Chapter VIII", charter("chapter-viii")),
        ("p3", "Articles 52(2)", charter("article-52-2")),  # the paragraph it names
        ("p3", "54", charter("article-54")),
        ("p5", "Article 34", charter("article-34")),
        ("p8", "Resolution 65/283", UNDOCS + "A/RES/65/283"),
        ("fn:9", "A/RES/65/283", UNDOCS + "A/RES/65/283"),
        ("fn:9", "S/2011/552", UNDOCS + "S/2011/552"),
        ("fn:9", "S/PRST/2011/18", UNDOCS + "S/PRST/2011/18"),
        ("fn:10", "S/PRST/2010/18", UNDOCS + "S/PRST/2010/18"),
    ],
}


def _links(site: Path, source: str) -> list[tuple[str, str, str]]:
    found = []
    for link in _soup(site, source).select("article a.charter-ref, article a.un-symbol"):
        place = link.find_parent(id=True)
        found.append((place["id"], link.get_text(), link["href"]))
    return found


@pytest.mark.parametrize("source", list(EXPECTED))
def test_every_reference_links_to_its_target(built_site: Path, source: str):
    assert _links(built_site, source) == EXPECTED[source]


def test_symbol_links_carry_the_document_title(built_site: Path):
    """The title comes from the UN documents' facts (data/un-documents.yml), not the bibliography's styling."""
    facts = yaml.safe_load((PROJECT / "data" / "un-documents.yml").read_text(encoding="utf-8"))
    title = next(entry["title"] for entry in facts if entry["symbol"] == "S/2011/552")
    link = _soup(built_site, "wrap-up-and-next-steps.md").select_one('a.un-symbol[href$="S/2011/552"]')
    assert link["title"] == title


def test_charter_page_has_every_cited_article_and_chapter(built_site: Path):
    soup = _soup(built_site, "charter.md")
    cited = {href.split("#")[1] for links in EXPECTED.values() for _, _, href in links if "#" in href}
    assert cited <= {element["id"] for element in soup.select("[id]")}
    entry = soup.find(id="article-33")
    assert "The parties to any dispute" in entry.find_next(class_="charter-text").get_text()
    listed = soup.find(id="cited").find_next("a", href="#article-33").parent
    assert [a["href"] for a in listed.find_all("a") if a["href"].startswith("..")] == ["../introduction/#p8", "../introduction/#fn:3"]
    assert "cited" in entry["class"]


def test_documents_page_has_every_cited_symbol(built_site: Path):
    soup = _soup(built_site, "un-documents.md")
    groups = {h2.get_text().rstrip("¶"): [h3.get_text().rstrip("¶") for h3 in h2.find_next_siblings("h3")
                                          if h3.find_previous_sibling("h2") is h2]
              for h2 in soup.select("article h2")}
    assert groups == {
        "General Assembly": ["A/RES/65/283"],
        "Security Council": ["S/2011/552", "S/PRST/2010/18", "S/PRST/2011/16", "S/PRST/2011/18",
                             "S/RES/1765 (2007)", "S/RES/1970 (2011)", "S/RES/1973 (2011)"],
        "General Assembly and Security Council": ["A/47/277–S/24111", "A/55/305–S/2000/809"],
    }
    targets = {href for links in EXPECTED.values() for _, _, href in links if href.startswith(UNDOCS)}
    official = [p for p in soup.select("article p") if p.get_text().startswith("Official document:")]
    assert {a["href"] for p in official for a in p.find_all("a")} == targets
    assert all(a.get_text() == a["href"].removeprefix(UNDOCS).replace("(", " (") for p in official for a in p.find_all("a"))
    entry = soup.find(id="s-prst-2011-18")
    assert "Statement by the President of the Security Council" in entry.find_next("p").get_text()
    assert "September 22, 2011" in entry.find_next("p").get_text()
    assert "Adopted June 22, 2011" in soup.find(id="a-res-65-283").find_next("p").get_text()
    # each part of a joint symbol keeps the anchor a link to it from elsewhere would use
    assert soup.find(id="s-24111").get_text() == "S/24111"


def test_an_article_outside_the_charter_warns_naming_the_page(project_copy: Path):
    project = project_copy
    page = project / "docs" / "about.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nSee Article 150.\n", encoding="utf-8")
    result = run_build(project)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert (
        "WARNING -  pages: docs/about.md: 'Article 150' is not an article of the Charter "
        "(Articles 1-111); left unlinked" in output
    )
    assert "Traceback" not in output
