"""Hold back Material's search index and worker until a reader first uses the search box.

The online site only: the offline edition already loads its index when search opens.
The script is includes/lazy-search.js, inlined so that it costs no request.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

from edition.build_mode import is_offline_build
from edition.inline_script import inline_before_bundle

SCRIPT = "includes/lazy-search.js"
_state: dict = {}


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    code = Path(config.config_file_path).parent.joinpath(SCRIPT).read_text(encoding="utf-8")
    _state["code"] = None if is_offline_build(config.plugins) else code
    return config


@event_priority(50)  # before the minify plugin rewrites the page
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return inline_before_bundle(output, _state["code"]) if _state["code"] else output


@event_priority(50)  # before the minify plugin rewrites the page
def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    return inline_before_bundle(output_content, _state["code"]) if _state["code"] else output_content
