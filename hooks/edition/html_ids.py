"""Elements with ids in a page's HTML, and the text of some of them."""

from __future__ import annotations

import re
from html.parser import HTMLParser

VOID_TAGS = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})
# Block elements whose start tag ends an open paragraph (HTML's implied </p>).
CLOSES_PARAGRAPH = frozenset(
    {"address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset", "figure", "footer", "form",
     "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "nav", "ol", "p", "pre", "section", "table", "ul"}
)


class _Collector(HTMLParser):
    def __init__(self, text_tags: frozenset[str], skipped_classes: frozenset[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.text_tags = text_tags
        self.skipped_classes = skipped_classes
        self.texts: dict[str, str] = {}
        self._open: list[tuple[str, str | None, bool]] = []  # (tag, id collecting text, skipping)
        self._buffers: dict[str, list[str]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in CLOSES_PARAGRAPH and self._open and self._open[-1][0] == "p":
            self.handle_endtag("p")
        attributes = dict(attrs)
        element_id = attributes.get("id")
        if tag in VOID_TAGS:
            return
        collecting = element_id if element_id and tag in self.text_tags else None
        if collecting:
            self._buffers[collecting] = []
        skipping = bool(set((attributes.get("class") or "").split()) & self.skipped_classes)
        self._open.append((tag, collecting, skipping))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        pass  # self-closed (<div/>): nothing to collect, and it must not close an open <p> as a start tag would

    def handle_endtag(self, tag: str) -> None:
        # Close up to the matching tag (HTML lets some end tags be implied).
        for index in range(len(self._open) - 1, -1, -1):
            if self._open[index][0] == tag:
                for _, collecting, _ in self._open[index:]:
                    if collecting:
                        self.texts[collecting] = " ".join("".join(self._buffers.pop(collecting)).split())
                del self._open[index:]
                return

    def close(self) -> None:
        super().close()
        for tag, _, _ in reversed(list(self._open)):
            self.handle_endtag(tag)

    def handle_data(self, data: str) -> None:
        if any(skipping for _, _, skipping in self._open):
            return
        for _, collecting, _ in self._open:
            if collecting:
                self._buffers[collecting].append(data)


# In the HTML that Python-Markdown writes, a "<" in text is "&lt;" and there are no comments
# or scripts with ids in them, so an id is found without parsing: a quoted id="..." in a tag.
_ID_RE = re.compile(r"""<[a-zA-Z][^<>]*?\sid=(?:"([^"]*)"|'([^']*)')""")


def ids_in(html: str) -> list[str]:
    """Every id in the HTML, in document order."""
    return [double or single for double, single in _ID_RE.findall(html)]


def text_of_element(html: str, element_id: str, tags: frozenset[str], skipped_classes: frozenset[str] = frozenset()) -> str | None:
    """The text of the one element with this id: texts_by_id on just that element's stretch of HTML,
    up to the first end tag of its kind (the elements asked for here do not nest in themselves)."""
    start = re.search(rf"""<([a-zA-Z][\w-]*)[^<>]*?\sid=["']{re.escape(element_id)}["']""", html)
    if start is None:
        return None
    end = html.find(f"</{start.group(1)}>", start.end())
    fragment = html[start.start() : end if end >= 0 else len(html)]
    return texts_by_id(fragment, tags, skipped_classes).get(element_id)


def texts_by_id(html: str, tags: frozenset[str], skipped_classes: frozenset[str] = frozenset()) -> dict[str, str]:
    """The text of each element with one of ``tags`` and an id, without elements of ``skipped_classes``."""
    collector = _Collector(tags, skipped_classes)
    collector.feed(html)
    collector.close()
    return collector.texts
