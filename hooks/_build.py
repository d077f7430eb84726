"""Not a hook: how the hooks reach the one build context, which context.py's on_config makes.

MkDocs passes the config to every event, so the build (the edition, loaded once and never
changed, and the record its pages fill) travels on it: no hook keeps state of its own.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig

from report_edition.record import Build

_KEY = "report_edition"


def attach(config: MkDocsConfig, build: Build) -> None:
    config[_KEY] = build


def build_of(config: MkDocsConfig) -> Build:
    return config[_KEY]
