"""Scale: a library of 1, 10 and 100 copies of the report, each copy its own pages, built with the hooks.

Each copy is the seven section pages of the report under docs/library/copy-NNN/, listed in
the navigation; the build is strict, in a fresh process. Peak memory is the build
process's maximum resident set size.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.build_time import ENV
from bench.rows import Row, table
from edition_harness.project import PROJECT, SECTIONS, copy_project_with_tools

TARGET_RATIO = 1.3


def library(folder: Path, copies: int) -> tuple[Path, int]:
    """A project whose nav holds ``copies`` copies of the report's sections; and its number of pages."""
    project = copy_project_with_tools(folder)
    shutil.copytree(PROJECT / "dist", project / "dist")
    nav = ["INHERIT: mkdocs.yml", "nav:", "  - Home: index.md", "  - Library:"]
    for number in range(1, copies + 1):
        copy = project / "docs" / "library" / f"copy-{number:03d}"
        copy.mkdir(parents=True)
        nav.append(f"      - Copy {number}:")
        for section in SECTIONS:
            shutil.copy2(project / "docs" / section, copy / section)
            nav.append(f"          - library/copy-{number:03d}/{section}")
    for page in ["about.md", "references.md", "charter.md", "un-documents.md", "cases.md", "glossary.md"]:
        nav.append(f"  - {page}")
    for section in SECTIONS:  # the originals stay, after the library
        nav.append(f"  - {section}")
    (project / "library.yml").write_text("\n".join(nav) + "\n", encoding="utf-8")
    return project, sum(line.endswith(".md") for line in nav)


def build(project: Path) -> tuple[float, int]:
    """Seconds and peak memory (KB) of one strict build in a child process."""
    wrapper = (
        "import resource, subprocess, sys;"
        "subprocess.run([sys.executable, '-m', 'mkdocs', 'build', '--strict', '-q', '-f', 'library.yml'], check=True);"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", wrapper], cwd=project, env=ENV, check=True, capture_output=True, text=True)
    return time.perf_counter() - start, int(result.stdout.split()[-1])


def measure(sizes: tuple[int, ...] = (1, 10, 100)) -> list[Row]:
    rows, per_mb = [], {}
    for copies in sizes:
        with tempfile.TemporaryDirectory() as scratch:
            project, pages = library(Path(scratch) / "project", copies)
            markdown = sum(path.stat().st_size for path in (project / "docs").rglob("*.md")) / 1e6
            seconds, peak = build(project)
            index = (project / "site" / "search" / "search_index.json").stat().st_size
        per_mb[copies] = seconds / markdown
        rows.append(Row(f"library of {copies} {'copy' if copies == 1 else 'copies'} ({pages} pages, {markdown:.2f} MB Markdown)",
                        f"{seconds:.1f} s, {per_mb[copies]:.1f} s/MB, peak {peak / 1024:.0f} MB, search index {index / 1e6:.2f} MB"))
    ratio = per_mb[max(sizes)] / per_mb[min(sizes)]
    rows.append(Row(f"cost per MB at {max(sizes)} copies / at {min(sizes)} copy", f"{ratio:.2f}",
                    f"at most {TARGET_RATIO}", ratio <= TARGET_RATIO))
    return rows


if __name__ == "__main__":
    print(table(measure(tuple(int(n) for n in sys.argv[1:]) or (1, 10, 100))))
