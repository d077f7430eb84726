"""Links that leave the site, marked ``rel="external"``, and addresses that are not published.

On paper a reader needs to see where an outside link goes. Material's instant navigation
rewrites every href to an absolute URL once a page has loaded, so a print stylesheet cannot
tell an outside link by its href; the rel value, set at build time, can.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlsplit

_LINK_RE = re.compile(r"<a\b[^>]*>")
_HREF_RE = re.compile(r"\shref=\"(https?://[^\"]*)\"")
_REL_RE = re.compile(r"\srel=\"(?P<values>[^\"]*)\"")


def mark_external_links(html: str, site_url: str) -> str:
    """Adds "external" to the rel of every <a> whose http(s) href is on another host than the site's."""
    site_host = urlsplit(site_url).netloc.lower()

    def mark(tag: re.Match[str]) -> str:
        link = tag.group(0)
        href = _HREF_RE.search(link)
        if href is None or urlsplit(href.group(1)).netloc.lower() == site_host:
            return link
        rel = _REL_RE.search(link)
        if rel is None:
            return link[:-1] + ' rel="external">'
        if "external" in rel.group("values").split():
            return link
        return link[: rel.end("values")] + " external" + link[rel.end("values") :]

    return _LINK_RE.sub(mark, html)


def is_local_address(url: str) -> bool:
    """True for a site address nobody else can open: none, localhost, or a loopback IP."""
    host = urlsplit(url).hostname
    if not host:
        return True
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
