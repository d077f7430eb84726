"""Links that leave the site, marked ``rel="external"``.

On paper a reader needs to see where an outside link goes. Material's instant navigation
rewrites every href to an absolute URL once a page has loaded, so a print stylesheet cannot
tell an outside link by its href; the rel value, set at build time, can.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from report_edition.html import Element


def mark_external_links(container: Element, site_url: str) -> None:
    """Adds "external" to the rel of every link whose http(s) href is on another host than the site's."""
    site_host = urlsplit(site_url).netloc.lower()
    for link in container.iter("a"):
        href = link.get("href", "")
        if not href.startswith(("http://", "https://")) or urlsplit(href).netloc.lower() == site_host:
            continue
        values = (link.get("rel") or "").split()
        if "external" not in values:
            link.set("rel", " ".join([*values, "external"]))
