"""Zips that are the same, byte for byte, every time they are made from the same files.

Entries are in sorted order, with one timestamp (from SOURCE_DATE_EPOCH where set) and
fixed permissions; no absolute path goes in. A directory goes under one top folder; an
EPUB's container starts with its media type, stored, as the EPUB standard requires.
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


def _entry(name: str, date: tuple[int, ...], compression: int = zipfile.ZIP_DEFLATED) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=date)
    info.compress_type = compression
    info.external_attr = 0o644 << 16
    info.create_system = 3  # Unix, so that the permissions read the same everywhere
    return info


def write_zip(directory: Path, destination: Path, folder: str, date: tuple[int, ...] = DEFAULT_DATE) -> int:
    """Zip every file under ``directory`` into ``destination`` as ``folder/...``; return the entry count."""
    files = sorted(path for path in directory.rglob("*") if path.is_file())
    destination.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(destination, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in files:
            archive.writestr(_entry(f"{folder}/{path.relative_to(directory).as_posix()}", date), path.read_bytes())
    return len(files)


EPUB_MEDIA_TYPE = b"application/epub+zip"


def write_epub_container(entries: dict[str, bytes], destination: Path, date: tuple[int, ...] = DEFAULT_DATE) -> None:
    """An EPUB's OCF container: ``mimetype`` first and stored (uncompressed), then every entry in sorted order."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(destination, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr(_entry("mimetype", date, zipfile.ZIP_STORED), EPUB_MEDIA_TYPE)
        for name in sorted(entries):
            archive.writestr(_entry(name, date), entries[name])
