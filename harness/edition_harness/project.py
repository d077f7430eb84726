"""The project as a clean clone has it, and its strict build (shared by the tests and the benchmarks)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
# The report's own sections, in order: the Introduction and the six sessions.
SECTIONS = [
    "introduction.md", "taking-stock.md", "united-nations-tools-and-capacities.md", "non-united-nations-actors.md",
    "lessons-on-mediation.md", "building-preventive-capacities.md", "wrap-up-and-next-steps.md",
]
# What a clean clone does not have: build output and environments at the top; installed
# packages and caches anywhere (bench/node_modules and the peers' venvs in bench/peers too).
NOT_PROJECT_AT_TOP = {".git", ".venv", "site", "dist", "build"}
NOT_PROJECT_ANYWHERE = {"node_modules", "__pycache__", ".pytest_cache", ".hypothesis", ".venv-material", ".venv-furo"}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# The clean build is made for the address the browser tests serve it at: Material's
# instant navigation only takes over links within site_url.
SITE_PORT = _free_port()
SITE_URL = f"http://127.0.0.1:{SITE_PORT}/"
BUILD_ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true", "SITE_URL": SITE_URL}


def copy_project(destination: Path) -> Path:
    """A copy of the project's sources, as a fresh clone would have them."""

    def ignore(directory: str, names: list[str]) -> set[str]:
        at_top = NOT_PROJECT_AT_TOP if Path(directory) == PROJECT else set()
        return {name for name in names if name in at_top or name in NOT_PROJECT_ANYWHERE}

    shutil.copytree(PROJECT, destination, ignore=ignore)
    return destination


def copy_project_with_tools(destination: Path) -> Path:
    """A clean copy, plus the npm packages `make` installs (linked, not copied)."""
    copy_project(destination)
    (destination / "node_modules").symlink_to(PROJECT / "node_modules", target_is_directory=True)
    return destination


def run_build(
    project: Path, *args: str, offline: bool = False, env: dict[str, str] | None = None, command: str = "mkdocs"
) -> subprocess.CompletedProcess[str]:
    """``mkdocs build --strict`` in ``project`` (mkdocs-bibtex resolves the CSL file from the working directory).

    ``offline`` makes the offline edition and the exports in dist/, as ``make export`` does;
    ``command`` may be "properdocs", the maintained fork.
    """
    environment = {**BUILD_ENV, **({"OFFLINE": "true"} if offline else {}), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", command, "build", "--strict", *args],
        cwd=project,
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
    )
