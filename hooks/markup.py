"""Last clean-up of every finished page and theme template: repair Material's invalid attributes
(see edition.markup_fixes) and mark the links that leave the site (see edition.external_links)."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

from edition.external_links import mark_external_links
from edition.html_tree import parse_fragment, serialize_fragment
from edition.markup_fixes import MaterialMarkupError, fix_material_markup


@event_priority(200)  # first: every other hook reads the content as the parser writes it
def on_page_content(html: str, page: Page, config: MkDocsConfig, files) -> str:
    return serialize_fragment(parse_fragment(html))


@event_priority(50)  # before the minify plugin rewrites the page
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return mark_external_links(_repaired(output, page.file.src_uri), config.site_url or "")


@event_priority(50)  # before the minify plugin rewrites the page
def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    """The same for the theme's own pages (404.html)."""
    return _repaired(output_content, template_name) if template_name.endswith(".html") else output_content


def _repaired(html: str, where: str) -> str:
    try:
        return fix_material_markup(html, where)
    except MaterialMarkupError as error:
        raise PluginError(str(error)) from None
