"""The offline editions in dist/: the site as a zip that opens from any folder, the report as
one HTML file, as an EPUB and as a PDF.

``make export`` builds the site with Material's offline plugin (OFFLINE=true) into
build/offline/; then the EPUB and the PDF are made of the pages' content and the back-matter
(exports/book.py), the zip of that folder (which carries the EPUB and the PDF too, under
downloads/), and the single file of the pages' content. The online build offers all four
under downloads/ (``\\downloads`` on a page says so).
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from report_edition.citation.citations import replace_command
from report_edition.citation.metadata import scholar_tags
from report_edition.citation.works import suggested_citation
from report_edition.context import Edition
from report_edition.exports.backmatter import Citations, charter_backmatter, documents_backmatter
from report_edition.exports.book import BookMetadata, book_parts
from report_edition.exports.epub import write_epub
from report_edition.exports.pdf import write_pdf
from report_edition.exports.single_file import ExportPage, combine, page_id, running_heads
from report_edition.exports.zip import archive_date, write_zip
from report_edition.html import collapsed_text, parse_fragment
from report_edition.theme.printed import first_page, print_style, short_title, subtitle

if TYPE_CHECKING:
    from report_edition.record import BuildRecord

FOLDER = "istanbul-retreat-2011"
OFFLINE_SITE = f"build/offline/{FOLDER}"
DIST = "dist"
ZIP_NAME = f"{FOLDER}-offline.zip"
HTML_NAME = f"{FOLDER}.html"
EPUB_NAME = f"{FOLDER}.epub"
PDF_NAME = f"{FOLDER}.pdf"
DOWNLOADS = (ZIP_NAME, HTML_NAME, EPUB_NAME, PDF_NAME)  # what the online site offers, from dist/
CARRIED_IN_ZIP = (EPUB_NAME, PDF_NAME)  # also inside the offline site, under downloads/
SHIM_SOURCE = "node_modules/iframe-worker/shim/index.js"  # pinned in package.json
SHIM_TARGET = "assets/javascripts/iframe-worker-shim.js"
SINGLE_FILE_CSS = "includes/single-file.css"
EPUB_CSS = "includes/epub.css"
PDF_CSS = "includes/pdf.css"  # after single-file.css: the PDF's own print rules
DOWNLOADS_COMMAND = "\\downloads"
# In the single file's head: what it is, for people and for the dev server, which leaves it untouched.
SINGLE_FILE_MARK = '<meta name="generator" content="report_edition: the whole report in one file">'
AUTHOR_ROLE = "rapporteur"  # as the cover prints it


def size(path: Path) -> str:
    size = path.stat().st_size if path.is_file() else 0
    return f"{size / 1_000_000:.1f} MB" if size >= 1_000_000 else f"{round(size / 1000)} KB"


def with_downloads(markdown: str, edition: Edition) -> str:
    """``\\downloads`` on a line of its own: what the reader can take away (online), or where the online edition is."""
    if DOWNLOADS_COMMAND not in markdown:
        return markdown
    if edition.offline:
        text = (
            "This is the offline edition: it opens from any folder, with no network. Its folder "
            f"`downloads` holds the report as an EPUB ({EPUB_NAME}) and as a PDF ({PDF_NAME})."
        )
        if edition.site.published:
            text += f" The online edition is at <{edition.site.url}>."
    else:
        dist = edition.root / DIST
        text = "\n".join([
            "Take the report with you:",
            "",
            f"- [The whole site](downloads/{ZIP_NAME}) (zip, {size(dist / ZIP_NAME)}): to read with no network, "
            "from a folder or a USB stick: unzip it and open `index.html`; search and notes work offline.",
            f"- [The whole report in one HTML file](downloads/{HTML_NAME}) ({size(dist / HTML_NAME)}): "
            "for a course page or an email; it opens in any browser.",
            f"- [The report as an EPUB](downloads/{EPUB_NAME}) ({size(dist / EPUB_NAME)}): for phones and e-readers, "
            "with the notes as pop-up footnotes and the paragraph numbers of this site.",
            f"- [The report as a PDF](downloads/{PDF_NAME}) (A4, {size(dist / PDF_NAME)}): for paper and for course "
            "platforms that preview PDFs, with page numbers, paragraph numbers and bookmarks.",
        ])
    return replace_command(markdown, DOWNLOADS_COMMAND, text)


def rights(copyright: str) -> str:
    """The copyright notice as printed, from the site's (which names the rapporteurs first)."""
    text = collapsed_text(parse_fragment(copyright)) if copyright.strip() else ""
    return text[text.index("©"):] if "©" in text else text


