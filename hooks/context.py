"""Load the edition once per build: the bibliography, the Charter, the series, the cases, the glossary."""

from __future__ import annotations

from pathlib import Path

from _build import attach
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from report_edition.context import Settings, load_edition
from report_edition.errors import EditionError
from report_edition.linking.symbols import UNDOCS_BASE
from report_edition.record import Build


@event_priority(100)  # first: before mkdocs-bibtex reads the bibliography, which it cannot do on bad input
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    settings = Settings(
        root=Path(config.config_file_path).parent,
        bib_file=config.plugins["bibtex"].config.bib_file,
        site_url=config.site_url or "",
        # Material's offline plugin ("offline" or "material/offline"), on when OFFLINE=true.
        offline=any(name.split("/")[-1] == "offline" and plugin.config.enabled for name, plugin in config.plugins.items()),
        undocs_base=config.extra.get("undocs_base", UNDOCS_BASE),
    )
    try:
        attach(config, Build(load_edition(settings)))
    except EditionError as error:
        raise PluginError(str(error)) from None
    return config
