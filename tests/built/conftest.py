"""The EPUB and the PDF of the clean build, and the EPUB's two checkers, each run once per test session (10-20 s each)."""

from __future__ import annotations

from pathlib import Path

import pytest
from book_reading import CheckRun, Epub, run_ace, run_epubcheck

EPUB = "istanbul-retreat-2011.epub"
PDF = "istanbul-retreat-2011.pdf"


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
    return run_epubcheck(epub_path)


@pytest.fixture(scope="session")
def ace_run(epub_path: Path, tmp_path_factory: pytest.TempPathFactory) -> CheckRun:
    return run_ace(epub_path, tmp_path_factory.mktemp("ace"))
