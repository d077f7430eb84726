"""Metadata in each page's head: for Google Scholar and Zotero, for link previews, for search engines.

Highwire Press tags (``citation_*``) describe the report on every page, Dublin Core
names the page's own section, OpenGraph gives previews a title and a description, and
the home page carries schema.org JSON-LD for the report.
"""

from __future__ import annotations

import json
from html import escape

from report_edition.citation.works import Work


def _meta(attribute: str, name: str, content: str) -> str:
    return f'<meta {attribute}="{escape(name)}" content="{escape(content)}">'


def scholar_tags(work: Work, section: str, page_url: str) -> list[str]:
    tags = [_meta("name", "citation_title", work.title)]
    tags += [_meta("name", "citation_author", f"{family}, {given}") for family, given in work.authors]
    tags += [
        _meta("name", "citation_publication_date", work.date("/")),
        _meta("name", "citation_technical_report_institution", work.institution),
        _meta("name", "citation_publisher", work.institution),
        _meta("name", "citation_language", "en"),
        _meta("name", "DC.title", section),
        _meta("name", "DC.relation.isPartOf", work.title),
    ]
    if page_url:  # none for a copy with no public address
        tags.insert(-2, _meta("name", "citation_public_url", page_url))
    return tags


def open_graph_tags(title: str, description: str, page_url: str, site_name: str, is_home: bool) -> list[str]:
    tags = [
        _meta("property", "og:type", "website" if is_home else "article"),
        _meta("property", "og:site_name", site_name),
        _meta("property", "og:title", title),
        _meta("property", "og:description", description),
        _meta("property", "og:locale", "en_US"),
    ]
    if page_url:
        tags.insert(-1, _meta("property", "og:url", page_url))
    return tags


def report_json_ld(work: Work, description: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "Report",
        "name": work.title,
        "headline": work.title,
        "description": description,
        "author": [{"@type": "Person", "name": f"{given} {family}"} for family, given in work.authors],
        "datePublished": work.date(),
        "publisher": {"@type": "Organization", "name": work.institution, "url": "https://www.ipinst.org"},
        "copyrightHolder": {"@type": "Organization", "name": work.institution},
        "copyrightYear": work.year,
        "inLanguage": "en",
    }
    if work.url:
        data["url"] = work.url
    # "</" cannot close the script element early: JSON allows "\/" for "/".
    payload = json.dumps(data, ensure_ascii=False, indent=1).replace("</", "<\\/")
    return f'<script type="application/ld+json">\n{payload}\n</script>'


def page_head(work: Work, *, section: str, title: str, description: str, page_url: str, site_name: str,
              is_home: bool, site_description: str) -> str:
    """Every tag a page's head carries for its citation and its previews, one per line."""
    elements = scholar_tags(work, section, page_url)
    elements += open_graph_tags(title, description, page_url, site_name, is_home)
    if is_home:
        elements.append(report_json_ld(work, site_description))
    return "\n".join(elements) + "\n"


def cite_data(forms: str, page_url: str) -> str:
    """What the Cite panel shows (``forms``: citation/forms.forms_json) and the page's online address
    ("" when none is known), as a hidden element of the page's content, so that Material's instant
    navigation swaps it with the page. Not a JSON <script>: instant navigation re-runs the content's
    scripts without their type."""
    return f'<div id="edition-cite" hidden data-url="{escape(page_url)}" data-forms="{escape(forms)}"></div>\n'


CITE_FILES_ID = "cite-this-section"


def section_files_links(links: list[tuple[str, str]]) -> str:
    """The line at the end of a section that offers its citation files: (what the link says, its href).
    Not a paragraph of the report: a div, which the paragraph numbers and the search index pass by."""
    anchors = " · ".join(f'<a href="{escape(href)}">{escape(label)}</a>' for label, href in links)
    return f'<div class="edition-cite-files" id="{CITE_FILES_ID}">Cite this section in a reference manager: {anchors}</div>\n'
