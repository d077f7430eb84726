from __future__ import annotations

import pytest

from report_edition.linking.resolutions import find_resolutions


def found(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.key) for m in find_resolutions(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Security Council Resolution 1765 (2007) had", [("Resolution 1765 (2007)", "S/RES/1765 (2007)")]),
        (
            "Resolutions 1970 (2011) and 1973 (2011) were",
            [("Resolutions 1970 (2011)", "S/RES/1970 (2011)"), ("1973 (2011)", "S/RES/1973 (2011)")],
        ),
        ("General Assembly Resolution 65/283 of July", [("Resolution 65/283", "A/RES/65/283")]),
        ("UN General Assembly Resolution 65/283 (July 28, 2011)", [("Resolution 65/283", "A/RES/65/283")]),
        ("General Assembly resolution 2625 (XXV)", [("resolution 2625 (XXV)", "A/RES/2625 (XXV)")]),
        ("resolution ES-11/1", [("resolution ES-11/1", "A/RES/ES-11/1")]),
        ("ECOSOC resolution 2009/15", [("resolution 2009/15", "E/RES/2009/15")]),
        (
            "Human Rights Council resolution 5/1, S-15/1",
            [("resolution 5/1", "A/HRC/RES/5/1"), ("S-15/1", "A/HRC/RES/S-15/1")],
        ),
        (
            "resolutions 1970 and 1973 (2011) were",
            [("resolutions 1970", "S/RES/1970 (2011)"), ("1973 (2011)", "S/RES/1973 (2011)")],
        ),
        (
            "resolutions 1674, 1738 (2006) and 1894 (2009)",
            [("resolutions 1674", "S/RES/1674 (2006)"), ("1738 (2006)", "S/RES/1738 (2006)"),
             ("1894 (2009)", "S/RES/1894 (2009)")],
        ),
        (
            "General Assembly resolutions 2625 and 2626 (XXV)",
            [("resolutions 2625", "A/RES/2625 (XXV)"), ("2626 (XXV)", "A/RES/2626 (XXV)")],
        ),
        ("resolution 1970 (2011) and 1973 were", [("resolution 1970 (2011)", "S/RES/1970 (2011)")]),
        ("resolutions 1325 and 65/283", [("65/283", "A/RES/65/283")]),
        ("the Security Council's resolution 1325 (2000)", [("resolution 1325 (2000)", "S/RES/1325 (2000)")]),
    ],
)
def test_resolutions_in_prose(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "resolution 1325 on women",  # no year: needs a table of years
        "resolutions 1325 and 1820 on women",
        "Security Council resolution 65/283",  # a General Assembly number
        "resolution 2009/15",  # ECOSOC's form, but no organ named
        "the resolution of disputes",
        "General Assembly resolution 1973 (2011)",
    ],
)
def test_not_linked(text):
    assert found(text) == []
