"""Material's page names the search worker in its configuration (``__config``): make it the edition's."""

from __future__ import annotations

import json

from report_edition.html import parse_document, serialize_document


class SearchConfigError(ValueError):
    pass


# As Jinja's tojson writes JSON into a script: nothing in it can close the element.
_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "'": "\\u0027"})


def with_search_worker(html: str, worker: str, where: str = "a page") -> str:
    """The page with its ``__config`` naming ``worker`` (a path from the site's root) as the search worker."""
    document = parse_document(html)
    scripts = document.xpath("//script[@id='__config']")
    settings = json.loads(scripts[0].text) if scripts else {}
    if "search" not in settings or "base" not in settings:
        raise SearchConfigError(f"{where}: Material's page has no __config naming its search worker and base any more: "
                                "report_edition/search/material.py is out of date")
    settings["search"] = f"{settings['base'].rstrip('/')}/{worker}"
    scripts[0].text = json.dumps(settings, ensure_ascii=False).translate(_SCRIPT_SAFE)
    return serialize_document(document)
