"""What a change could buy, before it is made: the edition's Wrap-Up page without one of its parts.

    .venv/bin/python -m bench.peers.what_if      (after make build; not part of make bench, for time)

Two kinds of variant, measured in turn with the page as built, BENCH_RUNS rounds (3 by default):
- a request blocked: Lighthouse fails every request matching the patterns (--blocked-url-patterns),
  so the page loads as if it did not make it: the most that removing, deferring or lazy-loading
  that resource could buy (the page then looks or works otherwise: a blocked stylesheet's rules
  are gone, a blocked script does nothing);
- Material's scripted theme features turned off, each alone and all four together: the edition
  built again, in a clean copy, from mkdocs.yml less those features (the reader loses what they do).
The table gives the medians and their differences to the page as built.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import yaml

from bench.build_time import ENV
from bench.peers.content import edition_config
from bench.peers.lighthouse import figures, lighthouse_report, median
from bench.peers.side_by_side import COMPARED, kib, rounds, seconds
from bench.peers.tables import grid
from edition_harness.browser import serve_gzip
from edition_harness.project import PROJECT, copy_project_with_tools

BLOCKED = [
    ("no edition.js (paragraph actions, arrival highlight)", ("*/assets/edition.js",)),
    ("no Material bundle (all of Material's JavaScript)", ("*/assets/javascripts/bundle.*",)),
    ("no sitemap.xml (instant navigation's fetch)", ("*/sitemap.xml",)),
    ("no palette and edition stylesheets", ("*/assets/stylesheets/palette.*", "*/assets/edition.css")),
]
_SCRIPTED = ("navigation.instant", "content.tooltips", "content.footnote.tooltips", "toc.follow")
FEATURES_OFF = [*((feature,) for feature in _SCRIPTED), _SCRIPTED]  # each alone, then all four


@dataclass(frozen=True)
class Variant:
    name: str
    site: Path
    blocked: tuple[str, ...] = ()


@contextmanager
def variants(site: Path = PROJECT / "site") -> Iterator[list[Variant]]:
    """The page as built, each blocked request, and each feature off (built in a temporary clean copy)."""
    found = [Variant("as built", site), *(Variant(name, site, patterns) for name, patterns in BLOCKED)]
    features = edition_config()["theme"]["features"]
    with tempfile.TemporaryDirectory(prefix="bench-what-if-") as folder:
        project = copy_project_with_tools(Path(folder) / "project")
        shutil.copytree(PROJECT / "dist", project / "dist")  # the online build offers the exports
        for number, off in enumerate(FEATURES_OFF):
            config = project / f"variant-{number}.yml"
            config.write_text(yaml.safe_dump({"INHERIT": "mkdocs.yml",
                                              "theme": {"features": [kept for kept in features if kept not in off]}}),
                              encoding="utf-8")
            output = Path(folder) / f"site-{number}"
            subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", config.name,
                            "-d", str(output)], cwd=project, env=ENV, check=True, capture_output=True)
            found.append(Variant(f"off: {', '.join(off)}", output))
        yield found


def measure() -> str:
    runs = rounds()
    found: dict[str, list] = {}
    with variants() as every:
        served = {}
        try:
            for site in dict.fromkeys(variant.site for variant in every):
                served[site] = serve_gzip(site)
            for number in range(1, runs + 1):
                for variant in every:
                    print(f"round {number}/{runs}: {variant.name}", file=sys.stderr, flush=True)
                    url = served[variant.site][0] + COMPARED.removesuffix(".md") + "/"
                    report = lighthouse_report(url, ("performance",), blocked=variant.blocked)
                    found.setdefault(variant.name, []).append(figures(report))
        finally:
            for _, server in served.values():
                server.shutdown()
    medians = {name: median(values) for name, values in found.items()}
    built = medians["as built"]
    rows = [[name, f"{value.performance:.2f}", seconds(value.lcp), f"{value.lcp - built.lcp:+.0f} ms",
             f"{value.tbt:.0f} ms", f"{value.tbt - built.tbt:+.0f} ms", kib(value.transfer, 1)]
            for name, value in medians.items()]
    return grid([f"{COMPARED}, median of {runs}", "performance", "LCP", "LCP change", "TBT", "TBT change", "transfer"],
                rows)


if __name__ == "__main__":
    print(measure())
