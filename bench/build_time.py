"""Build times: a cold strict build, the same without the project's hooks, and `mkdocs serve`'s rebuild.

Each build is a fresh process on a clean copy of the project (with the exports in dist/,
as after `make export`). "Without hooks" inherits mkdocs.yml with `hooks: []` and builds
without --strict (the generated pages and the guarded citations are then missing, so
strict mode would stop it). Builds alternate, so a slow moment of the machine hits both.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench.rows import Row, table
from edition_harness.project import BUILD_ENV, copy_project_with_tools

ENV = {key: value for key, value in BUILD_ENV.items() if key != "SITE_URL"}


def prepared_copy(folder: Path) -> Path:
    project = copy_project_with_tools(folder)
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q"], cwd=project,
                   env={**ENV, "OFFLINE": "true"}, check=True)
    return project


def timed_build(project: Path, *args: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--quiet", *args],
                   cwd=project, env=ENV, check=True, capture_output=True)
    return time.perf_counter() - start


def serve_rebuild_seconds(project: Path, port: int = 8199) -> float:
    """From a one-line change in a page to `mkdocs serve` reloading the browsers."""
    process = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--strict", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project, env=ENV, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
    )
    lines: list[tuple[float, str]] = []
    reader = threading.Thread(target=lambda: [lines.append((time.perf_counter(), l)) for l in process.stderr], daemon=True)
    reader.start()
    try:
        deadline = time.perf_counter() + 120
        while not any("Serving on" in line for _, line in lines):
            if time.perf_counter() > deadline:
                raise RuntimeError("mkdocs serve did not start: " + "".join(line for _, line in lines))
            time.sleep(0.05)
        time.sleep(1)
        page = project / "docs" / "about.md"
        changed = time.perf_counter()
        page.write_text(page.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
        while not any(when > changed and "Reloading browsers" in line for when, line in lines):
            if time.perf_counter() > deadline + 60:
                raise RuntimeError("mkdocs serve did not rebuild")
            time.sleep(0.02)
        return next(when for when, line in lines if when > changed and "Reloading browsers" in line) - changed
    finally:
        process.terminate()
        process.wait(timeout=30)


def measure(runs: int = 5) -> list[Row]:
    with tempfile.TemporaryDirectory() as scratch:
        project = prepared_copy(Path(scratch) / "project")
        (project / "no-hooks.yml").write_text("INHERIT: mkdocs.yml\nhooks: []\nstrict: false\n", encoding="utf-8")
        with_hooks, without_hooks = [], []
        for _ in range(runs):
            with_hooks.append(timed_build(project, "--strict"))
            without_hooks.append(timed_build(project, "-f", "no-hooks.yml"))
        rebuild = serve_rebuild_seconds(project)
    median_with, median_without = statistics.median(with_hooks), statistics.median(without_hooks)
    added = 100 * (median_with / median_without - 1)
    return [
        Row("cold strict build (process start to end)", f"{median_with:.2f} s (median of {runs}, min {min(with_hooks):.2f})"),
        Row("build without the project's hooks", f"{median_without:.2f} s (median of {runs}, min {min(without_hooks):.2f})"),
        Row("time the hooks add to a build", f"{added:+.1f}% ({median_with / median_without:.2f}x)", "at most +15%", added <= 15),
        Row("`mkdocs serve` rebuild after a one-line change", f"{rebuild:.2f} s (change written to browsers reloaded)"),
    ]


if __name__ == "__main__":
    print(table(measure()))
