"""The pages a quality gate checks."""

from __future__ import annotations

from pathlib import Path


def html_pages(root: Path) -> list[Path]:
    """Every HTML page of a built site, but the copy of the single file it serves for download."""
    return sorted(path for path in root.rglob("*.html") if "downloads" not in path.relative_to(root).parts)
