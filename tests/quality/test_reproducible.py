"""Two builds of the same sources, in two folders, with the same SOURCE_DATE_EPOCH: the same bytes."""

from __future__ import annotations

from pathlib import Path

from edition_harness.project import copy_project_with_tools, run_build

EPOCH = {"SOURCE_DATE_EPOCH": "1700000000"}


def _build(folder: Path) -> Path:
    project = copy_project_with_tools(folder)
    for offline in (True, False):  # make export, then make build
        result = run_build(project, offline=offline, env=EPOCH)
        assert result.returncode == 0, result.stdout + result.stderr
    return project


def _files(root: Path) -> dict[str, bytes]:
    return {path.relative_to(root).as_posix(): path.read_bytes() for path in sorted(root.rglob("*")) if path.is_file()}


def test_site_and_dist_are_byte_identical(tmp_path: Path, record_figure):
    first, second = _build(tmp_path / "one"), _build(tmp_path / "another place")
    for output in ("site", "dist"):
        a, b = _files(first / output), _files(second / output)
        assert sorted(a) == sorted(b)
        assert [name for name in a if a[name] != b[name]] == []
    record_figure(f"reproducible: {len(_files(first / 'site'))} files in site/ and {len(_files(first / 'dist'))} in dist/ byte-identical across two builds")
