"""Put a script of our own inline, just before the theme's bundle, which it must run before."""

from __future__ import annotations

import re

_BUNDLE_RE = re.compile(r'<script src="[^"]*assets/javascripts/bundle\.[0-9a-f]+\.min\.js"></script>')


def inline_before_bundle(html: str, code: str) -> str:
    """The page with ``<script>code</script>`` before Material's bundle; unchanged if it has none."""
    match = _BUNDLE_RE.search(html)
    if match is None:
        return html
    script = "<script>" + code.replace("</", "<\\/") + "</script>"
    return html[: match.start()] + script + html[match.start() :]
