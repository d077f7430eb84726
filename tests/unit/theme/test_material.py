import pytest

from report_edition.theme.material import REPAIRS, MaterialMarkupError, fix_material_markup

CHECKBOX = '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">'
SEARCH_FIELD = '<input type="text" name="query" autocomplete="off">'
SECTION_LABEL = '<label class="md-nav__link" for="__nav_2" id="__nav_2_label" tabindex="">x</label>'
LINK_LABEL = '<label tabindex="0">y</label>'
DIALOG = '<div class="md-search" data-md-component="search" role="dialog"><form></form></div>'


def page(*parts: str) -> str:
    return "<!doctype html>\n<html><head><title>t</title></head><body>" + "".join(parts) + "</body></html>"


def test_each_repair_changes_only_its_target():
    fixed = fix_material_markup(page(CHECKBOX, SEARCH_FIELD, SECTION_LABEL, LINK_LABEL, DIALOG))
    assert fixed == page(
        '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer">',
        SEARCH_FIELD,
        '<label class="md-nav__link" for="__nav_2" id="__nav_2_label">x</label>',
        LINK_LABEL,
        '<div class="md-search" data-md-component="search" role="dialog" aria-label="Search"><form></form></div>',
    )


@pytest.mark.parametrize("missing", range(len(REPAIRS)), ids=[repair.finds for repair in REPAIRS])
def test_markup_without_a_repairs_target_stops_the_build(missing):
    parts = [CHECKBOX, SECTION_LABEL, DIALOG]
    del parts[missing]
    with pytest.raises(MaterialMarkupError, match=rf"^taking-stock/: Material's markup has no {REPAIRS[missing].finds} any more"):
        fix_material_markup(page(*parts), "taking-stock/")


HEAD_TAGS = '<meta name="citation_title" content="T">'
PRINT_HEAD = '<style media="print">@page { @top-left { content: "T" } }</style>'
ON_PAPER = '<main><div class="edition-on-paper"><p>"T," A. © B.</p></div></main>'
BUNDLE = '<script src="assets/javascripts/bundle.a5f9d56c.min.js"></script>'
LAZY = '<script data-edition="lazy-search">x()</script>'


def page_with(head: str, *body: str) -> str:
    return f"<!doctype html>\n<html><head><title>t</title>{head}</head><body>{''.join(body)}</body></html>"


def test_a_page_with_the_editions_additions_passes():
    fix_material_markup(page_with(HEAD_TAGS + PRINT_HEAD, ON_PAPER, CHECKBOX, SECTION_LABEL, DIALOG, LAZY, BUNDLE),
                        lazy_search=True, head_tags=True)


@pytest.mark.parametrize(
    "head, body, missing",
    [
        (PRINT_HEAD, [ON_PAPER, LAZY, BUNDLE], "citation tags in its head"),
        (HEAD_TAGS, [ON_PAPER, LAZY, BUNDLE], "running head for paper in its head"),
        (HEAD_TAGS + PRINT_HEAD.replace("print", "screen", 1), [ON_PAPER, LAZY, BUNDLE], "running head for paper in its head"),
        (HEAD_TAGS + PRINT_HEAD, [LAZY, BUNDLE], "citation for its first printed page"),
        (HEAD_TAGS + PRINT_HEAD, [ON_PAPER, BUNDLE], "the lazy-search script just before Material's bundle"),
        (HEAD_TAGS + PRINT_HEAD, [ON_PAPER, LAZY, "<script>other()</script>", BUNDLE], "the lazy-search script just before Material's bundle"),
    ],
)
def test_a_page_the_template_override_no_longer_fills_stops_the_build(head, body, missing):
    with pytest.raises(MaterialMarkupError, match=rf"^about/: the page has no {missing}: overrides/main.html no longer fills"):
        fix_material_markup(page_with(head, CHECKBOX, SECTION_LABEL, DIALOG, *body), "about/", lazy_search=True, head_tags=True)
