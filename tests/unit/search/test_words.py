from __future__ import annotations

import pytest

from report_edition.search.words import fold, stem, words

# The worker (worker.js) must read words the same way: test_worker.py runs these examples through it too.
FOLDED = [("Davutoğlu", "davutoglu"), ("Côte", "cote"), ("Gül", "gul"), ("ECOWAS", "ecowas"), ("Łódź", "lodz")]
WORDS = [
    ("The AU's envoy (ECOWAS)", ["the", "au", "envoy", "ecowas"]),
    ("S/RES/1973 (2011)", ["s", "res", "1973", "2011"]),
    ("Côte d'Ivoire", ["cote", "d", "ivoire"]),
    ("fact-finding, self-defence", ["fact", "finding", "self", "defence"]),
]
STEMS = [("committees", "committee"), ("vetoes", "veto"), ("parties", "party"), ("sanctions", "sanction"),
         ("mediated", "mediat"), ("mediation", "mediat"), ("mediators", "mediat"), ("united", "united"),
         ("unit", "unit"), ("crisis", "crisis"), ("1973", "1973"), ("states", "state")]


@pytest.mark.parametrize("word, folded", FOLDED)
def test_accents_and_case_are_folded(word, folded):
    assert fold(word) == folded


@pytest.mark.parametrize("text, expected", WORDS)
def test_words_are_runs_of_letters_and_digits_without_a_possessive_s(text, expected):
    assert words(text) == expected


@pytest.mark.parametrize("word, expected", STEMS)
def test_a_stem_joins_plurals_and_the_mediation_family_but_not_unit_and_united(word, expected):
    assert stem(word) == expected
