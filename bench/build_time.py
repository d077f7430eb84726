"""Full build time with and without the project's hooks (prints figures; not a test).

    .venv/bin/python bench/build_time.py [runs]

Each build is a fresh process on a clean copy of the project, as `make build` runs it.
"Without hooks" inherits mkdocs.yml with `hooks: []` and builds without --strict (the
generated pages and the guarded citations are then missing, so strict mode would stop it).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
SOURCES = ["docs", "hooks", "data", "includes", "mkdocs.yml", "references.bib", "report-notes.csl"]


def copy_sources(destination: Path) -> Path:
    for name in SOURCES:
        source = PROJECT / name
        if source.is_dir():
            shutil.copytree(source, destination / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            shutil.copy2(source, destination / name)
    return destination


def timed_build(project: Path, *args: str) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--quiet", *args],
        cwd=project, env=ENV, check=True, capture_output=True,
    )
    return time.perf_counter() - start


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    with tempfile.TemporaryDirectory() as scratch:
        project = copy_sources(Path(scratch))
        (project / "no-hooks.yml").write_text("INHERIT: mkdocs.yml\nhooks: []\nstrict: false\n", encoding="utf-8")
        with_hooks, without_hooks = [], []
        for _ in range(runs):  # interleaved, so that a slow moment of the machine hits both
            with_hooks.append(timed_build(project, "--strict"))
            without_hooks.append(timed_build(project, "-f", "no-hooks.yml"))
    median_with, median_without = statistics.median(with_hooks), statistics.median(without_hooks)
    print(f"full build, with hooks (strict):  median {median_with:.2f} s of {runs} runs, min {min(with_hooks):.2f} s")
    print(f"full build, without hooks:        median {median_without:.2f} s of {runs} runs, min {min(without_hooks):.2f} s")
    print(f"hooks add:                        {100 * (median_with / median_without - 1):+.1f}% (target: at most +15%)")


if __name__ == "__main__":
    main()
