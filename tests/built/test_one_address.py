"""One address for a passage, from every edition: each address an edition gives resolves online.

A copy of the project is built as it would be published (SITE_URL=https://example.org/report/):
the online site, the offline zip's site, the single file, the EPUB and the PDF. Every address
of the online site that any of them gives (head tags, JSON-LD, the Cite data and what Copy link
and Cite give when clicked in Chromium, the citation files, links) is resolved against the
online build's files and ids: none may be dead, and none may name an offline file.
"""

from __future__ import annotations

import base64
import json
import re
from collections import defaultdict
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pikepdf
import pytest
from book_reading import Epub
from bs4 import BeautifulSoup
from lxml import html as lxml_html
from playwright.sync_api import Browser

from edition_harness.browser import RequestLog, open_page, serve
from edition_harness.project import copy_project_with_tools, run_build

PUBLISHED = "https://example.org/report/"
OFFLINE_SITE = "build/offline/istanbul-retreat-2011"
# An address in text ends before a space, a quote or a bracket, and a sentence's closing punctuation.
ADDRESS_RE = re.compile(re.escape(PUBLISHED) + r"(?:[^\s\"'<>)\]]*[^\s\"'<>)\].,;:])?")
PARAGRAPH = "999999"  # the Cite data's mark for the paragraph's number (citation/forms.py)
# What Copy link and Cite put on the clipboard, kept by the page (the clipboard itself is the browser's).
RECORD_COPIES = """
window.__copied = [];
const keep = text => { window.__copied.push(text); return Promise.resolve(); };
Object.defineProperty(navigator, "clipboard", { value: {
  writeText: keep,
  write: items => Promise.all(items.map(item => item.getType("text/plain").then(blob => blob.text()).then(keep))),
}});
"""


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> Path:
    project = copy_project_with_tools(tmp_path_factory.mktemp("published") / "project")
    for offline in (True, False):  # the exports first, as make build does
        result = run_build(project, offline=offline, env={"SITE_URL": PUBLISHED})
        assert result.returncode == 0, result.stdout + result.stderr
    return project


def _ids(page: Path) -> set[str]:
    return {element.get("id") for element in lxml_html.parse(str(page)).getroot().iter() if element.get("id")}


def _dead(address: str, site: Path, ids: dict[Path, set[str]]) -> str | None:
    """Why an address does not open on the online site, or None if it does."""
    if not address.startswith(PUBLISHED):
        return "not the online site's address"
    parts = urlsplit(address)
    path = unquote(parts.path).removeprefix(urlsplit(PUBLISHED).path)
    if path.endswith(".html"):
        return "an offline file's name"
    target = site / path / "index.html" if path == "" or path.endswith("/") else site / path
    if not target.is_file():
        return "no such page or file"
    if parts.fragment:
        if target not in ids:
            ids[target] = _ids(target)
        if unquote(parts.fragment) not in ids[target]:
            return "no such id on the page"
    return None


def _page_addresses(page: Path) -> list[str]:
    """Every address a page of a site gives in its head, its JSON-LD and its Cite data."""
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    found = [link["href"] for link in soup.find_all("link", rel="canonical")]
    found += [meta["content"] for meta in soup.find_all("meta") if meta.get("name") == "citation_public_url"
              or meta.get("property") == "og:url"]
    for script in soup.find_all("script", type="application/ld+json"):
        found += ADDRESS_RE.findall(script.string)
    cite = soup.find(id="edition-cite")
    if cite is not None:
        found.append(cite["data-url"])
        numbers = [a.get_text() for a in soup.select("article .para-num")]
        for style in json.loads(cite["data-forms"]):
            for part in style["parts"]:
                for number in numbers:
                    found += ADDRESS_RE.findall(part["html"].replace(PARAGRAPH, number))
    return found


def _site_addresses(site: Path) -> list[str]:
    found = [address for page in site.rglob("*.html") for address in _page_addresses(page)]
    found += [address for file in (site / "cite").iterdir() for address in ADDRESS_RE.findall(file.read_text(encoding="utf-8"))]
    return found


