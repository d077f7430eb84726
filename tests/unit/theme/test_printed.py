import pytest
import tinycss2

from report_edition.theme.printed import (
    NO_ADDRESS,
    css_string,
    first_page,
    print_style,
    running_head,
    section_heads,
    short_title,
    subtitle,
)

TITLE = "Strengthening Preventive Diplomacy and Mediation: Istanbul Retreat of the UN Security Council"
CITATION = '"Strengthening …," A and B, <em>rapporteurs</em>. New York: IPI, April 2012.'
COPYRIGHT = "A and B, <em>rapporteurs</em>.\n© by IPI, 2012. All Rights Reserved.\n"


def test_the_titles_of_the_running_head():
    assert short_title(TITLE) == "Strengthening Preventive Diplomacy and Mediation"
    assert subtitle(TITLE) == "Istanbul Retreat of the UN Security Council"
    assert (short_title("Glossary"), subtitle("Glossary")) == ("Glossary", "")


@pytest.mark.parametrize("text", [
    "Taking Stock",
    'The "Council" and its powers',
    "a back\\slash, and \\\\ two",
    "a line\nbreak, a tab\tand a return\r",
    "</style><script>alert(1)</script>",
    "<a> then a hex digit: <b, <3",
    "Côte d'Ivoire — “quoted” · ©",
    "a nul \x00? no: a bell \x07 and a delete \x7f",
    "",
])
def test_a_css_string_reads_back_as_the_text(text):
    literal = css_string(text)
    tokens = [token for token in tinycss2.parse_component_value_list(literal) if token.type != "whitespace"]
    assert [token.type for token in tokens] == ["string"]
    assert tokens[0].value == (text.replace("\x00", "\ufffd"))
    assert "\n" not in literal and "<" not in literal


def test_the_running_head_of_a_page():
    css = running_head("Short", 'Wrap-Up "and" Next')
    assert css.startswith("@page {\n")
    assert '@top-left { content: "Short";' in css
    assert '@top-right { content: "Wrap-Up \\"and\\" Next";' in css
    assert "@bottom-right { content: counter(page);" in css
    assert "margin" not in css  # the page's own margins stay
    assert running_head("S", "T", margin="20mm").startswith("@page { margin: 20mm;\n")


def test_every_section_on_pages_of_its_own_name():
    css = section_heads("Short", [('section[id="a"]', "First"), ('section[id="b"], body > footer', "Second")], "1cm")
    rules = [rule for rule in tinycss2.parse_stylesheet(css, skip_whitespace=True, skip_comments=True)]
    assert [(rule.type, getattr(rule, "at_keyword", None)) for rule in rules] == [
        ("at-rule", "page"), ("qualified-rule", None), ("at-rule", "page"), ("qualified-rule", None), ("at-rule", "page"),
    ]
    assert tinycss2.serialize(rules[0].prelude).strip() == ""  # every page: the short title, the number, the margins
    assert 'content: "Short"' in tinycss2.serialize(rules[0].content) and "margin: 1cm" in tinycss2.serialize(rules[0].content)
    assert 'section[id="a"] { page: section-1; }' in css and 'section[id="b"], body > footer { page: section-2; }' in css
    assert tinycss2.serialize(rules[2].prelude).strip() == "section-1"
    assert tinycss2.serialize(rules[2].content).strip() == '@top-right { content: "First"; }'
    assert tinycss2.serialize(rules[4].content).strip() == '@top-right { content: "Second"; }'


def test_the_print_style_is_for_paper_only():
    assert print_style("@page {}\n") == '<style media="print">\n@page {}\n</style>\n'
    assert "</style>" not in running_head("</style>", "</STYLE>")


def test_the_first_printed_page_of_a_section():
    block = first_page(CITATION, "Taking Stock", "https://example.org/r/taking-stock/", COPYRIGHT)
    assert block == (
        '<div class="edition-on-paper">\n'
        f'<p>{CITATION} "Taking Stock." https://example.org/r/taking-stock/</p>\n'
        "<p>A and B, <em>rapporteurs</em>.\n© by IPI, 2012. All Rights Reserved.</p>\n"
        "</div>\n"
    )


def test_the_first_printed_page_of_the_report_as_a_whole_with_no_address():
    block = first_page(CITATION, "", "", COPYRIGHT)
    assert f"<p>{CITATION} {NO_ADDRESS}</p>" in block
    assert NO_ADDRESS == "No online address is known for this copy."


def test_a_section_and_an_address_are_escaped():
    block = first_page(CITATION, "Peace & <Security>", "https://example.org/?a=1&b=2", COPYRIGHT)
    assert '"Peace &amp; &lt;Security&gt;." https://example.org/?a=1&amp;b=2</p>' in block
