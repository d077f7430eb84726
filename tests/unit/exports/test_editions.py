from __future__ import annotations

import re

from edition_harness.project import PROJECT
from report_edition.context import Settings, load_edition
from report_edition.exports.editions import DOWNLOADS, book_metadata, rights, with_downloads

COPYRIGHT = "Arthur Boutellis and Christoph Mikulaschek, <em>rapporteurs</em>. © by International Peace Institute, 2012. All Rights Reserved."


def test_rights_as_printed():
    assert rights(COPYRIGHT) == "© by International Peace Institute, 2012. All Rights Reserved."
    assert rights("Some notice") == "Some notice" and rights("") == ""


def test_book_metadata_from_the_reports_entry():
    edition = load_edition(Settings(PROJECT, "references.bib", "https://example.org/report/", offline=True))
    metadata = book_metadata(edition, COPYRIGHT, "en")
    assert metadata.authors == ("Arthur Boutellis", "Christoph Mikulaschek") and metadata.role == "rapporteur"
    assert metadata.short_title == "Strengthening Preventive Diplomacy and Mediation"
    assert (metadata.publisher, metadata.date, metadata.online_url) == ("International Peace Institute", "2012-04", "https://example.org/report/")
    local = load_edition(Settings(PROJECT, "references.bib", "http://127.0.0.1:8000/", offline=True))
    assert book_metadata(local, COPYRIGHT, "en").online_url == ""


def test_the_online_home_page_offers_the_four_downloads(tmp_path):
    edition = load_edition(Settings(PROJECT, "references.bib", "https://example.org/report/", offline=False))
    text = with_downloads("# Home\n\n\\downloads\n", edition)
    assert re.findall(r"\]\(downloads/([^)]+)\)", text) == list(DOWNLOADS)
    offline = load_edition(Settings(PROJECT, "references.bib", "https://example.org/report/", offline=True))
    assert "EPUB" in with_downloads("\\downloads", offline) and "](downloads/" not in with_downloads("\\downloads", offline)
