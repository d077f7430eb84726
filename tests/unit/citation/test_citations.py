from __future__ import annotations

import pytest

from report_edition.citation.bibliography import BibliographyError
from report_edition.citation.citations import (
    REFERENCE_LIST_COMMAND,
    check_citations,
    code_ranges,
    expand_reference_list,
    find_citations,
    keys_by_note,
    mask_code,
    reference_list,
    unmask_code,
    unwrap_nocase_spans,
)


def test_find_citations_inline_and_bracketed_with_lines():
    markdown = "Text.[^1]\n\n[^1]: See @alpha, para. 2; @beta-2.\n\nAlso [@gamma; @delta, p. 3] and a@mail.org.\n"
    assert find_citations(markdown) == [("alpha", 3), ("beta-2", 3), ("gamma", 5), ("delta", 5)]


def test_escaped_and_embedded_at_signs_are_not_citations():
    assert find_citations(r"Mail info@ipinst.org, or \@handle.") == []


def test_check_citations_names_page_line_and_key():
    with pytest.raises(BibliographyError, match=r"^docs/x\.md:2: unknown citation key 'zeta' \(not in refs\.bib\)$"):
        check_citations("One @alpha.\nTwo @zeta.\n", {"alpha"}, "docs/x.md", "refs.bib")
    check_citations("One @alpha.\n", {"alpha"}, "docs/x.md", "refs.bib")


# Code is never read for citations: a key in a code span or block is text, not a citation.
@pytest.mark.parametrize(
    "markdown",
    [
        "Decorate with `@staticmethod` here.",
        "A span over lines `see\n@agenda1992` stays code.",
        "Two ticks ``a ` @agenda1992`` hold one.",
        "```\n@agenda1992, para. 23\n```",
        "~~~python\n@staticmethod\ndef f(): pass\n~~~",
        "Some text.\n\n    @staticmethod\n    def f(): pass\n",
    ],
)
def test_code_holds_no_citations(markdown):
    assert find_citations(markdown) == []


def test_citations_beside_code_are_found_with_their_lines():
    markdown = "Text `@code` and @agenda1992.\n\n```\n@fenced\n```\n\nAfter [@uncharter1945, art. 33].\n"
    assert find_citations(markdown) == [("agenda1992", 1), ("uncharter1945", 7)]


def test_an_indented_footnote_continuation_is_not_code():
    markdown = "[^3]: First line.\n\n    @agenda1992, a second paragraph of the note.\n"
    assert find_citations(markdown) == [("agenda1992", 3)]


def test_an_unclosed_backtick_is_not_code():
    assert find_citations("A lone ` backtick, then @agenda1992.") == [("agenda1992", 1)]


def test_code_ranges_cover_exactly_the_code():
    markdown = "a `@x` b\n\n```\n@y\n```\nc"
    ranges = code_ranges(markdown)
    assert [markdown[start:end] for start, end in ranges] == ["`@x`", "```\n@y\n```"]


def test_masking_code_hides_its_at_signs_and_unmasking_restores_them():
    markdown = "See `@staticmethod` and @agenda1992.\n```\n[@uncharter1945]\n```\n"
    masked = mask_code(markdown)
    assert len(masked) == len(markdown) and masked.count("@") == 1
    assert "@agenda1992" in masked
    assert unmask_code(masked) == markdown

def test_unwraps_nocase_spans():
    assert unwrap_nocase_spans("*[Charter of the United Nations]{.nocase}* (1945)") == "*Charter of the United Nations* (1945)"


def test_unwraps_a_span_inside_a_link():
    assert (
        unwrap_nocase_spans("*[[An Agenda for Peace]{.nocase}](https://undocs.org/en/A/47/277)*")
        == "*[An Agenda for Peace](https://undocs.org/en/A/47/277)*"
    )


def test_leaves_links_footnotes_and_other_attributes_alone():
    text = "[link](https://un.org) [^3] [text]{.smallcaps} [x]{#id}"
    assert unwrap_nocase_spans(text) == text

def test_one_anchored_citation_per_key():
    page = f"{REFERENCE_LIST_COMMAND}\n"
    assert expand_reference_list(page, ["a", "b-2"]) == "- @a.\n  {: #ref-a }\n- @b-2.\n  {: #ref-b-2 }\n"


def test_command_on_its_own_line_is_replaced():
    page = f"# References\n\nIntro.\n\n{REFERENCE_LIST_COMMAND}\n"
    assert expand_reference_list(page, ["a"]) == "# References\n\nIntro.\n\n- @a.\n  {: #ref-a }\n"


def test_pages_without_the_command_are_unchanged():
    page = f"Text that mentions {REFERENCE_LIST_COMMAND} inline.\n"
    assert expand_reference_list(page, ["a"]) == page


def test_the_works_each_note_cites():
    page = "Text.[^4] More.[^5]\n\n[^4]: @mbeki2011.\n[^5]: @a; see also\n    @b, para. 2.\n\n`[^6]: @code`\n"
    assert keys_by_note(page) == [("4", "mbeki2011"), ("5", "a"), ("5", "b")]


def test_the_reference_list_says_where_each_work_is_cited():
    page = expand_reference_list(f"{REFERENCE_LIST_COMMAND}\n", ["a", "b"], {"a": "Cited in: [X, note 2](x.md#fn:2)"})
    assert page == "- @a. Cited in: [X, note 2](x.md#fn:2)\n  {: #ref-a }\n- @b.\n  {: #ref-b }\n"


def test_the_report_first_then_each_work_by_the_note_that_first_cites_it():
    notes = {"late": [("b.md", "9")], "early": [("b.md", "2"), ("a.md", "5")], "again": [("a.md", "7")]}
    keys, cited = reference_list(["late", "report", "uncited", "early", "again"], "report", notes,
                                 {"a.md": "Ay", "b.md": "Bee"}, ["a.md", "b.md"], "references.md")
    assert keys == ["report", "early", "again", "late", "uncited"]
    assert cited["early"] == "Cited in: [Ay, note 5](a.md#fn:5) · [Bee, note 2](b.md#fn:2)"
    assert "report" not in cited and "uncited" not in cited
