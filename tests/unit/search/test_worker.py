"""The search worker (report_edition/search/worker.js), run by Node on small indexes, and its words against words.py."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from edition_harness.project import PROJECT
from report_edition.search.index import page_entries
from report_edition.search.passages import Passage
from report_edition.search.words import stem, words

WORKER = PROJECT / "hooks" / "report_edition" / "search" / "worker.js"

# Loads the worker as a worker is loaded (a message listener, postMessage), sends it the messages, prints the answers.
RUN = """
const fs = require("fs"), vm = require("vm");
const [worker, input] = process.argv.slice(1);
const { messages } = JSON.parse(fs.readFileSync(input, "utf8"));
let listener; const answers = [];
const context = { console, addEventListener: (type, fn) => { listener = fn; }, postMessage: m => answers.push(m) };
vm.createContext(context);
vm.runInContext(fs.readFileSync(worker, "utf8"), context);
for (const data of messages) listener({ data });
process.stdout.write(JSON.stringify(answers));
"""
WORDS = """
Object.assign(globalThis, { addEventListener() {}, postMessage() {} });  // what a worker has
const { tokens } = require(process.argv[1]);
const text = require("fs").readFileSync(process.argv[2], "utf8");
process.stdout.write(JSON.stringify(tokens(text).map(t => [t.word, t.stem])));
"""


def node(script: str, *args: str) -> object:
    assert shutil.which("node"), "the worker's tests need Node.js (make test installs what the tests need)"
    done = subprocess.run(["node", "-e", script, *args], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def ask(tmp_path: Path, entries: list[dict], *queries: str) -> list[dict]:
    """The worker's answers: READY, then one result per query."""
    messages = [{"type": 0, "data": {"config": {}, "docs": entries, "options": {"suggest": True}}}]
    messages += [{"type": 2, "data": query} for query in queries]
    path = tmp_path / "messages.json"
    path.write_text(json.dumps({"messages": messages}), encoding="utf-8")
    return node(RUN, str(WORKER), str(path))


def ranked(result: dict) -> list[str]:
    """The passages of a result, in the order Material shows them (each page's own entry left out)."""
    return [item["location"] for group in result["data"]["items"] for item in group if "#" in item["location"]]


def entries(*pages: tuple[str, list[Passage]], names=()) -> list[dict]:
    return [entry for url, passages in pages for entry in page_entries(url, [Passage(None, url, ""), *passages], names)]


def test_the_worker_reads_the_report_word_for_word_as_words_py_does():
    report = PROJECT / "tests" / "fixtures" / "report.txt"
    text = report.read_text(encoding="utf-8")
    assert node(WORDS, str(WORKER), str(report)) == [[word, stem(word)] for word in words(text)]


def test_it_answers_material_messages_ready_then_results(tmp_path):
    answers = ask(tmp_path, entries(("a/", [Passage("p1", "Paragraph 1", "Kenya")])), "Kenya")
    assert answers[0] == {"type": 1}
    assert answers[1]["type"] == 3 and ranked(answers[1]) == ["a/#p1"]


def test_a_whole_word_and_the_whole_phrase_rank_before_the_start_of_a_longer_word(tmp_path):
    index = entries(("a/", [
        Passage("p1", "Paragraph 1", "The United Nations and the United States united in support of mediation."),
        Passage("p2", "Paragraph 2", "The Mediation Support Unit manages a roster."),
        Passage("p3", "Paragraph 3", "Support for the unit of mediation."),
    ]))
    answer = ask(tmp_path, index, "mediation support unit")[1]
    assert ranked(answer)[:2] == ["a/#p2", "a/#p3"]


def test_accents_possessives_and_brackets_do_not_hide_a_word(tmp_path):
    index = entries(("a/", [
        Passage("p1", "Paragraph 1", "Mr. Ahmet Davutoğlu spoke."),
        Passage("p2", "Paragraph 2", "The Economic Community of West African States (ECOWAS) met."),
        Passage("p3", "Paragraph 3", "The AU's envoy."),
    ]))
    davutoglu, ecowas, au = ask(tmp_path, index, "Davutoglu", "ECOWAS", "AU")[1:]
    assert ranked(davutoglu) == ["a/#p1"] and ranked(ecowas) == ["a/#p2"] and ranked(au) == ["a/#p3"]
    item = davutoglu["data"]["items"][0][1]
    assert item["terms"] == {"Davutoğlu": True}  # what Material highlights on the page it opens
    assert "<mark>Davutoğlu</mark>" in item["text"]


