"""Repairs to Material's page template, so that every page is valid and accessible HTML.

Material 9.8.2 writes ``autocomplete="off"`` on its checkbox toggles (only text-like
inputs may carry it) and ``tabindex=""`` on the labels of navigation sections (an empty
tabindex is not a number), and its search dialog has no accessible name. Each repair
finds its target on the parsed page; a page without it means Material's markup changed,
and the build stops with one line saying which repair is out of date.

The edition's own additions come through a template override (overrides/main.html) that
fills three of Material's blocks; were a block renamed, Jinja would drop them silently, so
each page is checked for them too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from lxml import etree

from report_edition.html import parse_document, serialize_document
from report_edition.theme.printed import ON_PAPER


class MaterialMarkupError(ValueError):
    pass


@dataclass(frozen=True)
class Repair:
    finds: str  # what Material writes, in words
    xpath: str
    fix: Callable[[etree._Element], None]


REPAIRS = (
    Repair("checkbox toggles with autocomplete", "//input[@type='checkbox'][@autocomplete]",
           lambda element: element.attrib.pop("autocomplete")),
    Repair("navigation labels with an empty tabindex", "//label[@tabindex='']",
           lambda element: element.attrib.pop("tabindex")),
    Repair("a search dialog without a name", "//div[@data-md-component='search'][@role='dialog'][not(@aria-label)]",
           lambda element: element.set("aria-label", "Search")),
)


# What overrides/main.html adds, as the parsed page shows it.
CITATION_TAGS = "//head/meta[@name='citation_title']"
PRINT_HEAD = "//head/style[@media='print']"
FIRST_PRINTED_PAGE = f"//main//div[@class='{ON_PAPER}']"
LAZY_SEARCH_BEFORE_BUNDLE = (
    "//script[contains(@src, 'assets/javascripts/bundle.')]/preceding-sibling::*[1][self::script][@data-edition='lazy-search']"
)


def fix_material_markup(html: str, where: str = "a page", lazy_search: bool = False, head_tags: bool = False) -> str:
    """The page repaired; ``lazy_search`` and ``head_tags`` say which of the edition's additions it must carry."""
    document = parse_document(html)
    expected = [
        ("citation tags in its head", CITATION_TAGS),
        ("running head for paper in its head", PRINT_HEAD),
        ("citation for its first printed page", FIRST_PRINTED_PAGE),
    ] if head_tags else []
    expected += [("the lazy-search script just before Material's bundle", LAZY_SEARCH_BEFORE_BUNDLE)] if lazy_search else []
    for addition, xpath in expected:
        if not document.xpath(xpath):
            raise MaterialMarkupError(
                f"{where}: the page has no {addition}: overrides/main.html no longer fills Material's template "
                "(a block it extends was renamed or removed)"
            )
    for repair in REPAIRS:
        targets = document.xpath(repair.xpath)
        if not targets:
            raise MaterialMarkupError(
                f"{where}: Material's markup has no {repair.finds} any more: the repair in "
                "report_edition is out of date (remove it, or change it to the new markup)"
            )
        for target in targets:
            repair.fix(target)
    return serialize_document(document)
