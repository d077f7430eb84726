"""A data file in YAML, read once: its nodes (which know their lines, for errors) and its values."""

from __future__ import annotations

from pathlib import Path

import yaml

from report_edition.errors import EditionError

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml where PyYAML has it: much faster


def load_yaml(path: Path, name: str, what: str, error: type[EditionError] = EditionError) -> tuple[yaml.Node | None, object]:
    """``(nodes, values)``; a file that cannot be read, or is not YAML, raises ``error`` naming the line."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as problem:
        raise error(name, None, f"cannot read {what}: {problem.strerror}") from None
    try:
        return yaml.compose(text, Loader=LOADER), yaml.load(text, Loader=LOADER)
    except yaml.YAMLError as problem:
        mark = getattr(problem, "problem_mark", None)
        raise error(name, mark.line + 1 if mark else None, f"not valid YAML: {getattr(problem, 'problem', problem)}") from None
    except ValueError as problem:  # a value YAML reads as a date, but no day of the calendar: 2011-13-40
        raise error(name, None, f"not valid YAML: {problem}") from None