def test_a_symbol_is_found_whole_or_by_its_parts_and_its_numbers_must_all_be_there(tmp_path):
    index = entries(("un-documents/", [
        Passage("s-res-1973-2011", "S/RES/1973 (2011)", ""),
        Passage("s-prst-2011-18", "S/PRST/2011/18", "Statement by the President."),
        Passage("s-prst-2011-16", "S/PRST/2011/16", "Statement by the President."),
    ]), ("a/", [Passage("p8", "Paragraph 8", "Resolutions 1970 (2011) and 1973 (2011) were adopted.")]))
    whole, number, part, joint = ask(tmp_path, index, "S/RES/1973", "1973", "PRST/2011/18", "resolution 1973")[1:]
    assert ranked(whole)[0] == "un-documents/#s-res-1973-2011" and "a/#p8" in ranked(whole)
    assert set(ranked(number)) == {"un-documents/#s-res-1973-2011", "a/#p8"}
    assert ranked(part) == ["un-documents/#s-prst-2011-18"]
    assert ranked(joint)[0] == "a/#p8"
    assert whole["data"]["items"][0][1]["title"] == "<mark>S/RES/1973</mark> (2011)"


def test_another_name_finds_the_passage_and_marks_the_words_it_uses(tmp_path):
    names = [("Ivory Coast", "Côte d'Ivoire")]
    index = entries(("a/", [Passage("p6", "Paragraph 6", "The crisis in Côte d'Ivoire in 2010."),
                            Passage("p7", "Paragraph 7", "The coast of Somalia.")]), names=names)
    answer = ask(tmp_path, index, "Ivory Coast")[1]
    assert ranked(answer)[0] == "a/#p6"
    item = answer["data"]["items"][0][1]
    assert "<mark>Côte d'Ivoire</mark>" in item["text"] and item["terms"] == {"Côte d'Ivoire": True}


def test_a_snippet_is_the_few_words_around_the_match_and_a_page_shows_its_best_passages(tmp_path):
    long = " ".join(f"word{n}" for n in range(60))
    index = entries(("a/", [Passage("p1", "Paragraph 1", f"{long} Libya {long}"),
                            Passage("p2", "Paragraph 2", "Libya and Libya, Libya."),
                            Passage("p3", "Paragraph 3", f"{long} {long} {long} Libyan")]))
    answer = ask(tmp_path, index, "Libya")[1]
    group = answer["data"]["items"][0]
    assert group[0]["location"] == "a/" and group[0]["text"] == ""  # the page heads its passages
    snippet = next(item["text"] for item in group if item["location"] == "a/#p1")
    assert snippet.startswith("… ") and snippet.endswith(" …") and "<mark>Libya</mark>" in snippet
    assert len(snippet.split()) <= 24 + 2
    # Material folds the passages scoring below the page entry's score under "N more on this page".
    shown = [item["location"] for item in group[1:] if item["score"] >= group[0]["score"]]
    assert shown[0] == "a/#p2" and "a/#p3" not in shown


def test_the_last_word_typed_is_completed_from_the_index(tmp_path):
    answer = ask(tmp_path, entries(("a/", [Passage("p1", "Paragraph 1", "Kyrgyzstan and Kyrgyzstan, Kenya")])), "Kyr")[1]
    assert answer["data"]["suggest"] == ["kyrgyzstan"]


@pytest.mark.parametrize("query", ["", "   ", "the of"])
def test_an_empty_or_stopword_query_gives_no_error(tmp_path, query):
    answer = ask(tmp_path, entries(("a/", [Passage("p1", "Paragraph 1", "Kenya")])), query)[1]
    assert answer["type"] == 3 and isinstance(answer["data"]["items"], list)
