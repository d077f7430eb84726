"""Each rendered page, through the page pass: numbered, linked, noted; and what it says, recorded."""

from __future__ import annotations

from pathlib import Path

from _build import build_of
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from report_edition.citation.forms import forms_json
from report_edition.citation.metadata import cite_data, section_files_links
from report_edition.citation.works import SECTION_FILES, section_file
from report_edition.exports.single_file import ExportPage
from report_edition.generated.pages import CHARTER
from report_edition.generated.places import Place, is_place
from report_edition.linking.references import TextContext
from report_edition.record import Build
from report_edition.text.page import PageInput, process_page

log = get_plugin_logger("pages")


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    build = build_of(config)
    edition, record = build.edition, build.record
    # The Charter's own references ("Article 35, paragraph 2") link within its page.
    charter_url = "" if page.file.src_uri == CHARTER.source else files.get_file_from_path(CHARTER.source).url_relative_to(page.file)
    numbered = page.meta.get("paragraph_numbers", True) is not False
    processed = process_page(
        html,
        PageInput(
            numbered=numbered,
            linked=page.meta.get("reference_links", True) is not False,
            charter_url=charter_url,
            site_url=config.site_url or "",
            context=TextContext(page.meta.get("issued_by"), page.meta.get("instrument")),
        ),
        edition.finder,
        edition.link_targets(charter_url),
    )
    source, title = page.file.src_uri, page.title or page.file.src_uri
    for problem in processed.problems:
        log.warning(f"{Path(config.docs_dir).name}/{source}: {problem}")
    # MkDocs checks links to anchors against the ids it saw while rendering: add the pass's ids.
    page.present_anchor_ids = (page.present_anchor_ids or set()) | set(processed.ids)
    record.anchors[page.url] = processed.ids
    record.references.add(source, title, processed.found)
    record.paragraphs.extend((Place(source, page.title, anchor), text) for anchor, text in processed.texts.items() if is_place(anchor))
    if processed.description and "description" not in page.meta:
        page.meta["description"] = processed.description
    content = processed.html
    if numbered and processed.texts:
        content = _with_citations(content, page, build)
    if edition.offline:
        record.export_pages.append(ExportPage(page.url, page.title, content))
    return content


def _with_citations(content: str, page: Page, build: Build) -> str:
    """A section's Cite panel data before its content, and its own citation files after it."""
    record, source = build.record, page.file.src_uri
    section = record.sections.get(source)
    if section is None:
        raise PluginError(f"{source}: its paragraphs are numbered but it is not in the navigation, "
                          "so it has no citation forms: add it to nav in mkdocs.yml")
    record.numbered_sections.append(section)
    files = [(label, get_relative_url(section_file(section, extension), page.url)) for label, extension, _ in SECTION_FILES]
    return cite_data(forms_json(record.citation_forms[source]), section.address) + content + section_files_links(files)
