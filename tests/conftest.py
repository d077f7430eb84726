"""Shared fixtures: a strict build of a clean copy of the project, Chromium to read it, printed figures."""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from edition_harness.browser import CHROMIUM, CHROMIUM_FLAGS, RequestLog, open_page, serve
from edition_harness.project import SITE_PORT, SITE_URL, copy_project_with_tools, run_build

_figures: list[str] = []


@dataclass
class Build:
    project: Path
    export: subprocess.CompletedProcess[str]  # the offline edition and the exports (make export)
    result: subprocess.CompletedProcess[str]  # the online site (make build)
    seconds: float  # the online build alone

    @property
    def site(self) -> Path:
        return self.project / "site"

    @property
    def dist(self) -> Path:
        return self.project / "dist"


@pytest.fixture(scope="session")
def clean_build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """The project copied as a clean clone would have it and built strictly, as `make build` does, once per run."""
    project = copy_project_with_tools(tmp_path_factory.mktemp("clean") / "project")
    export = run_build(project, offline=True)
    if export.returncode != 0:
        pytest.fail(f"strict offline build failed:\n{export.stdout}\n{export.stderr}")
    start = time.perf_counter()
    result = run_build(project)
    build = Build(project, export, result, time.perf_counter() - start)
    if result.returncode != 0:
        pytest.fail(f"strict build failed:\n{result.stdout}\n{result.stderr}")
    return build


@pytest.fixture(scope="session")
def built_site(clean_build: Build) -> Path:
    return clean_build.site


@pytest.fixture
def project_copy(tmp_path: Path, clean_build: Build) -> Path:
    """A clean copy to change and build again: it has the exports already, as after `make export`."""
    project = copy_project_with_tools(tmp_path / "project")
    shutil.copytree(clean_build.dist, project / "dist")
    return project


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """The clean build, served at the site_url it was built for."""
    url, server = serve(built_site, SITE_PORT)
    assert url == SITE_URL
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser, site_url: str) -> Iterator[Page]:
    log = RequestLog()
    page = open_page(browser, site_url, log, permissions=["clipboard-read", "clipboard-write"], viewport={"width": 1280, "height": 800})
    page.request_log = log
    yield page
    page.context.close()


@pytest.fixture
def record_figure():
    """Figures a test measured, printed at the end of the run."""
    return _figures.append


def pytest_terminal_summary(terminalreporter) -> None:
    if _figures:
        terminalreporter.section("figures measured")
        for line in _figures:
            terminalreporter.write_line(line)
