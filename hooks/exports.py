"""Offline exports, and the online site that offers them.

With ``OFFLINE=true`` (``make export``), Material's offline plugin makes this build a site
that opens from any folder; this hook then zips it into dist/ and writes the whole report
as one HTML file there. Without it, the online build serves what dist/ holds under
downloads/ and the home page offers it.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from edition.build_mode import is_offline_build
from edition.commands import replace_command
from edition.external_links import is_local_address
from edition.bibliography import load_bibliography
from edition.citation_formats import report_work
from edition.page_metadata import scholar_tags
from edition.single_file import ExportPage, combine
from edition.zip_export import archive_date, write_zip

log = get_plugin_logger("exports")

FOLDER = "istanbul-retreat-2011"
OFFLINE_SITE = f"build/offline/{FOLDER}"
DIST = "dist"
ZIP_NAME = f"{FOLDER}-offline.zip"
HTML_NAME = f"{FOLDER}.html"
SHIM_SOURCE = "node_modules/iframe-worker/shim/index.js"  # pinned in package.json
SHIM_TARGET = "assets/javascripts/iframe-worker-shim.js"
SINGLE_FILE_CSS = "includes/single-file.css"
DOWNLOADS_COMMAND = "\\downloads"
_state: dict = {}


@event_priority(50)  # before Material's offline plugin, which adds the shim from unpkg.com unless one is given
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    root = Path(config.config_file_path).parent
    _state.update(root=root, offline=is_offline_build(config.plugins), pages=[], order=[],
                  published=not is_local_address(config.site_url or ""))
    if _state["offline"]:
        if not _state["published"]:
            log.info(f"site_url {config.site_url} is a local address: the exports name no online edition "
                     "(set SITE_URL to the published address)")
        config.extra["polyfills"] = [SHIM_TARGET]
        config.site_dir = str(root / OFFLINE_SITE)
        # Material's instant navigation cannot fetch from file://, and with it on, nothing that
        # waits for a page to load (tooltips, the Cite buttons) would start there.
        features = config.theme["features"]
        if "navigation.instant" in features:
            features.remove("navigation.instant")
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    root: Path = _state["root"]
    if _state["offline"]:
        shim = root / SHIM_SOURCE
        if not shim.is_file():
            raise PluginError(f"{SHIM_SOURCE} is missing: install the npm packages with `npm ci` (make export does)")
        files.append(File.generated(config, SHIM_TARGET, abs_src_path=str(shim)))
        return files
    for name in (ZIP_NAME, HTML_NAME):
        export = root / DIST / name
        if export.is_file():
            files.append(File.generated(config, f"downloads/{name}", abs_src_path=str(export)))
        else:
            log.warning(f"{DIST}/{name} is missing, so the site cannot offer it: run `make export` first")
    return files


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    _state["order"] = [page.url for page in nav.pages]
    return nav


def _size(path: Path) -> str:
    size = path.stat().st_size if path.is_file() else 0
    return f"{size / 1_000_000:.1f} MB" if size >= 1_000_000 else f"{round(size / 1000)} KB"


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if DOWNLOADS_COMMAND not in markdown:
        return markdown
    if _state["offline"]:
        text = "This is the offline edition: it opens from any folder, with no network."
        if _state["published"]:
            text += f" The online edition is at <{config.site_url}>."
    else:
        dist = _state["root"] / DIST
        text = (
            f"Take the report with you: [the whole site, to open from a folder or a USB stick]"
            f"(downloads/{ZIP_NAME}) (zip, {_size(dist / ZIP_NAME)}), or [the whole report in one HTML file]"
            f"(downloads/{HTML_NAME}) ({_size(dist / HTML_NAME)}), for a course page or an email."
        )
    return replace_command(markdown, DOWNLOADS_COMMAND, text)


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if _state["offline"]:
        _state["pages"].append(ExportPage(page.url, page.title, html))
    return html


@event_priority(-200)  # after Material's offline plugin has written the search index as a script
def on_post_build(config: MkDocsConfig) -> None:
    if not _state["offline"]:
        return
    root: Path = _state["root"]
    dist = root / DIST
    # From a folder there is no server to show a 404 page, and its links start at the server's root.
    Path(config.site_dir, "404.html").unlink(missing_ok=True)
    count = write_zip(Path(config.site_dir), dist / ZIP_NAME, FOLDER, archive_date())
    pages = sorted(_state["pages"], key=lambda page: _state["order"].index(page.url))
    bib_file = config.plugins["bibtex"].config.bib_file
    work = report_work(load_bibliography(root / bib_file, bib_file), bib_file, url=config.site_url)
    online = f' The online edition: <a href="{config.site_url}">{config.site_url}</a>' if _state["published"] else ""
    footer = f'<footer class="edition">{config.copyright}{online}</footer>\n'
    document = combine(
        pages,
        title=work.title,
        css=(root / SINGLE_FILE_CSS).read_text(encoding="utf-8"),
        online_url=config.site_url,
        site_dir=Path(config.site_dir),
        head="\n".join(scholar_tags(work, work.title, config.site_url if _state["published"] else "")) + "\n",
        footer=footer,
    )
    (dist / HTML_NAME).write_text(document, encoding="utf-8")
    log.info(f"{DIST}/{ZIP_NAME}: {count} files, {_size(dist / ZIP_NAME)}; {DIST}/{HTML_NAME}: {_size(dist / HTML_NAME)}")
