"""The Charter page: the whole Charter of the United Nations, with what the report cites marked and listed first.

Every chapter, article, numbered paragraph and lettered item has its anchor
(``#chapter-vi``, ``#article-33``, ``#article-2-4``, ``#article-13-1-a``); the articles and
chapters the report cites come first, each with every place in the report that cites it,
and are marked where they stand in the text. References inside the Charter's own text
("in accordance with Article 35, paragraph 2") are linked within the page by the page
pass, like any other text. un.org's own slips are printed as un.org has them, with a note.
"""

from __future__ import annotations

from html import escape

from report_edition.generated.places import cited_in
from report_edition.linking.charter import Article, Charter, Paragraph
from report_edition.linking.index import ReferenceIndex
from report_edition.linking.linker import NO_LINKS_CLASS
from report_edition.linking.references import anchor, article_number

REPERTORY_URL = "https://legal.un.org/repertory/art{number}.shtml"
_LETTERS = "abcdefghij"


def _paragraph_html(number: int, paragraph: Paragraph, notes: dict[tuple[int, str], str]) -> str:
    own = f"article-{number}-{paragraph.label}" if paragraph.label else f"article-{number}"
    text = escape(paragraph.text, quote=False)
    if paragraph.items:
        items = "".join(
            f'<li id="{own}-{_LETTERS[index]}" value="{index + 1}">{escape(item, quote=False)}</li>'
            for index, item in enumerate(paragraph.items)
        )
        text += f'<ol class="charter-items" type="a">{items}</ol>'
    if (number, paragraph.label) in notes:
        text += f' <span class="editorial-note {NO_LINKS_CLASS}">[{escape(notes[number, paragraph.label], quote=False)}]</span>'
    return text


def article_html(article: Article, notes: dict[tuple[int, str], str]) -> str:
    """The article's text: unnumbered paragraphs as paragraphs, numbered ones as a list with their numbers."""
    parts = []
    numbered = [p for p in article.paragraphs if p.label]
    for paragraph in article.paragraphs:
        if not paragraph.label:
            parts.append(f'<p class="charter-text">{_paragraph_html(article.number, paragraph, notes)}</p>')
    if numbered:
        items = "".join(
            f'<li id="article-{article.number}-{p.label}" value="{p.label}">{_paragraph_html(article.number, p, notes)}</li>'
            for p in numbered
        )
        parts.append(f'<ol class="charter-text charter-paragraphs">{items}</ol>')
    return "\n".join(parts)


def cited_articles(index: ReferenceIndex) -> dict[int, list[str]]:
    """Each cited article, with the keys it is cited by: 2 -> ["2(4)"], 33 -> ["33"]."""
    cited: dict[int, list[str]] = {}
    for key in index.keys("article"):
        cited.setdefault(article_number(key), []).append(key)
    return cited


def article_notes(charter: Charter) -> dict[tuple[int, str], str]:
    """The editorial note on each slip of un.org's text, by article and paragraph label."""
    return {(slip.article, slip.paragraph or ""): slip.note for slip in charter.slips if slip.article}


def _written(key: str) -> str:
    return f"Article {key}"


def charter_page(index: ReferenceIndex, charter: Charter, page_order: list[str], page: str = "charter.md") -> str:
    cited = cited_articles(index)
    cited_chapters = set(index.keys("chapter"))
    notes = article_notes(charter)
    chapter_notes = {slip.chapter: slip.note for slip in charter.slips if slip.chapter}
    source = charter.source
    lines = [
        "# Charter of the United Nations {#charter}",
        "",
        f"The whole Charter, in the text the {source['published_by']} publishes: "
        f"[{source['title']}]({source['url']}), as on un.org in {source['as_of']}. The chapters and articles "
        "the report cites are listed first, each with every place in the report that cites it, and marked "
        "in the text. Where un.org's text has a slip, it stands as un.org prints it, with a note in brackets.",
        "{: ." + NO_LINKS_CLASS + " }",
        "",
        "## Cited in the Report {#cited .no-ref-links}",
        "",
        f'<div class="{NO_LINKS_CLASS}" markdown>',
        "",
    ]
    for chapter in charter.chapters:
        if chapter.roman in cited_chapters:
            places = index.places("chapter", chapter.roman, page_order)
            lines += [f"- [{chapter.heading}](#{anchor('chapter', chapter.roman)}). {cited_in(places, page)}"]
        for number in chapter.articles:
            for key in sorted(cited.get(number, []), key=len):
                places = index.places("article", key, page_order)
                lines += [f"- [{_written(key)}](#{anchor('article', key)}) ({chapter.heading}). {cited_in(places, page)}"]
    lines += ["", "</div>", "", "## Preamble {#preamble}", "", '<div class="charter-text charter-preamble">']
    lines += [f"<p>{escape(line, quote=False)}</p>" for line in charter.preamble]
    lines += ["</div>"]
    for chapter in charter.chapters:
        mark = " .cited" if chapter.roman in cited_chapters else ""
        lines += ["", f"## {chapter.heading} {{#{anchor('chapter', chapter.roman)}{mark}}}", ""]
        about = f"Articles {chapter.articles[0]}–{chapter.articles[-1]} · [{chapter.heading} on un.org]({chapter.url})"
        if chapter.roman in chapter_notes:
            about += f" · [{chapter_notes[chapter.roman]}]"
        lines += [about, "{: .charter-about ." + NO_LINKS_CLASS + " }"]
        heading = None
        for number in chapter.articles:
            article = charter.articles[number]
            if article.heading and article.heading != heading:
                lines += ["", f'<p class="charter-section">{escape(article.heading, quote=False)}</p>']
            heading = article.heading
            is_cited = number in cited
            lines += ["", f"### Article {number} {{#{anchor('article', number)}{' .cited' if is_cited else ''}}}", ""]
            lines += [article_html(article, notes), ""]
            about = f"[Repertory of Practice, Article {number}]({REPERTORY_URL.format(number=number)})"
            if is_cited:
                about = "Cited in the report: " + ", ".join(
                    f"[{_written(key)}](#{anchor('article', key)})" for key in sorted(cited[number], key=len)
                ) + f" ([where](#cited)) · {about}"
            lines += [about, "{: .charter-about ." + NO_LINKS_CLASS + " }"]
    lines += ["", '<p class="charter-text charter-testimonium">' + escape(charter.testimonium, quote=False) + "</p>"]
    lines += ["", "## Note on Amendments {#amendments .no-ref-links}", ""]
    lines += [f'<p class="charter-text">{escape(note, quote=False)}</p>' for note in charter.amendments]
    return "\n".join(lines) + "\n"
