"""Make data/charter.json, the whole Charter as the edition reads it, from a transcription of un.org.

    python scripts/import_charter.py path/to/charter.json

The input is the transcription of the un.org full-text page that the team keeps beside the
project (../shared/reference/charter.json: its source, the differences between published
copies, and the articles no second copy confirmed). The output keeps only what the edition
reads: the source, the preamble, the chapters, the articles with their numbered paragraphs
and lettered items, the testimonium, the note on amendments, and un.org's own slips.
Run once; data/charter.json is committed as content.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUTPUT = Path(__file__).resolve().parents[1] / "data" / "charter.json"
LETTERS = "abcdefghij"


def _paragraph(label: str, text: str, items: list[str] | None) -> dict:
    if not items:
        return {"label": label, "text": text}
    lead_end = text.find(" a. ")
    lead = text[:lead_end].rstrip()
    rebuilt = lead + "".join(f" {LETTERS[index]}. {item}" for index, item in enumerate(items))
    assert rebuilt == text, (label, text[:80])
    return {"label": label, "text": lead, "items": items}


def main(source: Path) -> None:
    data = json.loads(source.read_text(encoding="utf-8"))
    articles = {}
    for number, article in data["articles"].items():
        items = article.get("lettered_items") or {}
        paragraphs = [
            _paragraph(label, text, items.get(str(index)))
            for index, (label, text) in enumerate(zip(article["paragraph_labels"], article["paragraphs"]))
        ]
        articles[number] = {"heading": article.get("section_heading"), "paragraphs": paragraphs}
    slips = [
        {"article": 2, "paragraph": "7", "un_org": "Chapter Vll", "reading": "Chapter VII",
         "note": "un.org prints “Chapter Vll” (two letters l); the Charter as signed reads “Chapter VII”."},
        {"chapter": "IX", "un_org": "Cooperation", "reading": "Co-operation",
         "note": "un.org heads Chapter IX “Cooperation”; the Charter as signed reads “Co-operation”, "
                 "as un.org's own text of its articles does."},
    ]
    document = {
        "source": {
            "title": "United Nations Charter (full text)",
            "url": data["source_url"],
            "published_by": "United Nations",
            "as_of": "2025",
            "transcription": "Transcribed from a byte copy of the un.org page saved in 2025 "
                             "(GitHub alganet/apysource, tests/fixtures/un_charter.html, commit 1421be1c); 77 articles and "
                             "the preamble compared with other published copies, with no transcription error found.",
        },
        "preamble": data["preamble_lines"],
        "chapters": [
            {"roman": chapter["roman"], "title": chapter["title"], "url": chapter["source_url"], "articles": chapter["articles"]}
            for chapter in data["chapters"]
        ],
        "articles": articles,
        "testimonium": data["testimonium"],
        "amendments": data["amendments_note"],
        "slips": slips,
    }
    OUTPUT.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    count = sum(len(article["paragraphs"]) for article in articles.values())
    print(f"{OUTPUT.name}: {len(document['chapters'])} chapters, {len(articles)} articles, {count} paragraphs")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
