"""Other names a reader may search by (data/search-synonyms.yml): a name, and the words the report uses for it.

"Ivory Coast" finds the paragraphs that say "Côte d'Ivoire"; "Arria formula" the one that
spells it "Arias formula". The abbreviations of the Glossary work both ways without being
listed here.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from report_edition.errors import EditionError
from report_edition.yaml_data import load_yaml


def load_synonyms(path: Path, name: str) -> dict[str, list[str]]:
    """``{name: [words the report uses, ...]}``; a malformed file names the line at fault."""
    document, _ = load_yaml(path, name, "the search synonyms")
    if not isinstance(document, yaml.MappingNode):
        raise EditionError(name, 1, "expected a mapping of names, each to a list of the words the report uses")
    synonyms: dict[str, list[str]] = {}
    for key, value in document.value:
        line = key.start_mark.line + 1
        said = value.value if isinstance(value, yaml.SequenceNode) else None
        if not isinstance(key, yaml.ScalarNode) or not key.value.strip():
            raise EditionError(name, line, "a synonym needs a name")
        if not said or not all(isinstance(item, yaml.ScalarNode) and item.value.strip() for item in said):
            raise EditionError(name, line, f"'{key.value}' must name a list of the words the report uses")
        if key.value in synonyms:
            raise EditionError(name, line, f"'{key.value}' is listed twice")
        synonyms[key.value] = [item.value for item in said]
    return synonyms
