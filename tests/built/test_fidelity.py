"""Every word of the report, in order, and none of the printed layout's leftovers."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from pathlib import Path

import pytest
from report_source import FIXTURES_README, load_report, loose_words, words
from site_text import PageText, read_site

SOURCE = load_report()


def _matched(expected: list[str], actual: list[str]) -> int:
    matcher = SequenceMatcher(None, expected, actual, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks())


@pytest.fixture(scope="module")
def pages(built_site: Path) -> list[PageText]:
    return read_site(built_site)


@pytest.fixture(scope="module")
def section_pages(pages: list[PageText]) -> list[PageText]:
    """The Introduction and the six sessions: the pages whose title is in the report's contents."""
    found = [page for page in pages if page.body_blocks and page.body_blocks[0] in SOURCE.section_titles]
    assert [page.body_blocks[0] for page in found] == SOURCE.section_titles
    return found


def test_body_words_all_present_in_order(section_pages, record_figure):
    expected = words("\n".join(SOURCE.body))
    actual = words("\n".join(block for page in section_pages for block in page.body_blocks))
    matched = _matched(expected, actual)
    record_figure(
        f"fidelity, body: {matched} of {len(expected)} source words found in order "
        f"({matched / len(expected):.2%}); {len(actual) - matched} site words not in the source"
    )
    assert matched == len(expected)
    assert len(actual) == matched, "the section pages add words the report does not have"


def test_note_words_all_present_in_order(pages, record_figure):
    expected = words("\n".join(SOURCE.notes[number] for number in sorted(SOURCE.notes)))
    actual = words("\n".join(text for page in pages for _, text in page.notes))
    matched = _matched(expected, actual)
    record_figure(
        f"fidelity, notes: {matched} of {len(expected)} source words found in order ({matched / len(expected):.2%})"
    )
    assert matched == len(expected)
    assert len(actual) == matched


@pytest.mark.parametrize("part", ["front", "back"])
def test_front_and_back_matter_present(pages, part, record_figure):
    """Cover, credits, citation, about and IPI's description: every word, each block in order.

    The site sets names and headings in ordinary case where the print used capitals, so
    this compares letters and digits case-folded.
    """
    site = loose_words(" ".join(block for page in pages for block in page.body_blocks))
    blocks = getattr(SOURCE, part)
    missing = []
    for block in blocks:
        expected = loose_words(block)
        if _matched(expected, site) != len(expected):
            missing.append(block)
    record_figure(f"fidelity, {part} matter: {len(blocks) - len(missing)} of {len(blocks)} blocks present in order")
    assert missing == []


def test_paragraphs_split_by_page_breaks_are_whole(pages):
    """Each split the extraction notes list ("end" / "start") reads as one run of text."""
    splits = re.findall(r'"([^"]+)" /\s+"([^"]+)"', FIXTURES_README.read_text(encoding="utf-8"))
    assert len(splits) >= 18
    blocks = [block for page in pages for block in page.body_blocks]
    rejoined = [" ".join(f"{end} {start}".split()) for end, start in splits]
    assert [joined for joined in rejoined if not any(joined in block for block in blocks)] == []


def test_no_fragment_paragraphs(section_pages):
    """No paragraph starts in the middle of a sentence or stops without closing punctuation."""
    fragments = []
    for page in section_pages:
        for paragraph in page.paragraphs:
            text = " ".join(paragraph.get_text("").split())
            before_quote = paragraph.find_next_sibling() is not None and paragraph.find_next_sibling().name == "blockquote"
            if not re.match(r"[A-Z0-9\"“‘(]", text):
                fragments.append((page.source, text[:60]))
            if not re.search(r"[.?!:\"”’)]$", text) and not (before_quote and text.endswith(",")):
                fragments.append((page.source, text[-60:]))
    assert fragments == []


def test_no_printed_page_numbers(pages):
    for page in pages:
        for block in page.body_blocks:
            assert not re.search(r"\.{3,}\s*\d+\s*$", block), (page.source, block)
            assert not re.fullmatch(r"\d{1,3}", block), (page.source, block)
    text = "\n".join(block for page in pages for block in page.body_blocks)
    for line in SOURCE.contents:
        assert line not in text
