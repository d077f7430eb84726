"""The offline editions in dist/: the site as a zip that opens from any folder, and the report as one HTML file.

``make export`` builds the site with Material's offline plugin (OFFLINE=true) into
build/offline/; then the zip is made of that folder, and the single file of the pages'
content. The online build offers both under downloads/ (``\\downloads`` on a page says so).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from report_edition.citation.citations import replace_command
from report_edition.citation.metadata import scholar_tags
from report_edition.context import Edition
from report_edition.exports.single_file import ExportPage, combine
from report_edition.exports.zip import archive_date, write_zip

FOLDER = "istanbul-retreat-2011"
OFFLINE_SITE = f"build/offline/{FOLDER}"
DIST = "dist"
ZIP_NAME = f"{FOLDER}-offline.zip"
HTML_NAME = f"{FOLDER}.html"
DOWNLOADS = (ZIP_NAME, HTML_NAME)  # what the online site offers, from dist/
SHIM_SOURCE = "node_modules/iframe-worker/shim/index.js"  # pinned in package.json
SHIM_TARGET = "assets/javascripts/iframe-worker-shim.js"
SINGLE_FILE_CSS = "includes/single-file.css"
DOWNLOADS_COMMAND = "\\downloads"
# In the single file's head: what it is, for people and for the dev server, which leaves it untouched.
SINGLE_FILE_MARK = '<meta name="generator" content="report_edition: the whole report in one file">'


def size(path: Path) -> str:
    size = path.stat().st_size if path.is_file() else 0
    return f"{size / 1_000_000:.1f} MB" if size >= 1_000_000 else f"{round(size / 1000)} KB"


def with_downloads(markdown: str, edition: Edition) -> str:
    """``\\downloads`` on a line of its own: what the reader can take away (online), or where the online edition is."""
    if DOWNLOADS_COMMAND not in markdown:
        return markdown
    if edition.offline:
        text = "This is the offline edition: it opens from any folder, with no network."
        if edition.site.published:
            text += f" The online edition is at <{edition.site.url}>."
    else:
        dist = edition.root / DIST
        text = (
            f"Take the report with you: [the whole site, to open from a folder or a USB stick]"
            f"(downloads/{ZIP_NAME}) (zip, {size(dist / ZIP_NAME)}), or [the whole report in one HTML file]"
            f"(downloads/{HTML_NAME}) ({size(dist / HTML_NAME)}), for a course page or an email."
        )
    return replace_command(markdown, DOWNLOADS_COMMAND, text)


def write_offline_editions(edition: Edition, site_dir: Path, pages: Iterable[ExportPage], copyright: str) -> str:
    """The zip of the offline site and the single file, in dist/; returns a line saying what was written."""
    dist = edition.root / DIST
    # From a folder there is no server to show a 404 page, and its links start at the server's root.
    (site_dir / "404.html").unlink(missing_ok=True)
    count = write_zip(site_dir, dist / ZIP_NAME, FOLDER, archive_date())
    url = edition.site.url
    online = f' The online edition: <a href="{url}">{url}</a>' if edition.site.published else ""
    document = combine(
        pages,
        title=edition.report.title,
        css=(edition.root / SINGLE_FILE_CSS).read_text(encoding="utf-8"),
        online_url=url,
        site_dir=site_dir,
        head="\n".join([SINGLE_FILE_MARK, *scholar_tags(edition.report, edition.report.title, url if edition.site.published else "")]) + "\n",
        footer=f'<footer class="edition">{copyright}{online}</footer>\n',
    )
    (dist / HTML_NAME).write_text(document, encoding="utf-8")
    return f"{DIST}/{ZIP_NAME}: {count} files, {size(dist / ZIP_NAME)}; {DIST}/{HTML_NAME}: {size(dist / HTML_NAME)}"
