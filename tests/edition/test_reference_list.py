from edition.reference_list import REFERENCE_LIST_COMMAND, expand_reference_list, reference_list_markdown


def test_one_anchored_citation_per_key():
    assert reference_list_markdown(["a", "b-2"]) == "- @a.\n  {: #ref-a }\n- @b-2.\n  {: #ref-b-2 }"


def test_command_on_its_own_line_is_replaced():
    page = f"# References\n\nIntro.\n\n{REFERENCE_LIST_COMMAND}\n"
    assert expand_reference_list(page, ["a"]) == "# References\n\nIntro.\n\n- @a.\n  {: #ref-a }\n"


def test_pages_without_the_command_are_unchanged():
    page = f"Text that mentions {REFERENCE_LIST_COMMAND} inline.\n"
    assert expand_reference_list(page, ["a"]) == page
