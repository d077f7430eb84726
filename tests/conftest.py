"""Shared fixtures: a strict build of a clean copy of the project, and printed figures."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
FIXTURES = PROJECT / "tests" / "fixtures"
# What a clean clone does not have: build output and environments at the top, caches anywhere.
NOT_PROJECT_AT_TOP = {".git", ".venv", "site", "dist", "node_modules"}
CACHES = {"__pycache__", ".pytest_cache", ".hypothesis"}
BUILD_ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}

_figures: list[str] = []


def copy_project(destination: Path) -> Path:
    """A copy of the project's sources, as a fresh clone would have them."""

    def ignore(directory: str, names: list[str]) -> set[str]:
        at_top = NOT_PROJECT_AT_TOP if Path(directory) == PROJECT else set()
        return {name for name in names if name in at_top or name in CACHES}

    shutil.copytree(PROJECT, destination, ignore=ignore)
    return destination


def run_build(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``mkdocs build --strict`` in ``project`` (mkdocs-bibtex resolves the CSL file from the working directory)."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", *args],
        cwd=project,
        env=BUILD_ENV,
        capture_output=True,
        text=True,
        timeout=600,
    )


@dataclass
class Build:
    project: Path
    result: subprocess.CompletedProcess[str]
    seconds: float

    @property
    def site(self) -> Path:
        return self.project / "site"


@pytest.fixture(scope="session")
def clean_build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """The project copied as a clean clone would have it and built strictly, once per run."""
    project = copy_project(tmp_path_factory.mktemp("clean") / "project")
    start = time.perf_counter()
    result = run_build(project)
    build = Build(project, result, time.perf_counter() - start)
    if result.returncode != 0:
        pytest.fail(f"strict build failed:\n{result.stdout}\n{result.stderr}")
    return build


@pytest.fixture(scope="session")
def built_site(clean_build: Build) -> Path:
    return clean_build.site


@pytest.fixture
def record_figure():
    """Figures a test measured, printed at the end of the run."""
    return _figures.append


def pytest_terminal_summary(terminalreporter) -> None:
    if _figures:
        terminalreporter.section("figures measured")
        for line in _figures:
            terminalreporter.write_line(line)
