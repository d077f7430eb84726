"""Every link and anchor of a built site (or one HTML file) checked without the network."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup

LINKING = {"a": "href", "link": "href", "script": "src", "img": "src", "source": "src", "iframe": "src"}
NOT_A_LOAD = {"canonical", "alternate", "prev", "next"}  # links in <head> that name pages, not resources


def load_hosts(path: Path) -> set[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {line.split("#")[0].strip() for line in lines if line.split("#")[0].strip()}


@dataclass
class LinkReport:
    internal: int = 0
    external: int = 0
    broken: list[str] = field(default_factory=list)  # "page: href"
    refused: list[str] = field(default_factory=list)  # external links off the allowlist, or not https


def _ids(file: Path, cache: dict[Path, set[str]]) -> set[str]:
    if file not in cache:
        soup = BeautifulSoup(file.read_text(encoding="utf-8"), "html.parser")
        cache[file] = {element["id"] for element in soup.select("[id]")} | {a["name"] for a in soup.select("a[name]")}
    return cache[file]


def check_site(
    root: Path, site_url: str, allowed_hosts: set[str], files: list[Path] | None = None, site_root: Path | None = None
) -> LinkReport:
    """Links of every HTML file under ``root``.

    A link to ``site_url`` (or a path from the server's root, as a 404 page has) is a link
    into the site built at ``site_root`` (by default ``root``) and must resolve there.
    """
    site_root = site_root or root
    site_path = urlsplit(site_url).path or "/"
    report = LinkReport()
    cache: dict[Path, set[str]] = {}
    for page in files or sorted(root.rglob("*.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        page_path = page.relative_to(root).as_posix()
        for tag, attribute in LINKING.items():
            for element in soup.find_all(tag, attrs={attribute: True}):
                href = element[attribute]
                if tag == "link" and set(element.get("rel", [])) & NOT_A_LOAD:
                    continue
                if site_url and href.startswith(site_url) or href.startswith(site_path) and not href.startswith("//"):
                    parts = urlsplit(href[len(site_url):] if href.startswith(site_url) else href[len(site_path):])
                    target = site_root / unquote(parts.path)  # the site's own address: a file of the site
                else:
                    parts = urlsplit(href)
                    if parts.scheme in ("data", "mailto"):
                        continue
                    if parts.scheme or parts.netloc:
                        report.external += 1
                        if parts.scheme != "https" or (parts.hostname or "") not in allowed_hosts:
                            report.refused.append(f"{page_path}: {href}")
                        continue
                    target = page.parent / unquote(parts.path) if parts.path else page
                report.internal += 1
                target = target.resolve()
                if target.is_dir():
                    target = target / "index.html"
                if not target.is_file():
                    report.broken.append(f"{page_path}: {href}")
                elif parts.fragment and target.suffix == ".html" and unquote(parts.fragment) not in _ids(target, cache):
                    report.broken.append(f"{page_path}: {href}")
    return report