def book_metadata(edition: Edition, copyright: str, language: str) -> BookMetadata:
    report = edition.report
    return BookMetadata(
        title=report.title,
        short_title=short_title(report.title),
        authors=tuple(f"{given} {family}" for family, given in report.authors),
        role=AUTHOR_ROLE,
        publisher=report.institution,
        date=report.date(),
        language=language,
        rights=rights(copyright),
        modified=archive_date(),
        online_url=edition.site.url if edition.site.published else "",
    )


def backmatter(edition: Edition, record: BuildRecord, pages: list[ExportPage]) -> list[ExportPage]:
    """The cited Charter articles and UN documents, at the URLs of the site's pages they stand for."""
    urls = {page_id(page.url): page.url for page in pages}
    citations = Citations(record.references, record.page_order, dict(zip(record.page_order, record.url_order)))
    return [
        charter_backmatter(citations, edition.charter, urls.get("charter", "charter.html")),
        documents_backmatter(citations, edition.documents, edition.undocs_base, urls.get("un-documents", "un-documents.html")),
    ]


# Theme files that no page of the offline copy loads, which the zip need not carry: source maps
# (read only by a developer's tools) and Material's own search worker with lunr and its
# language files (the edition's worker, assets/search-worker.js, answers the search box).
NEVER_LOADED = ("assets/javascripts/lunr", "assets/javascripts/workers")
SOURCE_MAPS = "assets/**/*.map"


def drop_never_loaded(site_dir: Path) -> None:
    for folder in NEVER_LOADED:
        shutil.rmtree(site_dir / folder, ignore_errors=True)
    for source_map in site_dir.glob(SOURCE_MAPS):
        source_map.unlink()


@contextmanager
def _timed(seconds: dict[str, float], name: str) -> Iterator[None]:
    start = time.perf_counter()
    yield
    seconds[name] = time.perf_counter() - start


def write_offline_editions(
    edition: Edition, site_dir: Path, pages: Iterable[ExportPage], copyright: str, record: BuildRecord, language: str,
) -> tuple[str, list[str]]:
    """The four exports in dist/; returns a line saying what was written (each export's size and the
    seconds it took: `make bench` reads them), and the PDF engine's warnings."""
    pages = list(pages)
    dist = edition.root / DIST
    seconds: dict[str, float] = {}
    metadata = book_metadata(edition, copyright, language)
    parts = book_parts(pages, backmatter(edition, record, pages), metadata.online_url)
    with _timed(seconds, EPUB_NAME):
        write_epub(parts, metadata, (edition.root / EPUB_CSS).read_text(encoding="utf-8"), dist / EPUB_NAME)
    with _timed(seconds, PDF_NAME):
        print_css = "\n".join((edition.root / name).read_text(encoding="utf-8") for name in (SINGLE_FILE_CSS, PDF_CSS))
        warnings = write_pdf(parts, metadata, print_css, dist / PDF_NAME)
    # From a folder there is no server to show a 404 page, and its links start at the server's root;
    # a sitemap lists the offline files under the online address, where they do not exist.
    for served_only in ("404.html", "sitemap.xml", "sitemap.xml.gz"):
        (site_dir / served_only).unlink(missing_ok=True)
    drop_never_loaded(site_dir)
    for name in CARRIED_IN_ZIP:
        (site_dir / "downloads").mkdir(exist_ok=True)
        shutil.copyfile(dist / name, site_dir / "downloads" / name)
    with _timed(seconds, ZIP_NAME):
        count = write_zip(site_dir, dist / ZIP_NAME, FOLDER, archive_date())
    url = edition.site.url
    online = f' The online edition: <a href="{url}">{url}</a>' if edition.site.published else ""
    report = edition.report
    with _timed(seconds, HTML_NAME):
        document = combine(
            pages,
            title=report.title,
            css=(edition.root / SINGLE_FILE_CSS).read_text(encoding="utf-8"),
            online_url=url,
            site_dir=site_dir,
            head="\n".join([SINGLE_FILE_MARK, *scholar_tags(report, report.title, url if edition.site.published else "")]) + "\n"
            + print_style(running_heads(pages, metadata.short_title, subtitle(report.title))),
            footer=f'<footer class="edition">{copyright}{online}</footer>\n',
            first_page=first_page(suggested_citation(report, html=True), "", edition.online_address(), copyright),
        )
        (dist / HTML_NAME).write_text(document, encoding="utf-8")
    written = [f"{DIST}/{ZIP_NAME}: {count} files, {size(dist / ZIP_NAME)} in {seconds[ZIP_NAME]:.2f} s"]
    written += [f"{DIST}/{name}: {size(dist / name)} in {seconds[name]:.2f} s" for name in (HTML_NAME, EPUB_NAME, PDF_NAME)]
    return "; ".join(written), warnings
