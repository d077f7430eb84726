/*
 * The edition's search worker: Material for MkDocs' search dialog asks, this answers.
 *
 * It speaks the message protocol of Material's own worker (SETUP -> READY, QUERY -> RESULT,
 * results grouped by page, each with its score and the terms it matched), so Material's
 * search box, results list, keyboard and `search.highlight` work unchanged; it replaces
 * the lunr engine, which matches every word as a prefix ("unit" finds "United"), cannot
 * prefer a whole phrase, folds no accents and shows whole paragraphs as snippets.
 *
 * Here: words are folded (accents, case, possessive "s", plurals) the way
 * report_edition/search/words.py folds them; a query word matches a word exactly, by its
 * singular, or as the start of a longer word (less), numbers only exactly; passages that
 * hold every word, and the words in the query's order, come first; a snippet is the few
 * words around the best match. It runs as a Web Worker, and from file:// in the
 * iframe-worker shim, which gives it the same postMessage and addEventListener.
 */
(function () {
  "use strict";

  var SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;  // Material's SearchMessageType
  var EXACT = 1, SINGULAR = 0.9, PREFIX = 0.45;      // how well a word matches a query word
  // The weight of a match in each field; another name a passage is found by weighs as the words it stands for.
  var FIELDS = { title: 2, text: 1, titleAlso: 2, also: 1 };
  var K1 = 1.2, B = 0.5;                             // BM25: term frequency saturation, length weight
  var PHRASE = 3, EXACT_TITLE = 4, TITLE_START = 2;  // rewards: the query as a phrase, as the title
  var SHOWN = 0.4;   // a passage at least this share of its page's best stays in view, the rest fold under "more"
  var SNIPPET = 24;  // words in a snippet
  var STOPWORDS = new Set(("a an and are as at be but by for from has have he how i in is it its of on or " +
    "she that the their there these they this to was were what when where which who whom why will with").split(" "));
  var UNDECOMPOSED = { "ø": "o", "ł": "l", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th" };
  var WORD = /[\p{L}\p{M}\p{N}]+/gu;
  var AT = /(?<=[\p{L}\p{N}]{4})at(?:e|ed|es|ing|ion|ions|or|ors)$/u;  // mediate, mediation, mediator -> mediat

  function fold(word) {
    return word.toLowerCase().replace(/[øłđßæœıþ]/g, function (ch) { return UNDECOMPOSED[ch]; })
      .normalize("NFKD").replace(/\p{M}/gu, "");
  }

  function stem(word) {
    if (/^\d+$/.test(word)) { return word; }
    if (AT.test(word)) { return word.replace(AT, "at"); }
    if (word.length > 4 && /ies$/.test(word)) { return word.slice(0, -3) + "y"; }
    if (word.length > 4 && /oes$/.test(word)) { return word.slice(0, -2); }
    if (word.length > 3 && /s$/.test(word) && !/(ss|us|is)$/.test(word)) { return word.slice(0, -1); }
    return word;
  }

  // Words of a text with their places: [{word, stem, start, end}]; the "s" of a possessive dropped.
  function tokens(text) {
    var found = [], match;
    WORD.lastIndex = 0;
    while ((match = WORD.exec(text)) !== null) {
      var word = fold(match[0]);
      if (word === "s" && match.index > 0 && /['’]/.test(text.charAt(match.index - 1))) { continue; }
      found.push({ word: word, stem: stem(word), start: match.index, end: match.index + match[0].length });
    }
    return found;
  }

  function unescapeHtml(text) {
    return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, "\"").replace(/&#x27;/g, "'").replace(/&amp;/g, "&");
  }

  function escapeHtml(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  function matchQuality(query, word) {
    if (word.word === query.word) { return EXACT; }
    if (word.stem === query.stem) { return SINGULAR; }
    if (query.symbol || /^\d+$/.test(query.word) || query.word.length < 3) { return 0; }
    if (word.word.lastIndexOf(query.word, 0) !== 0) { return 0; }
    // "Libya" finds "Libyan" (and "Kenya" "Kenyan", "Syria" "Syrian") as well as itself.
    return /a$/.test(query.word) && word.word === query.word + "n" ? SINGULAR : PREFIX;
  }

  // The query's words; those of a document symbol ("S/RES/1973", "65/283") are matched exactly, and its numbers must all be there.
  function queryTokens(query) {
    var found = tokens(query);
    found.forEach(function (token, i) {
      var next = found[i + 1], previous = found[i - 1];
      token.symbol = (next && /^\s*\/\s*$/.test(query.slice(token.end, next.start))) ||
                     (previous && /^\s*\/\s*$/.test(query.slice(previous.end, token.start)));
      token.required = token.symbol && /^\d+$/.test(token.word);
    });
    return found;
  }

  /* ---------------------------------------------------------------------- */

  function Engine(data) {
    var engine = this;
    this.suggest = !!(data.options && data.options.suggest);
    this.docs = data.docs.map(function (source) {
      var doc = { location: source.location, page: source.location.split("#")[0], anchored: source.location.indexOf("#") >= 0 };
      doc.boost = typeof source.boost === "number" ? source.boost : 1;  // a page's `search: boost:`
      doc.title = unescapeHtml(source.title || "");
      doc.text = unescapeHtml(source.text || "");
      doc.also = (source.also || []).map(function (pair) { return { name: tokens(pair[0]), words: tokens(pair[1]) }; });
      doc.fields = { title: tokens(doc.title), text: tokens(doc.text), titleAlso: [], also: [] };
      doc.also.forEach(function (other) {
        var field = find(doc.fields.title, other.words).length ? "titleAlso" : "also";
        doc.fields[field] = doc.fields[field].concat(other.name);
      });
      return doc;
    });
    this.pages = new Map();
    this.docs.forEach(function (doc) { if (!doc.anchored && !engine.pages.has(doc.page)) { engine.pages.set(doc.page, doc); } });
    // The vocabulary: each folded word, how often it occurs, and the docs that hold it.
    this.vocabulary = new Map();
    this.average = {};
    Object.keys(FIELDS).forEach(function (field) {
      var total = 0;
      engine.docs.forEach(function (doc, index) {
        total += doc.fields[field].length;
        doc.fields[field].forEach(function (token) {
          var entry = engine.vocabulary.get(token.word);
          if (!entry) { engine.vocabulary.set(token.word, entry = { word: token.word, stem: token.stem, count: 0, docs: new Set() }); }
          entry.count += 1;
          entry.docs.add(index);
        });
      });
      engine.average[field] = Math.max(1, total / Math.max(1, engine.docs.length));
    });
  }

  // The query's words: each with the vocabulary words it matches, and how well.
  Engine.prototype.parse = function (query) {
    var engine = this;
    var all = queryTokens(query);
    var content = all.filter(function (token) { return !STOPWORDS.has(token.word); });
    var terms = (content.length ? content : all).map(function (token) {
      var matches = new Map(), docs = new Set();
      engine.vocabulary.forEach(function (entry) {
        var quality = matchQuality(token, entry);
        if (quality > 0) {
          matches.set(entry.word, quality);
          entry.docs.forEach(function (index) { docs.add(index); });
        }
      });
      var idf = Math.log(1 + (engine.docs.length - docs.size + 0.5) / (docs.size + 0.5));
      return { token: token, matches: matches, idf: idf, docs: docs };
    });
    return { all: all, terms: terms };
  };

  Engine.prototype.search = function (query) {
    var engine = this, parsed = this.parse(query), terms = parsed.terms;
    if (!terms.length) { return { items: [] }; }
    var candidates = new Set();
    terms.forEach(function (term) { term.docs.forEach(function (index) { candidates.add(index); }); });
    var scored = [];
    candidates.forEach(function (index) {
      var result = engine.score(engine.docs[index], parsed);
      if (result.score > 0) { scored.push(result); }
    });
    var required = terms.filter(function (term) { return term.token.required; });
    var whole = scored.filter(function (result) {
      return required.every(function (term) { return result.missing.indexOf(term) < 0; });
    });
    scored = whole.length ? whole : scored;
    scored.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    return {
      items: this.group(scored),
      suggest: this.suggest ? this.suggestions(parsed) : undefined
    };
  };

  Engine.prototype.score = function (doc, parsed) {
    var engine = this, score = 0, matched = 0, found = [];
    parsed.terms.forEach(function (term) {
      var termScore = 0, best = 0;
      Object.keys(FIELDS).forEach(function (field) {
        var words = doc.fields[field], frequency = 0, quality = 0;
        words.forEach(function (token, position) {
          var q = term.matches.get(token.word);
          if (q) {
            frequency += q;
            quality = Math.max(quality, q);
            found.push({ field: field, position: position, term: term });
          }
        });
        if (frequency > 0) {
          var norm = K1 * (1 - B + B * words.length / engine.average[field]);
          termScore += FIELDS[field] * quality * term.idf * frequency * (K1 + 1) / (frequency + norm);
          best = Math.max(best, quality);
        }
      });
      if (termScore > 0) { matched += 1; }
      score += termScore;
    });
    if (!matched) { return { score: 0 }; }
    score *= doc.boost;
    var coverage = matched / parsed.terms.length;
    score *= coverage * coverage * coverage;
    score *= 1 + (PHRASE - 1) * this.phrase(doc, parsed);
    var title = doc.fields.title.filter(function (token) { return !STOPWORDS.has(token.word); });
    var exact = function (token, i) { var q = parsed.terms[i] && parsed.terms[i].matches.get(token.word); return q && q >= SINGULAR; };
    if (title.length && title.length === parsed.terms.length && title.every(exact)) {
      score *= EXACT_TITLE;
    } else if (title.length > parsed.terms.length && title.slice(0, parsed.terms.length).every(exact)) {
      score *= TITLE_START;
    }
    var missing = parsed.terms.filter(function (term) { return !found.some(function (hit) { return hit.term === term; }); });
    return { doc: doc, score: score, found: found, missing: missing, order: this.docs.indexOf(doc) };
  };

  // How much of the query stands in the passage as a phrase: 1 for all of it, in order, 0 for none.
  Engine.prototype.phrase = function (doc, parsed) {
    var query = parsed.all;
    if (query.length < 2) { return 0; }
    var best = 1;
    Object.keys(FIELDS).forEach(function (field) {
      var words = doc.fields[field];
      for (var start = 0; start < words.length; start++) {
        for (var offset = 0; offset < query.length; offset++) {
          var length = 0;
          while (offset + length < query.length && start + length < words.length &&
                 matchQuality(query[offset + length], words[start + length]) >= SINGULAR) { length++; }
          best = Math.max(best, length);
        }
      }
    });
    return (best - 1) / (query.length - 1);
  };

  // Results grouped by page, as Material's results list shows them: pages in the order of
  // their best passage; each group opens with the page's own entry, which, unless it
  // matched itself, carries the score below which the page's weaker passages fold away.
  Engine.prototype.group = function (scored) {
    var engine = this, groups = new Map();
    scored.forEach(function (result) {
      if (!groups.has(result.doc.page)) { groups.set(result.doc.page, []); }
      groups.get(result.doc.page).push(result);
    });
    var items = [];
    groups.forEach(function (results, page) {
      var best = results[0].score;
      var own = results.filter(function (result) { return !result.doc.anchored; })[0];
      var header = own ? engine.item(own) : engine.item({ doc: engine.pages.get(page) || results[0].doc, score: best * SHOWN, found: [] });
      items.push([header].concat(results.filter(function (result) { return result !== own; }).map(function (result) {
        return engine.item(result);
      })));
    });
    return items;
  };

  Engine.prototype.item = function (result) {
    var doc = result.doc, terms = {};
    var marked = { title: new Set(), text: new Set() };
    (result.found || []).forEach(function (hit) {
      if (hit.field === "also" || hit.field === "titleAlso") {
        doc.also.forEach(function (other) {
          if (other.name.some(function (token) { return hit.term.matches.has(token.word); })) { markOtherName(doc, other, marked); }
        });
      } else {
        marked[hit.field].add(hit.position);
      }
    });
    // The words marked, as they stand in the passage ("S/PRST/2011/18", "Davutoğlu"), for
    // Material to highlight on the page the result opens; and, as "Missing: ...", those it lacks.
    ["title", "text"].forEach(function (field) {
      runs(doc[field], doc.fields[field], marked[field]).forEach(function (run) {
        terms[doc[field].slice(doc.fields[field][run[0]].start, doc.fields[field][run[1]].end)] = true;
      });
    });
    (result.missing || []).forEach(function (term) { if (!term.token.symbol) { terms[term.token.word] = false; } });
    return {
      location: doc.location,
      title: highlight(doc.title, doc.fields.title, marked.title, Infinity),
      text: doc.anchored ? highlight(doc.text, doc.fields.text, marked.text, SNIPPET) : "",
      score: result.score,
      terms: terms
    };
  };

  // Runs of marked words, [first, last], joined by nothing but a space or a symbol's slash.
  function runs(text, words, marked) {
    var found = [];
    Array.from(marked).sort(function (a, b) { return a - b; }).forEach(function (position) {
      var last = found[found.length - 1];
      if (last && last[1] === position - 1 && /^[\s\/'’.-]{0,2}$/.test(text.slice(words[position - 1].end, words[position].start))) {
        last[1] = position;
      } else {
        found.push([position, position]);
      }
    });
    return found;
  }

  // Where a run of words stands in a field, by stem: the position of each occurrence.
  function find(words, run) {
    var starts = [];
    for (var start = 0; run.length && start + run.length <= words.length; start++) {
      var same = true;
      for (var i = 0; i < run.length && same; i++) { same = words[start + i].stem === run[i].stem; }
      if (same) { starts.push(start); }
    }
    return starts;
  }

  // A passage found by another name: the words it uses for that name are what gets marked.
  function markOtherName(doc, other, marked) {
    ["title", "text"].forEach(function (field) {
      find(doc.fields[field], other.words).forEach(function (start) {
        for (var j = 0; j < other.words.length; j++) { marked[field].add(start + j); }
      });
    });
  }

  // The text with its marked words in <mark>, cut to the `size` words around the most marks.
  function highlight(text, words, marked, size) {
    if (!words.length) { return escapeHtml(text); }
    var from = 0, to = words.length;
    if (words.length > size) {
      var best = -1;
      for (var start = 0; start + size <= words.length; start++) {
        var count = 0;
        for (var i = start; i < start + size; i++) { if (marked.has(i)) { count++; } }
        // Prefer the window that holds the most marks, then the one that opens nearest its first mark.
        var first = -1;
        for (var k = start; k < start + size; k++) { if (marked.has(k)) { first = k; break; } }
        var value = count * 1000 - (first < 0 ? 999 : Math.abs(first - start - 4));
        if (value > best) { best = value; from = start; }
      }
      to = from + size;
    }
    var html = from > 0 ? "… " : "";
    var cursor = words[from].start;
    runs(text, words, marked).concat([[to, to]]).forEach(function (run) {
      if (run[1] < from || run[0] >= to) { return; }
      var first = Math.max(run[0], from), last = Math.min(run[1], to - 1);
      html += escapeHtml(text.slice(cursor, words[first].start)) +
        "<mark>" + escapeHtml(text.slice(words[first].start, words[last].end)) + "</mark>";
      cursor = words[last].end;
    });
    html += escapeHtml(to < words.length ? text.slice(cursor, words[to - 1].end) : text.slice(cursor));
    return html + (to < words.length ? " …" : "");
  }

  // Material completes the last word typed with the first suggestion that starts with it.
  Engine.prototype.suggestions = function (parsed) {
    var last = parsed.all[parsed.all.length - 1];
    if (!last || last.word.length < 2) { return []; }
    var best = null;
    this.vocabulary.forEach(function (entry) {
      if (entry.word.length > last.word.length && entry.word.lastIndexOf(last.word, 0) === 0 && (!best || entry.count > best.count)) {
        best = entry;
      }
    });
    return best ? [best.word] : [];
  };

  /* ---------------------------------------------------------------------- */

  var engine = null;
  addEventListener("message", function (event) {
    var message = event.data;
    if (message.type === SETUP) {
      engine = new Engine(message.data);
      postMessage({ type: READY });
    } else if (message.type === QUERY) {
      var result = { items: [] };
      try {
        result = engine ? engine.search(String(message.data)) : result;
      } catch (error) {
        console.warn("search failed for " + JSON.stringify(message.data), error);
      }
      postMessage({ type: RESULT, data: result });
    }
  });

  // For the tests, which load this file outside a worker.
  if (typeof module !== "undefined") { module.exports = { Engine: Engine, tokens: tokens, fold: fold, stem: stem }; }
})();
