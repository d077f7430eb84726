"""Metadata in each page's head: for Google Scholar and Zotero, for link previews, for search engines.

Highwire Press tags (``citation_*``) describe the report on every page, Dublin Core
names the page's own section, OpenGraph gives previews a title and a description, and
the home page carries schema.org JSON-LD for the report.
"""

from __future__ import annotations

import json
from html import escape

from edition.citation_formats import Work


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
    return [
        _meta("property", "og:type", "website" if is_home else "article"),
        _meta("property", "og:site_name", site_name),
        _meta("property", "og:title", title),
        _meta("property", "og:description", description),
        _meta("property", "og:url", page_url),
        _meta("property", "og:locale", "en_US"),
    ]


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
        "url": work.url,
    }
    # "</" cannot close the script element early: JSON allows "\/" for "/".
    payload = json.dumps(data, ensure_ascii=False, indent=1).replace("</", "<\\/")
    return f'<script type="application/ld+json">\n{payload}\n</script>'


def add_to_head(html: str, elements: list[str]) -> str:
    """Insert the elements just before ``</head>``."""
    position = html.find("</head>")
    if position < 0:
        raise ValueError("the page has no </head>")
    return html[:position] + "\n".join(elements) + "\n" + html[position:]
