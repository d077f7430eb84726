"""Shared fixtures: a strict build of a clean copy of the project, and printed figures."""

from __future__ import annotations

import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from project import copy_project, run_build

_figures: list[str] = []


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
