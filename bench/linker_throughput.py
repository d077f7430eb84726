"""Linker throughput on 10 MB of generated prose full of references (prints figures; not a test).

    .venv/bin/python bench/linker_throughput.py [megabytes]
"""

from __future__ import annotations

import random
import sys
import time
import xml.etree.ElementTree as etree
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "hooks"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from edition.reference_linker import LinkTargets, ReferenceFinder, link_references  # noqa: E402
from edition.un_symbols import load_series  # noqa: E402
from rows import Row  # noqa: E402

SENTENCES = [
    "Under Articles 36 and 37, the Security Council may recommend appropriate procedures.",
    "The council acted under Chapter VII, as S/RES/1973 (2011) and S/PRST/2011/18 show.",
    "See A/47/277–S/24111, para. 23, and the Brahimi report (A/55/305-S/2000/809).",
    "General Assembly Resolution 65/283 built on Article 33 of the United Nations Charter.",
    "Chapters VI, VII, and VIII interact with and affect each other in many ways.",
    "Article 5 of the North Atlantic Treaty is not part of the Charter, nor is SC/10187.",
    "Regional arrangements are to keep the council fully informed of their efforts.",
    "Preventive diplomacy requires measures to create confidence and early warning.",
    "The mediation effort was led by a single mediator over forty-one days.",
    "Security Council Resolution 1765 (2007) had mandated the certification of the elections.",
]


def prose(megabytes: float, seed: int = 2012) -> list[str]:
    """Paragraphs of about 800 characters until the total reaches the size."""
    rng = random.Random(seed)
    paragraphs, size, target = [], 0, int(megabytes * 1_000_000)
    while size < target:
        paragraph = " ".join(rng.choice(SENTENCES) for _ in range(9))
        paragraphs.append(paragraph)
        size += len(paragraph.encode("utf-8"))
    return paragraphs


def measure(megabytes: float = 10.0) -> list[Row]:
    paragraphs = prose(megabytes)
    size = sum(len(p.encode("utf-8")) for p in paragraphs)
    root = etree.Element("div")
    for text in paragraphs:
        etree.SubElement(root, "p").text = text
    finder = ReferenceFinder(load_series())
    targets = LinkTargets(charter_href=lambda anchor: f"charter.md#{anchor}")
    start = time.perf_counter()
    result = link_references(root, finder, targets)
    seconds = time.perf_counter() - start
    return [
        Row("linker throughput",
            f"{size / 1e6 / seconds:.1f} MB/s ({size / 1e6:.1f} MB, {len(result.found)} references, {seconds:.2f} s)",
            "at least 5 MB/s", size / 1e6 / seconds >= 5),
    ]


if __name__ == "__main__":
    from rows import table

    print(table(measure(float(sys.argv[1]) if len(sys.argv) > 1 else 10.0)))
