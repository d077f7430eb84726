"""What a printed page says of itself: a running head on every page, and the citation on the first.

Every printed page carries the report's short title and its section at the top and its
number at the foot, from CSS ``@page`` margin boxes: one rule for a page of the site, a
named page for each section of a document that holds several (the single file). The
first printed page begins with the report's Suggested Citation, the section, the page's
online address (or a sentence saying that none is known) and the copyright line, in a
block that only paper shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

NO_ADDRESS = "No online address is known for this copy."
ON_PAPER = "edition-on-paper"  # the first page's block: hidden on screen, shown on paper
BOX = "font: 8pt/1.3 sans-serif; color: #444;"  # the margin boxes' type


def short_title(title: str) -> str:
    """"Strengthening Preventive Diplomacy and Mediation": the title before its subtitle."""
    return title.partition(":")[0].strip()


def subtitle(title: str) -> str:
    """"Istanbul Retreat of the UN Security Council": what the cover's running head names."""
    return title.partition(":")[2].strip()


def css_string(text: str) -> str:
    """``text`` as a CSS string, quoted, to sit in a <style> element: quotes, backslashes, line breaks and
    other control characters escaped, and "<", so that "</style>" cannot end the element."""
    escaped = []
    for character in text:
        if character in '"\\':
            escaped.append("\\" + character)
        elif character == "<" or ord(character) < 0x20 or ord(character) == 0x7F:
            escaped.append(f"\\{ord(character):x} ")  # a hex escape, ended by its space
        else:
            escaped.append(character)
    return '"' + "".join(escaped) + '"'


def _page_rule(selector: str, boxes: dict[str, str], declarations: str = "") -> str:
    inner = "".join(f"\n  @{box} {{ {body} }}" for box, body in boxes.items())
    return f"{selector} {{{' ' + declarations if declarations else ''}{inner}\n}}"


def running_head(short: str, section: str, margin: str = "") -> str:
    """The ``@page`` rule of pages that all belong to one section: the short title top left, the section
    top right, the page's number at the foot; ``margin``, if given, the page's margins."""
    return _page_rule("@page", {
        "top-left": f"content: {css_string(short)}; {BOX} text-align: left;",
        "top-right": f"content: {css_string(section)}; {BOX} text-align: right;",
        "bottom-right": f"content: counter(page); {BOX}",
    }, f"margin: {margin};" if margin else "")


def section_heads(short: str, sections: Sequence[tuple[str, str]], margin: str = "") -> str:
    """Running heads for a document of several sections, each given as (a CSS selector, its title):
    each section is laid out on pages of its own name, whose head names it."""
    rules = [running_head(short, "", margin)]
    for number, (selector, title) in enumerate(sections, 1):
        name = f"section-{number}"
        rules.append(f"{selector} {{ page: {name}; }}")
        rules.append(_page_rule(f"@page {name}", {"top-right": f"content: {css_string(title)};"}))
    return "\n".join(rules) + "\n"


def print_style(css: str) -> str:
    """A <style> element that only paper reads."""
    return f'<style media="print">\n{css}</style>\n'


def first_page(citation: str, section: str, address: str, copyright: str) -> str:
    """The first printed page's block: ``citation`` (HTML: the Suggested Citation as printed), the section
    cited (none for the report as a whole), the online ``address`` (or a sentence saying none is
    known), then ``copyright`` (HTML, as the site's footer prints it)."""
    cited = f' "{escape(section)}."' if section else ""
    where = escape(address) if address else NO_ADDRESS
    return f'<div class="{ON_PAPER}">\n<p>{citation}{cited} {where}</p>\n<p>{copyright.strip()}</p>\n</div>\n'
