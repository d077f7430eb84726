"""The three outputs every gate covers: the online site, the offline site, the single file."""

from __future__ import annotations

from pathlib import Path

import pytest

OFFLINE_SITE = "build/offline/istanbul-retreat-2011"
SINGLE_FILE = "dist/istanbul-retreat-2011.html"


@pytest.fixture(scope="session")
def offline_site(clean_build) -> Path:
    return clean_build.project / OFFLINE_SITE


@pytest.fixture(scope="session")
def single_file(clean_build) -> Path:
    return clean_build.project / SINGLE_FILE
