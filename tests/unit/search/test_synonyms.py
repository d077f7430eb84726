from __future__ import annotations

import pytest

from edition_harness.project import PROJECT
from report_edition.errors import EditionError
from report_edition.search.synonyms import load_synonyms


def test_the_edition_synonyms_load_as_names_and_the_words_the_report_uses():
    synonyms = load_synonyms(PROJECT / "data" / "search-synonyms.yml", "data/search-synonyms.yml")
    assert synonyms["Ivory Coast"] == ["Côte d'Ivoire"]


@pytest.mark.parametrize(
    "text, line, says",
    [
        ("Ivory Coast: [\"Côte d'Ivoire\"\n", 2, "not valid YAML"),  # the end of the file is where YAML sees it
        ("- a\n- b\n", 1, "expected a mapping"),
        ("Ivory Coast: [\"Côte d'Ivoire\"]\nNorth Korea: DPRK\n", 2, "'North Korea' must name a list"),
        ("A: [x]\nB: []\n", 2, "'B' must name a list"),
        ("A: [x]\nA: [y]\n", 2, "'A' is listed twice"),
    ],
)
def test_a_malformed_file_names_the_line_at_fault(tmp_path, text, line, says):
    path = tmp_path / "synonyms.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(EditionError) as error:
        load_synonyms(path, "data/search-synonyms.yml")
    assert str(error.value).startswith(f"data/search-synonyms.yml:{line}: ") and says in str(error.value)


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(EditionError, match="^data/x.yml: cannot read"):
        load_synonyms(tmp_path / "x.yml", "data/x.yml")
