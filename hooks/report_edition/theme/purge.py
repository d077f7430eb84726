"""Material's stylesheet less the rules no page of this site can use, trimmed by PurgeCSS (npm, pinned).

Material ships one stylesheet for every feature it has (blog posts, tabs, admonitions, code
copy buttons, consent banners...); a first view of a page downloads all of it. PurgeCSS keeps
each rule whose class, id, element or attribute occurs in the site's pages or in the scripts
that build markup at run time (Material's bundle, the edition's script and search worker), so a
class Material's JavaScript adds later (a search result, a tooltip) is kept too. The file keeps
its name, so the pages need no change.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from report_edition.errors import EditionError

PURGECSS = Path("node_modules") / ".bin" / "purgecss"
STYLESHEET = "assets/stylesheets/main.*.min.css"  # Material's; its palette file is small and all used
SCRIPTS = ("assets/javascripts/bundle.*.min.js", "assets/edition.js", "assets/search-worker.js")


def _one(site_dir: Path, pattern: str) -> Path:
    found = sorted(site_dir.glob(pattern))
    if len(found) != 1:
        raise EditionError(str(site_dir), None, f"expected one file {pattern} from Material, found {len(found)}: "
                                                "check that theme/purge.py still matches Material's assets")
    return found[0]


def purge_stylesheet(site_dir: Path, root: Path) -> tuple[int, int]:
    """Trim Material's stylesheet in ``site_dir`` in place; returns its size in bytes before and after."""
    purgecss = root / PURGECSS
    if not purgecss.is_file():
        raise EditionError(str(PURGECSS), None, "is missing: install the npm packages with `npm ci` (make does)")
    stylesheet = _one(site_dir, STYLESHEET)
    pages = sorted(str(page) for page in site_dir.rglob("*.html") if "downloads" not in page.relative_to(site_dir).parts)
    scripts = [str(_one(site_dir, pattern)) for pattern in SCRIPTS]
    before = stylesheet.stat().st_size
    with tempfile.TemporaryDirectory() as output:
        result = subprocess.run(
            [str(purgecss), "--css", str(stylesheet), "--content", *pages, *scripts, "--output", output],
            capture_output=True, text=True,
        )
        trimmed = Path(output) / stylesheet.name
        if result.returncode != 0 or not trimmed.is_file():
            message = (result.stderr.strip().splitlines() or ["no output"])[-1]
            raise EditionError(str(stylesheet.relative_to(site_dir)), None, f"PurgeCSS failed: {message}")
        stylesheet.write_bytes(trimmed.read_bytes())
    return before, stylesheet.stat().st_size
