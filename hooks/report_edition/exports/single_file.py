"""The whole report in one HTML file: every page in reading order, self-contained.

Each page's content becomes a section; every id is prefixed with the page's own id so
that "p4" of two pages cannot clash, and every link between pages becomes a link inside
the file. Links to other sites stay as they are; a link to a file of the site that is not
a page (a citation file) becomes a download inside the file (a data URI), or, where the
file is missing, points to the online edition. Scripts are dropped: the file reads the
same with JavaScript off, and requests nothing from anywhere. On paper each section is laid
out on pages of its own name, whose running head names it (``running_heads``).
"""

from __future__ import annotations

import base64
import mimetypes
import posixpath
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from html import escape
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from lxml import etree

from report_edition.html import parse_fragment, serialize_fragment
from report_edition.text.words import slug
from report_edition.theme.printed import section_heads

DROPPED = ".//script | .//noscript | .//template | .//iframe | .//*[@hidden] | .//comment()"
COVER = "home"  # the home page's section: the cover
PRINT_MARGIN = "20mm 18mm 22mm 22mm"  # room for the running heads, the page numbers and the paragraph numbers
ID_LIST_ATTRIBUTES = frozenset({"for", "aria-describedby", "aria-labelledby", "aria-controls", "aria-owns", "headers", "list"})


@dataclass(frozen=True)
class ExportPage:
    url: str  # the page's URL in the site, e.g. "taking-stock.html" (or "taking-stock/")
    title: str
    content: str  # the HTML of the page's content


def link_target(from_url: str, path: str) -> str:
    """Where a relative link's ``path`` on the page at ``from_url`` leads, as a site path."""
    return posixpath.normpath(posixpath.join(posixpath.dirname(from_url), path))


def page_at(target: str, urls: Iterable[str]) -> str | None:
    """The page URL among ``urls`` that ``target`` names ("taking-stock/" or "taking-stock/index.html"), if any."""
    return next((url for url in urls if posixpath.normpath(url) == target or posixpath.normpath(url + "index.html") == target), None)


def page_id(url: str) -> str:
    """The section id of a page: "taking-stock.html" and "taking-stock/" -> "taking-stock"; the home page -> "home"."""
    return slug(url.removesuffix("index.html").removesuffix(".html")) or COVER


def running_heads(pages: Iterable[ExportPage], short_title: str, cover_title: str) -> str:
    """The print CSS that gives each page's section its own running head (the cover's: ``cover_title``);
    the footer after the last section is printed on that section's pages."""
    sections = [(f'section.page[id="{page_id(page.url)}"]', cover_title if page_id(page.url) == COVER else page.title)
                for page in pages]
    if sections:
        sections[-1] = (sections[-1][0] + ", body > footer", sections[-1][1])
    return section_heads(short_title, sections, PRINT_MARGIN)


def _rewrite(container: etree._Element, rename_id: Callable[[str], str], rewrite_href: Callable[[str], str],
             inline_src: Callable[[str], str]) -> None:
    """Every id and href through the given functions; scripts, hidden elements and comments left out."""
    for dropped in container.xpath(DROPPED):
        dropped.drop_tree()  # its tail, the text after it, stays
    for element in container.iter(etree.Element):
        attributes = list(element.attrib.items())
        element.attrib.clear()
        for name, value in attributes:
            if name == "id":
                value = rename_id(value)
            elif name == "href":
                rewritten = rewrite_href(value)
                if rewritten.startswith("data:") and not value.startswith("data:"):
                    # A file carried inside this one: saved under its own name when followed.
                    element.set("download", posixpath.basename(urlsplit(value).path))
                value = rewritten
            elif name == "src":
                value = inline_src(value)
            elif name in ID_LIST_ATTRIBUTES:
                value = " ".join(rename_id(part) for part in value.split())
            element.set(name, value)


# Python's own table, not the machine's /etc/mime.types: the same file on every machine.
_MEDIA_TYPES = mimetypes.MimeTypes()


def data_uri(path: Path) -> str:
    kind = _MEDIA_TYPES.guess_type(path.name)[0] or "application/octet-stream"
    return f"data:{kind};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"


def combine(
    pages: Iterable[ExportPage],
    *,
    title: str,
    css: str,
    online_url: str,
    site_dir: Path | None = None,
    head: str = "",
    footer: str = "",
    first_page: str = "",
) -> str:
    """One HTML document holding every page; ``online_url`` receives links to files that are not pages;
    ``first_page``, HTML put as it is at the top of the first section."""
    pages = list(pages)
    ids = {page.url: page_id(page.url) for page in pages}

    def rewrite_page(page: ExportPage) -> str:
        section = ids[page.url]

        def rename_id(value: str) -> str:
            return f"{section}--{value}"

        def rewrite_href(href: str) -> str:
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or href.startswith("//"):
                return href  # another site: stays as it is
            if not parts.path:
                return f"#{section}--{parts.fragment}" if parts.fragment else f"#{section}"
            target = link_target(page.url, parts.path)
            target_url = page_at(target, ids)
            if target_url is None:  # a file, not a page
                file = site_dir / target if site_dir is not None else None
                return data_uri(file) if file is not None and file.is_file() else urljoin(online_url, target)
            return f"#{ids[target_url]}--{parts.fragment}" if parts.fragment else f"#{ids[target_url]}"

        def inline_src(src: str) -> str:
            parts = urlsplit(src)
            if parts.scheme or parts.netloc or site_dir is None:
                return src
            file = site_dir / posixpath.normpath(posixpath.join(posixpath.dirname(page.url), parts.path))
            return data_uri(file) if file.is_file() else src

        content = parse_fragment(page.content)
        _rewrite(content, rename_id, rewrite_href, inline_src)
        top = first_page if page is pages[0] else ""
        return f'<section class="page" id="{section}" aria-label="{escape(page.title)}">\n{top}{serialize_fragment(content)}\n</section>'

    body = "\n".join(rewrite_page(page) for page in pages)
    return (
        "<!doctype html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n{head}"
        f"<style>\n{css}\n</style>\n</head>\n<body>\n<main>\n{body}\n</main>\n{footer}</body>\n</html>\n"
    )
