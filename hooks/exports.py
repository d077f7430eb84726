"""Offline exports, and the online site that offers them.

With ``OFFLINE=true`` (``make export``), Material's offline plugin makes this build a site
that opens from any folder; after it, the zip, the single file, the EPUB and the PDF are
written to dist/.
Without it, the online build serves what dist/ holds under downloads/.
"""

from __future__ import annotations

from pathlib import Path

from _build import build_of
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from report_edition.exports.editions import (
    DIST,
    DOWNLOADS,
    OFFLINE_SITE,
    SHIM_SOURCE,
    SHIM_TARGET,
    SINGLE_FILE_MARK,
    with_downloads,
    write_offline_editions,
)

log = get_plugin_logger("exports")


@event_priority(50)  # before Material's offline plugin, which adds the shim from unpkg.com unless one is given
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    edition = build_of(config).edition
    if edition.offline:
        if not edition.site.published:
            log.info(f"site_url {config.site_url} is a local address: the exports name no online edition "
                     "(set SITE_URL to the published address)")
        config.extra["polyfills"] = [SHIM_TARGET]
        config.site_dir = str(edition.root / OFFLINE_SITE)
        # Material's instant navigation cannot fetch from file://, and with it on, nothing that
        # waits for a page to load (tooltips, the Cite buttons) would start there.
        features = config.theme["features"]
        if "navigation.instant" in features:
            features.remove("navigation.instant")
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    edition = build_of(config).edition
    if edition.offline:
        shim = edition.root / SHIM_SOURCE
        if not shim.is_file():
            raise PluginError(f"{SHIM_SOURCE} is missing: install the npm packages with `npm ci` (make export does)")
        files.append(File.generated(config, SHIM_TARGET, abs_src_path=str(shim)))
        return files
    for name in DOWNLOADS:
        export = edition.root / DIST / name
        if export.is_file():
            files.append(File.generated(config, f"downloads/{name}", abs_src_path=str(export)))
        else:
            log.warning(f"{DIST}/{name} is missing, so the site cannot offer it: run `make export` first")
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return with_downloads(markdown, build_of(config).edition)


def on_serve(server, config: MkDocsConfig, builder):
    """The dev server adds its reload script to every .html file it serves: never to a download."""
    inject = getattr(server, "_inject_js_into_html", None)
    if inject is None:
        raise PluginError("the dev server no longer injects its script as hooks/exports.py expects: "
                          "check that downloads/ are still served untouched")

    def untouched_downloads(content: bytes, epoch: int) -> bytes:
        return content if SINGLE_FILE_MARK.encode() in content else inject(content, epoch)

    server._inject_js_into_html = untouched_downloads
    return server


@event_priority(-200)  # after Material's offline plugin has written the search index as a script
def on_post_build(config: MkDocsConfig) -> None:
    build = build_of(config)
    if not build.edition.offline:
        return
    order = build.record.url_order
    pages = sorted(build.record.export_pages, key=lambda page: order.index(page.url))
    written, warnings = write_offline_editions(
        build.edition, Path(config.site_dir), pages, config.copyright or "", build.record, config.theme["language"]
    )
    for warning in warnings:
        log.warning(f"PDF: {warning}")
    log.info(written)
