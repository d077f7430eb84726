"""The build context: everything a build reads, loaded and checked once, then never changed.

``load_edition`` reads the bibliography, the Charter, the document series, the cases and
the abbreviations, and decides the site address and the build mode. Any fault in them
is an ``EditionError`` (one line, naming the file and the line). The hooks build it in
``on_config`` and pass it, with what each page says of itself, to every step.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from types import MappingProxyType
from urllib.parse import urlsplit

from report_edition.citation.bibliography import Entry, load_bibliography
from report_edition.citation.works import Work, report_work
from report_edition.generated.anchors import page_url
from report_edition.generated.cases import Case, load_cases
from report_edition.linking.charter import Charter, load_charter
from report_edition.linking.documents import DocumentInfo, load_documents
from report_edition.linking.finder import ReferenceFinder
from report_edition.linking.linker import LinkTargets
from report_edition.linking.symbols import UNDOCS_BASE, load_series
from report_edition.text.abbreviations import load_abbreviations

# The edition's data, relative to the project's root (the folder of mkdocs.yml).
SERIES_FILE = "data/un-document-series.txt"
CHARTER_FILE = "data/charter.json"
DOCUMENTS_FILE = "data/un-documents.yml"
CASES_FILE = "data/cases.yml"
ABBREVIATIONS_FILE = "includes/abbreviations.md"


class BuildMode(Enum):
    ONLINE = "online"  # the site, as published
    OFFLINE = "offline"  # the site that opens from a folder (Material's offline plugin), and the exports


@dataclass(frozen=True)
class SiteAddress:
    url: str  # where the site is published: canonical links and citations give it

    @property
    def published(self) -> bool:
        """False for an address nobody else can open: none, localhost, or a loopback IP."""
        host = urlsplit(self.url).hostname
        if not host or host == "localhost" or host.endswith(".localhost"):
            return False
        try:
            return not ipaddress.ip_address(host).is_loopback
        except ValueError:
            return True


@dataclass(frozen=True)
class Settings:
    """What the build's configuration says."""

    root: Path  # the folder of mkdocs.yml
    bib_file: str  # references.bib, relative to the root
    site_url: str
    offline: bool
    undocs_base: str = UNDOCS_BASE


@dataclass(frozen=True)
class Edition:
    root: Path
    mode: BuildMode
    site: SiteAddress
    bib_file: str
    bibliography: Mapping[str, Entry]
    report: Work  # the report itself, from its entry in the bibliography
    finder: ReferenceFinder
    documents: Mapping[str, DocumentInfo]  # symbol -> title and date, from the bibliography
    symbol_titles: Mapping[str, str]  # symbol -> its document's title, for the links' tooltips
    charter: Charter
    undocs_base: str
    cases: tuple[Case, ...]
    abbreviations: Mapping[str, str]

    @property
    def offline(self) -> bool:
        return self.mode is BuildMode.OFFLINE

    def online_address(self, source: str = "index.md") -> str:
        """Where a page is read online ("https://example.org/report/taking-stock/"), which every edition
        gives when it cites or links the page; "" in an offline edition of a site with no public address:
        a local address would be dead for anyone else."""
        return _online_address(self.site, self.offline, source)

    def link_targets(self, charter_url: str) -> LinkTargets:
        """Where a page's links go: the Charter page at ``charter_url``, relative to that page."""
        return LinkTargets(
            charter_href=lambda anchor: f"{charter_url}#{anchor}",
            undocs_base=self.undocs_base,
            symbol_titles=self.symbol_titles,
            charter_titles=self.charter.titles,
        )


def _online_address(site: SiteAddress, offline: bool, source: str) -> str:
    if offline and not site.published:
        return ""
    return site.url.rstrip("/") + "/" + page_url(source)


def load_edition(settings: Settings) -> Edition:
    root = settings.root
    bibliography = load_bibliography(root / settings.bib_file, display_name=settings.bib_file)
    finder = ReferenceFinder(load_series(root / SERIES_FILE))
    documents = load_documents(root / DOCUMENTS_FILE, DOCUMENTS_FILE, bibliography, finder.symbols, settings.bib_file)
    site = SiteAddress(settings.site_url)
    return Edition(
        root=root,
        mode=BuildMode.OFFLINE if settings.offline else BuildMode.ONLINE,
        site=site,
        bib_file=settings.bib_file,
        bibliography=MappingProxyType(bibliography),
        report=report_work(bibliography, settings.bib_file, url=_online_address(site, settings.offline, "index.md")),
        finder=finder,
        documents=MappingProxyType(documents),
        symbol_titles=MappingProxyType({symbol: info.title for symbol, info in documents.items()}),
        charter=load_charter(root / CHARTER_FILE, CHARTER_FILE),
        undocs_base=settings.undocs_base,
        cases=tuple(load_cases(root / CASES_FILE, CASES_FILE)),
        abbreviations=MappingProxyType(load_abbreviations(root / ABBREVIATIONS_FILE, ABBREVIATIONS_FILE)),
    )
