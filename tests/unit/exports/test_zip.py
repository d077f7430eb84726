from __future__ import annotations

import zipfile
from pathlib import Path

from report_edition.exports.zip import DEFAULT_DATE, archive_date, write_epub_container, write_zip


def _tree(root: Path) -> Path:
    (root / "assets" / "js").mkdir(parents=True)
    (root / "index.html").write_text("<p>home</p>", encoding="utf-8")
    (root / "b.html").write_text("<p>b</p>", encoding="utf-8")
    (root / "assets" / "js" / "x.js").write_text("var x;", encoding="utf-8")
    return root


def test_same_files_give_the_same_bytes(tmp_path: Path):
    site = _tree(tmp_path / "site")
    write_zip(site, tmp_path / "one.zip", "edition")
    (site / "b.html").touch()  # a newer modification time changes nothing
    write_zip(site, tmp_path / "two.zip", "edition")
    assert (tmp_path / "one.zip").read_bytes() == (tmp_path / "two.zip").read_bytes()


def test_one_folder_sorted_relative_entries(tmp_path: Path):
    site = _tree(tmp_path / "site")
    assert write_zip(site, tmp_path / "out.zip", "edition") == 3
    with zipfile.ZipFile(tmp_path / "out.zip") as archive:
        names = archive.namelist()
        assert names == ["edition/assets/js/x.js", "edition/b.html", "edition/index.html"]
        assert all(info.date_time == DEFAULT_DATE for info in archive.infolist())
        assert archive.read("edition/index.html") == b"<p>home</p>"


def test_source_date_epoch():
    assert archive_date({"SOURCE_DATE_EPOCH": "1700000000"}) == (2023, 11, 14, 22, 13, 20)
    assert archive_date({"SOURCE_DATE_EPOCH": "0"}) == (1980, 1, 1, 0, 0, 0)  # zip's earliest date
    assert archive_date({}) == DEFAULT_DATE


def test_an_epub_container_starts_with_its_media_type_stored(tmp_path: Path):
    write_epub_container({"EPUB/b.xhtml": b"<b/>", "META-INF/container.xml": b"<c/>"}, tmp_path / "book.epub")
    data = (tmp_path / "book.epub").read_bytes()
    assert data[:4] == b"PK\x03\x04" and data[8:10] == b"\x00\x00"  # stored: no compression
    assert data[30:38] == b"mimetype" and data[38:58] == b"application/epub+zip"
    with zipfile.ZipFile(tmp_path / "book.epub") as archive:
        assert archive.namelist() == ["mimetype", "EPUB/b.xhtml", "META-INF/container.xml"]
        assert {info.date_time for info in archive.infolist()} == {DEFAULT_DATE}
