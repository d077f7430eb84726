from edition.pandoc_markdown import unwrap_nocase_spans


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
