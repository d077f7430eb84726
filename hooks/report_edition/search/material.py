"""Material's page names the search worker in its configuration (``__config``): make it the edition's."""

from __future__ import annotations

import json

from jinja2.utils import htmlsafe_json_dumps

from report_edition.html import parse_document, serialize_document


class SearchConfigError(ValueError):
    pass


def with_search_worker(html: str, worker: str, where: str = "a page") -> str:
    """The page with its ``__config`` naming ``worker`` (a path from the site's root) as the search worker."""
    document = parse_document(html)
    scripts = document.xpath("//script[@id='__config']")
    settings = json.loads(scripts[0].text) if scripts else {}
    if "search" not in settings or "base" not in settings:
        raise SearchConfigError(f"{where}: Material's page has no __config naming its search worker and base any more: "
                                "report_edition/search/material.py is out of date")
    settings["search"] = f"{settings['base'].rstrip('/')}/{worker}"
    scripts[0].text = str(htmlsafe_json_dumps(settings, ensure_ascii=False))  # as Material's tojson: nothing closes the script
    return serialize_document(document)
