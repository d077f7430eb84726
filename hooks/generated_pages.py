"""The pages and files made at build time: Charter, UN Documents, Glossary, Cases, citation files, anchors.json."""

from __future__ import annotations

from pathlib import Path

from _build import build_of
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from report_edition.citation.works import CITATION_FILES
from report_edition.generated.anchors import anchors_json, redirect_urls
from report_edition.generated.pages import GENERATED_PAGES, generated_markdown, is_generated


def on_files(files: Files, config: MkDocsConfig) -> Files:
    # Added after every page of the report, so MkDocs renders them last, when the record is whole.
    for page in GENERATED_PAGES:
        files.append(File.generated(config, page.source, content=page.stub()))
    report = build_of(config).edition.report
    for name, render in CITATION_FILES.items():
        files.append(File.generated(config, name, content=render(report)))
    return files


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    record = build_of(config).record
    record.page_order[:] = [page.file.src_uri for page in nav.pages]
    record.url_order[:] = [page.url for page in nav.pages]
    record.titles.update({page.file.src_uri: page.title for page in nav.pages})
    return nav


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if not is_generated(page.file.src_uri):
        return markdown
    build = build_of(config)
    return generated_markdown(page.file.src_uri, build.edition, build.record)


def on_post_build(config: MkDocsConfig) -> None:
    redirects = config.plugins["redirects"].config["redirect_maps"] if "redirects" in config.plugins else {}
    document = anchors_json(build_of(config).record.anchors, redirect_urls(redirects, config.use_directory_urls))
    Path(config.site_dir, "anchors.json").write_text(document, encoding="utf-8")
