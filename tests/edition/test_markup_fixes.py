from edition.markup_fixes import fix_material_markup


def test_autocomplete_leaves_checkboxes_only():
    html = ('<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">'
            '<input type="text" name="query" autocomplete="off">')
    assert fix_material_markup(html) == (
        '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer">'
        '<input type="text" name="query" autocomplete="off">'
    )


def test_empty_tabindex_leaves_labels_only():
    html = '<label class="md-nav__link" for="__nav_2" id="__nav_2_label" tabindex="">x</label><a tabindex="">y</a><label tabindex="0">'
    assert fix_material_markup(html) == (
        '<label class="md-nav__link" for="__nav_2" id="__nav_2_label">x</label><a tabindex="">y</a><label tabindex="0">'
    )


def test_the_search_dialog_gets_a_name():
    html = '<div class="md-search" data-md-component="search" role="dialog"><form></form></div>'
    assert fix_material_markup(html) == (
        '<div class="md-search" data-md-component="search" role="dialog" aria-label="Search"><form></form></div>'
    )
