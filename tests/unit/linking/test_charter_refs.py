from __future__ import annotations

import pytest

from report_edition.linking.charter_refs import find_charter_references


def refs(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.anchor) for m in find_charter_references(text) if m.valid]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Article 33 lists", [("Article 33", "article-33")]),
        ("Under Articles 36 and 37, the", [("Articles 36", "article-36"), ("37", "article-37")]),
        ("especially Articles 52(2) and 54, describes", [("Articles 52(2)", "article-52-2"), ("54", "article-54")]),
        ("Under Article 11(1) of the Charter,", [("Article 11(1)", "article-11-1")]),
        ("Article 34 of the Charter and", [("Article 34", "article-34")]),
        ("Article 33 of the United Nations Charter lists", [("Article 33", "article-33")]),
        ("Article 33 of the UN Charter", [("Article 33", "article-33")]),
        ("Article 2(4) of the Charter of the United Nations", [("Article 2(4)", "article-2-4")]),
        ("Articles 41, 42 and 43", [("Articles 41", "article-41"), ("42", "article-42"), ("43", "article-43")]),
        ("Articles 41, 42, and 43.", [("Articles 41", "article-41"), ("42", "article-42"), ("43", "article-43")]),
        ("Articles 33 to 38", [("Articles 33", "article-33"), ("38", "article-38")]),
        ("Articles 33–38", [("Articles 33", "article-33"), ("38", "article-38")]),
        ("Article 52, paragraph 2, says", [("Article 52, paragraph 2", "article-52-2")]),
        ("Article 52:3", [("Article 52:3", "article-52-3")]),
        ("According to Article 52, member states", [("Article 52", "article-52")]),
        ("Chapter VI of the Charter", [("Chapter VI", "chapter-vi")]),
        ("Chapters VI, VII, and VIII interact", [("Chapters VI", "chapter-vi"), ("VII", "chapter-vii"), ("VIII", "chapter-viii")]),
        ("Chapter VII measures", [("Chapter VII", "chapter-vii")]),
        ("Chapter VIII of the Charter", [("Chapter VIII", "chapter-viii")]),
        ("Chapters VI and VIII of the Charter", [("Chapters VI", "chapter-vi"), ("VIII", "chapter-viii")]),
        ("each Chapter—VI, VII, and VIII—relate", [("Chapter—VI", "chapter-vi"), ("VII", "chapter-vii"), ("VIII", "chapter-viii")]),
        ("Chapter XIX", [("Chapter XIX", "chapter-xix")]),
    ],
)
def test_charter_references(text, expected):
    assert refs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Article 5 of the North Atlantic Treaty",
        "article 31 of the Vienna Convention",
        "Article 2 of the Rome Statute",
        "Articles 41, 42 and 43 of the Rome Statute",
        "Chapter VII of the Rome Statute",
        "Chapter 6",
        "Chapter 7 measures",
        "Article 5 of resolution 1973 (2011)",
        "an article in Foreign Policy",
        "North Atlantic Treaty, Article 5",
        "the Convention's Article 3",
        "Chapter XX",
        "subarticle 5",
    ],
)
def test_not_the_charter(text):
    assert refs(text) == []


def test_article_outside_the_charter_is_flagged_not_linked():
    (match,) = find_charter_references("Article 112 of the Charter")
    assert (match.key, match.valid) == ("112", False)
    assert [m.valid for m in find_charter_references("Articles 111 and 112")] == [True, False]
    assert [m.valid for m in find_charter_references("Article 0")] == [False]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Under Article 99, 15 members voted", [("Article 99", "article-99")]),  # a comma alone ends the list
        ("Under Chapter VII, I would argue", [("Chapter VII", "chapter-vii")]),
        ("Article 1, 2011", [("Article 1", "article-1")]),
        ("in this chapter I argue", []),
        ("The Treaty of Lisbon, article 5", []),
        ("Article 52 of the Charter of the Organization of American States", []),
        ("Article 52 of the Charter of the United Nations", [("Article 52", "article-52")]),
        ("Article 33 of Chapter VI of the Charter", [("Article 33", "article-33"), ("Chapter VI", "chapter-vi")]),
        ("Article 5 of Chapter II of the Rome Statute", []),
        ("Articles 41, 42, or 43", [("Articles 41", "article-41"), ("42", "article-42"), ("43", "article-43")]),
    ],
)
def test_lists_and_instruments_at_the_edges(text, expected):
    assert refs(text) == expected


@pytest.mark.parametrize("text, written", [("under Chapter XXV", "Chapter XXV"), ("Chapters VI and XX", "XX"), ("Chapter L", "Chapter L")])
def test_a_chapter_the_charter_lacks_is_found_and_marked_invalid(text, written):
    invalid = [text[m.start : m.end] for m in find_charter_references(text) if not m.valid]
    assert invalid == [written]