def _clicked_addresses(browser: Browser, origin: str, url_of) -> list[str]:
    """What Copy link and every style of Cite give, clicked on every numbered paragraph of every section."""
    log = RequestLog()
    page = open_page(browser, origin, log, viewport={"width": 1280, "height": 800})
    page.add_init_script(RECORD_COPIES)
    found = []
    for name in ("introduction", "taking-stock", "united-nations-tools-and-capacities", "non-united-nations-actors",
                 "lessons-on-mediation", "building-preventive-capacities", "wrap-up-and-next-steps"):
        page.goto(url_of(name))
        for paragraph in page.locator("article .para-num").evaluate_all("numbers => numbers.map(n => n.parentElement.id)"):
            page.locator(f"#{paragraph}").hover()
            page.locator(f"#{paragraph} .edition-action >> text=Copy link").click()
            page.locator(f"#{paragraph} .edition-action >> text=Cite").click()
            panel = page.locator("#edition-cite-panel")
            for style in range(panel.locator("input[type=radio]").count()):
                panel.locator("input[type=radio]").nth(style).check()
                for copy in panel.locator(".edition-cite-part button").all():
                    copy.click()
                found += [a.get_attribute("href") for a in panel.locator(".edition-cite-text a").all()]
            panel.get_by_role("button", name=re.compile("^Close")).click()
        found += page.evaluate("window.__copied.splice(0)")
    page.context.close()
    assert log.blocked == []
    return [address for text in found for address in ADDRESS_RE.findall(text)]


def test_every_address_any_edition_gives_opens_online(published: Path, browser: Browser, record_figure):
    site, offline = published / "site", published / OFFLINE_SITE
    given: dict[str, list[str]] = defaultdict(list)
    given["online site"] = _site_addresses(site)
    given["offline site"] = _site_addresses(offline)
    url, server = serve(site)
    try:
        given["online site, clicked"] = _clicked_addresses(browser, url, lambda name: url + (f"{name}/" if name else ""))
    finally:
        server.shutdown()
    given["offline site, clicked"] = _clicked_addresses(
        browser, "file://", lambda name: (offline / (f"{name}.html" if name else "index.html")).as_uri())
    given["online site, clicked"] = [address.replace(url, PUBLISHED) for address in given["online site, clicked"]]
    single = BeautifulSoup((published / "dist/istanbul-retreat-2011.html").read_text(encoding="utf-8"), "html.parser")
    given["single file"] = [meta["content"] for meta in single.find_all("meta", attrs={"name": "citation_public_url"})]
    given["single file"] += [a["href"] for a in single.find_all("a", href=ADDRESS_RE)]
    for download in single.find_all("a", download=True):
        given["single file"] += ADDRESS_RE.findall(base64.b64decode(download["href"].split(",", 1)[1]).decode("utf-8"))
    epub = Epub(published / "dist/istanbul-retreat-2011.epub")
    given["EPUB"] = [address for data in epub.files.values() for address in ADDRESS_RE.findall(data.decode("utf-8", "replace"))]
    with pikepdf.open(published / "dist/istanbul-retreat-2011.pdf") as pdf:
        given["PDF"] = [str(annotation.A.URI) for page in pdf.pages for annotation in page.obj.get("/Annots", [])
                        if "/A" in annotation and "/URI" in annotation.A and str(annotation.A.URI).startswith(PUBLISHED)]
    ids: dict[Path, set[str]] = {}
    dead = {(edition, address, why) for edition, addresses in given.items() for address in addresses
            if (why := _dead(address, site, ids))}
    assert sorted(dead) == []
    for edition, addresses in given.items():
        assert addresses, f"{edition} gives no address at all"
    record_figure("one address: " + ", ".join(f"{edition} {len(addresses)} ({len(set(addresses))} distinct)"
                                              for edition, addresses in given.items()) + "; 0 dead")
