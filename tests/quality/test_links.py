"""Every internal link and anchor resolves; every outside link is https to a host on the allowlist."""

from __future__ import annotations

from pathlib import Path

import pytest
from link_check import check_site, load_hosts

from edition_harness.project import PROJECT, SITE_URL

ALLOWED = load_hosts(PROJECT / "data" / "external-hosts.txt")


@pytest.mark.parametrize("build", ["online", "offline", "single file"])
def test_links_resolve(build: str, built_site: Path, offline_site: Path, single_file: Path, record_figure):
    if build == "online":
        report = check_site(built_site, SITE_URL, ALLOWED)
    elif build == "offline":
        report = check_site(offline_site, SITE_URL, ALLOWED)
    else:  # links out of the single file into the site go to the online edition
        report = check_site(single_file.parent, SITE_URL, ALLOWED, files=[single_file], site_root=built_site)
    record_figure(f"links, {build}: {report.internal} internal links checked, {report.external} external (https, allowlisted)")
    assert report.broken == []
    assert report.refused == []
    assert report.internal > 100


def test_the_checker_catches_a_broken_anchor_and_an_outside_host(tmp_path: Path):
    (tmp_path / "a.html").write_text(
        '<a href="b.html#here">ok</a><a href="b.html#gone">broken</a><a href="c.html">missing</a>'
        '<a href="http://undocs.org/en/S/1">http</a><a href="https://example.com/">elsewhere</a>', encoding="utf-8")
    (tmp_path / "b.html").write_text('<p id="here">b</p>', encoding="utf-8")
    report = check_site(tmp_path, "https://site.example/", {"undocs.org"})
    assert report.broken == ["a.html: b.html#gone", "a.html: c.html"]
    assert report.refused == ["a.html: http://undocs.org/en/S/1", "a.html: https://example.com/"]
