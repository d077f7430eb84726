import pytest

from report_edition.text.words import sentences


@pytest.mark.parametrize(
    "text, expected",
    [
        ("One. Two? Three!", ["One.", "Two?", "Three!"]),
        ("The exchange with Mr. Ahmet Davutoğlu began. It went on.", ["The exchange with Mr. Ahmet Davutoğlu began.", "It went on."]),
        ("Dr. Edward C. Luck oversaw it. Then more.", ["Dr. Edward C. Luck oversaw it.", "Then more."]),
        ("See UN Doc. S/2011/552. The end.", ["See UN Doc. S/2011/552.", "The end."]),
        ("He said “yes.” “No,” she said.", ["He said “yes.”", "“No,” she said."]),
        ("in 2011. (1) how to", ["in 2011.", "(1) how to"]),
    ],
)
def test_sentences(text, expected):
    assert sentences(text) == expected
