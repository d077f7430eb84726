"""The three sites compared: the edition (site/, from `make build`) and two peers built from the same words.

- stock MkDocs + Material: the edition's MkDocs and Material versions, Material's default theme
  settings but one, the search plugin, the edition's nav, the footnotes extension (the notes);
  the one change: ``font: false``, as the edition has it: stock Material asks Google Fonts for
  Roboto, a request this machine cannot make (and the edition's pages make no outside request);
- Sphinx + furo, reading the Markdown with myst-parser; the nav becomes hidden toctrees on the home page,
  and quotes stay as printed (``smartquotes = False``), as in the edition.
Each peer is built in its own venv (bench/peers/.venv-<name>, from requirements-<name>.txt,
made by `make peer-venvs`), from the pages of bench/peers/content.py, in a temporary folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import yaml

from bench.peers.content import edition_config, published_nav, report_pages
from edition_harness.project import PROJECT

PEERS = PROJECT / "bench" / "peers"
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}


@dataclass(frozen=True)
class Site:
    name: str
    root: Path  # the built site
    directory_urls: bool  # a page x.md is at x/ (MkDocs), else at x.html (Sphinx)

    def address(self, page: str) -> str:
        """Where the page built from docs/<page> is, relative to the site's root."""
        stem = page.removesuffix(".md")
        if stem == "index":
            return ""
        return f"{stem}/" if self.directory_urls else f"{stem}.html"


def peer_tool(venv: str, tool: str) -> Path:
    path = PEERS / f".venv-{venv}" / "bin" / tool
    if not path.is_file():
        sys.exit(f"{path.relative_to(PROJECT)} is missing: run `make peer-venvs` (make bench does)")
    return path


def _run(command: list[str], name: str) -> None:
    run = subprocess.run(command, env=ENV, capture_output=True, text=True, timeout=600)
    if run.returncode != 0:
        sys.exit(f"the {name} peer did not build:\n{run.stdout}{run.stderr}")


def _write_pages(folder: Path, pages: dict[str, str]) -> None:
    folder.mkdir(parents=True)
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")


def build_material(folder: Path, pages: dict[str, str], config: dict) -> Site:
    _write_pages(folder / "docs", pages)
    settings = {
        "site_name": config["site_name"], "site_description": config["site_description"],
        "site_author": config["site_author"], "copyright": config["copyright"],
        "nav": published_nav(config["nav"], set(pages)),
        "theme": {"name": "material", "font": False},
        "plugins": ["search"],
        "markdown_extensions": ["footnotes"],
    }
    (folder / "mkdocs.yml").write_text(yaml.safe_dump(settings, sort_keys=False, allow_unicode=True), encoding="utf-8")
    _run([str(peer_tool("material", "mkdocs")), "build", "--strict", "-q", "-f", str(folder / "mkdocs.yml"),
          "-d", str(folder / "site")], "MkDocs + Material")
    return Site("Material", folder / "site", directory_urls=True)


def toctrees(nav: list) -> str:
    """The nav as MyST toctrees: a section gets its caption, a page stands alone; the home page is the root."""
    blocks = []
    for item in nav:
        ((title, target),) = item.items()
        if target == "index.md":
            continue
        section = isinstance(target, list)
        entries = [next(iter(child.values())) for child in target] if section else [target]
        caption = f":caption: {title}\n" if section else ""
        names = "\n".join(entry.removesuffix(".md") for entry in entries)
        blocks.append(f"```{{toctree}}\n:hidden:\n{caption}\n{names}\n```\n")
    return "\n".join(blocks)


def build_furo(folder: Path, pages: dict[str, str], config: dict) -> Site:
    nav = published_nav(config["nav"], set(pages))
    _write_pages(folder / "source", {**pages, "index.md": pages["index.md"] + "\n" + toctrees(nav)})
    settings = {
        "project": config["site_name"], "html_title": config["site_name"], "author": config["site_author"],
        "copyright": "2012, International Peace Institute", "language": "en",
        "extensions": ["myst_parser"], "source_suffix": {".md": "markdown"}, "html_theme": "furo",
        "smartquotes": False,  # quotes as printed, as in the edition (Sphinx would curl them)
    }
    (folder / "source" / "conf.py").write_text("".join(f"{key} = {value!r}\n" for key, value in settings.items()),
                                              encoding="utf-8")
    _run([str(peer_tool("furo", "sphinx-build")), "-b", "html", "-q", "-W", "--keep-going",
          str(folder / "source"), str(folder / "site")], "Sphinx + furo")
    return Site("furo", folder / "site", directory_urls=False)


@contextmanager
def built_sites(edition_site: Path = PROJECT / "site") -> Iterator[list[Site]]:
    """The edition as built, and the two peers built in a temporary folder (removed afterwards)."""
    if not (edition_site / "index.html").is_file():
        sys.exit("site/ has no build: run `make build` first")
    pages, config = report_pages(), edition_config()
    with tempfile.TemporaryDirectory(prefix="bench-peers-") as folder:
        yield [Site("edition", edition_site, directory_urls=True),
               build_material(Path(folder) / "material", pages, config),
               build_furo(Path(folder) / "furo", pages, config)]
