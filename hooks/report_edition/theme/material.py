"""Repairs to Material's page template, so that every page is valid and accessible HTML.

Material 9.8.2 writes ``autocomplete="off"`` on its checkbox toggles (only text-like
inputs may carry it) and ``tabindex=""`` on the labels of navigation sections (an empty
tabindex is not a number), and its search dialog has no accessible name. Each repair
finds its target on the parsed page; a page without it means Material's markup changed,
and the build stops with one line saying which repair is out of date.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from lxml import etree

from report_edition.html import parse_document, serialize_document


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


def fix_material_markup(html: str, where: str = "a page") -> str:
    document = parse_document(html)
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
