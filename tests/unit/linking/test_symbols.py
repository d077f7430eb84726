from __future__ import annotations

import pytest

from edition_harness.project import PROJECT
from report_edition.context import SERIES_FILE
from report_edition.linking.symbols import SymbolFinder, load_series, symbol_anchor, undocs_url

FINDER = SymbolFinder(load_series(PROJECT / SERIES_FILE))


def symbols(text: str) -> list[str]:
    return [match.symbol for match in FINDER.find(text)]


@pytest.mark.parametrize(
    "symbol",
    [
        "S/PRST/2011/18",
        "A/RES/65/283",
        "S/2011/552",
        "A/C.5/65/L.1",
        "E/CN.6/2010/2",
        "A/HRC/RES/16/1",
        "S/PV.6498",
        "A/65/L.79/Add.1",
        "S/RES/1973 (2011)",
        "A/RES/2625 (XXV)",
        "S/PV.6498 (Resumption 1)",
        "A/RES/ES-10/2",
        "A/CONF.157/23",
        "A/53/PV.12/Corr.2",
        "DP/FPA/2010/1",
        "CEDAW/C/GC/30",
        "S/24111",
    ],
)
def test_general_forms(symbol):
    assert symbols(f"See {symbol} here.") == [symbol]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("the report (S/2011/552).", ["S/2011/552"]),
        ("S/PRST/2011/18, September 22", ["S/PRST/2011/18"]),
        ("adopted A/RES/65/283.", ["A/RES/65/283"]),
        ("S/PRST/2011/18; S/2011/552", ["S/PRST/2011/18", "S/2011/552"]),
        ("A/65/L.79*", ["A/65/L.79"]),  # reissued: the asterisk is not part of the symbol
        ("A/65/L.79.", ["A/65/L.79"]),
        ("S/RES/1973 (2011) was", ["S/RES/1973 (2011)"]),
        ("A/RES/3379 A-B, adopted", ["A/RES/3379 A-B"]),
        ("A/RES/65/283 A new text", ["A/RES/65/283"]),  # "A" is a word here, not a letter
    ],
)
def test_punctuation_around_symbols(text, expected):
    assert symbols(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A/47/277–S/24111", ["A/47/277", "S/24111"]),
        ("A/55/305-S/2000/809", ["A/55/305", "S/2000/809"]),
        ("A/47/277 – S/24111", ["A/47/277", "S/24111"]),
        ("A/47/277—S/24111", ["A/47/277", "S/24111"]),
        ("A/47/277--S/24111", ["A/47/277", "S/24111"]),  # as pandoc writes an en dash
    ],
)
def test_joint_symbols_each_part_its_own(text, expected):
    assert symbols(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "and/or",
        "S/he said",
        "open 24/7",
        "A/B testing",
        "the 2011/12 session",
        "press release SC/10187",
        "https://undocs.org/en/S/2011/552",
        "docs/A/RES/1",
        "file A/RES.txt",
        "S/2011/552abc",
        "x-S/2011/552",
        "IS/2011/5",
    ],
)
def test_not_symbols(text):
    assert symbols(text) == []


def test_undocs_url():
    assert undocs_url("S/PRST/2011/18") == "https://undocs.org/en/S/PRST/2011/18"
    assert undocs_url("S/RES/1973 (2011)") == "https://undocs.org/en/S/RES/1973(2011)"
    assert undocs_url("S/PV.6498 (Resumption 1)") == "https://undocs.org/en/S/PV.6498(Resumption%201)"
    assert undocs_url("A/RES/3379 A-B") == "https://undocs.org/en/A/RES/3379%20A-B"
    assert undocs_url("A/47/277", base="https://example.org/d/") == "https://example.org/d/A/47/277"


def test_symbol_anchor():
    assert symbol_anchor("S/PRST/2011/18") == "s-prst-2011-18"
    assert symbol_anchor("S/RES/1973 (2011)") == "s-res-1973-2011"


def test_series_come_from_the_data_file(tmp_path):
    assert "DP/FPA" in load_series(PROJECT / SERIES_FILE)
    assert "SC" not in load_series(PROJECT / SERIES_FILE)
    only_unep = tmp_path / "series.txt"
    only_unep.write_text("# comment\nUNEP  # the environment programme\n", encoding="utf-8")
    finder = SymbolFinder(load_series(only_unep))
    assert [m.symbol for m in finder.find("UNEP/GC.26/2 and S/2011/552")] == ["UNEP/GC.26/2"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("S/RES/1973\u00a0(2011) was", ["S/RES/1973 (2011)"]),  # a no-break space: the same document
        ("A/RES/65/283 B), then", ["A/RES/65/283 B"]),  # a lettered resolution is linked whole
        ("S/2011/552/and more", []),  # a word is not an element of a symbol
        ("A/RES/3379 A-B,", ["A/RES/3379 A-B"]),
    ],
)
def test_tails_and_elements_at_the_edges(text, expected):
    assert symbols(text) == expected
