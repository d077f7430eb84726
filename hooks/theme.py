"""What the edition adds to Material's pages: head tags through the template, repairs to its markup.

The template override (overrides/main.html) puts each page's citation tags and its running
head on paper in the head, the citation its first printed page begins with before the
content and, online, the lazy-search script before Material's bundle; the repairs fix what
Material writes that is not valid or accessible HTML, and stop the build if it changed; after
the build, Material's stylesheet loses the rules no page uses (report_edition/theme/purge.py).
"""

from __future__ import annotations

from pathlib import Path

from _build import build_of
from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from report_edition.citation.metadata import page_head
from report_edition.citation.works import suggested_citation
from report_edition.errors import EditionError
from report_edition.theme.material import MaterialMarkupError, fix_material_markup
from report_edition.theme.printed import first_page, print_style, running_head, short_title, subtitle
from report_edition.theme.purge import purge_stylesheet

log = get_plugin_logger("theme")


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    edition = build_of(config).edition
    report = edition.report
    # Every edition names the page's online address; an offline copy never its own file's.
    address = edition.online_address(page.file.src_uri)
    page.canonical_url = address or None
    context["edition_head"] = Markup(page_head(
        report,
        section=page.title or report.title,
        title=report.title if page.is_homepage else f"{page.title} — {config.site_name}",
        description=page.meta.get("description") or config.site_description or "",
        page_url=address,
        site_name=config.site_name,
        is_home=page.is_homepage,
        site_description=config.site_description or "",
    ))
    # On paper: the running head on every page, and the citation, address and copyright on the first.
    section = subtitle(report.title) if page.is_homepage else page.title
    context["edition_print_head"] = Markup(print_style(running_head(short_title(report.title), section)))
    context["edition_on_paper"] = Markup(first_page(
        suggested_citation(report, html=True), "" if page.is_homepage else page.title, address, config.copyright or "",
    ))
    context["lazy_search"] = not edition.offline
    return context


def on_template_context(context: dict, template_name: str, config: MkDocsConfig) -> dict:
    """The theme's own pages (404.html)."""
    context["lazy_search"] = not build_of(config).edition.offline
    return context


@event_priority(50)  # before the minify plugin rewrites the page
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return _repaired(output, page.file.src_uri, config, head_tags=True)


@event_priority(50)  # before the minify plugin rewrites the page
def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    """The theme's own pages (404.html), which carry no citation of a page."""
    if not template_name.endswith(".html"):
        return output_content
    return _repaired(output_content, template_name, config, head_tags=False)


def _repaired(html: str, where: str, config: MkDocsConfig, head_tags: bool) -> str:
    try:
        return fix_material_markup(html, where, lazy_search=not build_of(config).edition.offline, head_tags=head_tags)
    except MaterialMarkupError as error:
        raise PluginError(str(error)) from None


@event_priority(-100)  # after every page is written, before the exports zip the offline site (-200)
def on_post_build(config: MkDocsConfig) -> None:
    try:
        before, after = purge_stylesheet(Path(config.site_dir), build_of(config).edition.root)
    except EditionError as error:
        raise PluginError(str(error)) from None
    log.info(f"Material's stylesheet trimmed to the rules the site uses: {before:,} to {after:,} bytes")
