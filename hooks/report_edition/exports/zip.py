"""A zip of a directory that is the same, byte for byte, every time it is made from the same files.

Entries are in sorted order under one top folder, with one timestamp (from
SOURCE_DATE_EPOCH where set) and fixed permissions; no absolute path goes in.
"""

from __future__ import annotations

import os
import time
import zipfile
from pathlib import Path

# Without SOURCE_DATE_EPOCH, files carry the report's publication date.
DEFAULT_DATE = (2012, 4, 1, 0, 0, 0)


def archive_date(environ: dict[str, str] | None = None) -> tuple[int, int, int, int, int, int]:
    epoch = (environ if environ is not None else os.environ).get("SOURCE_DATE_EPOCH")
    if not epoch:
        return DEFAULT_DATE
    moment = time.gmtime(max(int(epoch), 315532800))  # zip cannot hold dates before 1980
    return moment[:6]


def write_zip(directory: Path, destination: Path, folder: str, date: tuple[int, ...] = DEFAULT_DATE) -> int:
    """Zip every file under ``directory`` into ``destination`` as ``folder/...``; return the entry count."""
    files = sorted(path for path in directory.rglob("*") if path.is_file())
    destination.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(destination, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in files:
            info = zipfile.ZipInfo(f"{folder}/{path.relative_to(directory).as_posix()}", date_time=date)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3  # Unix, so that the permissions read the same everywhere
            archive.writestr(info, path.read_bytes())
    return len(files)
