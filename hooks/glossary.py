"""The Glossary page, from the abbreviations file every page appends; abbreviations take the focus."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from edition.abbreviations import AbbreviationsError, FocusableAbbreviationsExtension, glossary_page, load_abbreviations
from edition.places import GENERATED_FRONT_MATTER

ABBREVIATIONS = "includes/abbreviations.md"
GLOSSARY_PAGE = "glossary.md"
_state: dict[str, str] = {}


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    try:
        found = load_abbreviations(Path(config.config_file_path).parent / ABBREVIATIONS, display_name=ABBREVIATIONS)
    except (OSError, AbbreviationsError) as error:
        raise PluginError(str(error)) from None
    _state["page"] = f"{GENERATED_FRONT_MATTER}{glossary_page(found)}"
    config.markdown_extensions.append(FocusableAbbreviationsExtension())
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    files.append(File.generated(config, GLOSSARY_PAGE, content=_state["page"]))
    return files
