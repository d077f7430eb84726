/*
 * The edition's reading aids, on top of Material for MkDocs:
 * - "Copy link" and "Cite" buttons on every numbered paragraph; Cite opens a small panel
 *   with the paragraph's citation in the report's own form, Chicago (notes), APA 7 or
 *   MLA 9, each part with its copy button; the style chosen is remembered;
 * - the paragraph or heading a link arrives at is highlighted below the sticky header.
 * Works with Material's instant navigation (document$, target$) and without it.
 * The citations come from the page (#edition-cite), rendered at build time from the
 * report's entry in references.bib (citation/forms.py): the paragraph's number is
 * PARAGRAPH there. A copy with no known online address gives no link, and says so.
 */
(function () {
  "use strict";

  var ARRIVED = "edition-arrived";

  var PARAGRAPH = "999999";
  var STYLE_KEY = "edition.cite-style";
  var PANEL_ID = "edition-cite-panel";

  function pageCitation() {
    var data = document.getElementById("edition-cite");
    if (!data) { return null; }
    var forms;
    try { forms = JSON.parse(data.dataset.forms || "[]"); } catch (malformed) { return null; }
    return { url: data.dataset.url, forms: forms };
  }

  function remembered(forms) {
    var id = null;
    try { id = window.localStorage.getItem(STYLE_KEY); } catch (unavailable) { /* private mode */ }
    return forms.filter(function (form) { return form.id === id; })[0] || forms[0];
  }

  function remember(id) {
    try { window.localStorage.setItem(STYLE_KEY, id); } catch (unavailable) { /* private mode */ }
  }

  function announce(message) {
    var status = document.getElementById("edition-status");
    if (!status) {
      status = document.createElement("div");
      status.id = "edition-status";
      status.className = "edition-visually-hidden";
      status.setAttribute("role", "status");
      document.body.appendChild(status);
    }
    status.textContent = "";
    window.setTimeout(function () { status.textContent = message; }, 50);
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () { return copyWithSelection(text); });
    }
    return new Promise(function (resolve) { copyWithSelection(text); resolve(); });
  }

  // Rich text where the browser allows it, so that italics survive a paste into a word processor.
  function copyRich(html, text) {
    if (navigator.clipboard && navigator.clipboard.write && window.ClipboardItem && window.isSecureContext) {
      var item = new window.ClipboardItem({
        "text/html": new Blob([html], { type: "text/html" }),
        "text/plain": new Blob([text], { type: "text/plain" })
      });
      return navigator.clipboard.write([item]).catch(function () { return copyText(text); });
    }
    return copyText(text);
  }

  function copyWithSelection(text) {
    // For file:// pages, where the asynchronous clipboard may be unavailable.
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var done = document.execCommand("copy");
    area.remove();
    if (!done) { throw new Error("copy failed"); }
  }

  function copied(element, label, message) {
    element.textContent = "Copied";
    announce(message);
    window.setTimeout(function () { element.textContent = label; }, 1500);
  }

  function button(label, accessibleLabel, onClick) {
    var element = document.createElement("button");
    element.type = "button";
    element.className = "edition-action";
    element.textContent = label;
    element.setAttribute("aria-label", accessibleLabel);
    element.addEventListener("click", function () {
      onClick().then(function (message) { copied(element, label, message); },
        function () { announce("Copying failed: your browser did not allow it."); });
    });
    return element;
  }

  function make(tag, className, text) {
    var element = document.createElement(tag);
    if (className) { element.className = className; }
    if (text) { element.textContent = text; }
    return element;
  }

  function closePanel(returnFocus) {
    var panel = document.getElementById(PANEL_ID);
    if (!panel) { return; }
    var opener = document.querySelector("[aria-controls='" + PANEL_ID + "']");
    panel.remove();
    if (opener) {
      opener.setAttribute("aria-expanded", "false");
      opener.removeAttribute("aria-controls");
      if (returnFocus) { opener.focus(); }
    }
  }

  function showForm(output, form, n) {
    output.textContent = "";
    form.parts.forEach(function (part) {
      var html = part.html.split(PARAGRAPH).join(n);
      var text = part.text.split(PARAGRAPH).join(n);
      var block = make("div", "edition-cite-part");
      block.appendChild(make("p", "edition-cite-label", part.label));
      var shown = make("p", "edition-cite-text");
      shown.innerHTML = html;  // built from references.bib at build time
      block.appendChild(shown);
      var what = form.name + " " + part.label.toLowerCase();
      block.appendChild(button("Copy", "Copy " + what, function () {
        return copyRich(html, text).then(function () { return what + " copied"; });
      }));
      output.appendChild(block);
    });
  }

  function openPanel(paragraph, n, opener, citation) {
    closePanel(false);
    var panel = make("div", "edition-cite-panel");
    panel.id = PANEL_ID;
    panel.setAttribute("role", "dialog");
    panel.setAttribute("aria-label", "Cite paragraph " + n);
    var choice = make("fieldset", "edition-cite-styles");
    choice.appendChild(make("legend", "", "Citation style"));
    var output = make("div", "edition-cite-output");
    var current = remembered(citation.forms);
    citation.forms.forEach(function (form) {
      var label = make("label");
      var radio = document.createElement("input");
      radio.type = "radio";
      radio.name = "edition-cite-style";
      radio.value = form.id;
      radio.checked = form === current;
      radio.addEventListener("change", function () {
        remember(form.id);
        showForm(output, form, n);
      });
      label.appendChild(radio);
      label.appendChild(document.createTextNode(" " + form.name));
      choice.appendChild(label);
    });
    panel.appendChild(choice);
    panel.appendChild(output);
    showForm(output, current, n);
    if (!citation.url) {
      panel.appendChild(make("p", "edition-cite-note",
        "No online address is known for this copy, so these citations give no link."));
    }
    var files = make("p", "edition-cite-note");
    var filesLink = make("a", "", "Citation files for this section");
    filesLink.href = "#cite-this-section";
    files.appendChild(filesLink);
    files.appendChild(document.createTextNode(" (BibTeX, RIS, CSL-JSON)"));
    panel.appendChild(files);
    var close = make("button", "edition-action", "Close");
    close.type = "button";
    close.setAttribute("aria-label", "Close the citation of paragraph " + n);
    close.addEventListener("click", function () { closePanel(true); });
    panel.appendChild(close);
    panel.addEventListener("keydown", function (event) {
      if (event.key === "Escape") {
        event.preventDefault();
        closePanel(true);
      }
    });
    paragraph.insertAdjacentElement("afterend", panel);
    opener.setAttribute("aria-expanded", "true");
    opener.setAttribute("aria-controls", PANEL_ID);
    panel.querySelector("input:checked").focus();
  }

  function citeButton(paragraph, n, citation) {
    var element = make("button", "edition-action", "Cite");
    element.type = "button";
    element.setAttribute("aria-label", "Cite paragraph " + n);
    element.setAttribute("aria-expanded", "false");
    element.addEventListener("click", function () {
      if (element.getAttribute("aria-expanded") === "true") {
        closePanel(true);
      } else {
        openPanel(paragraph, n, element, citation);
      }
    });
    return element;
  }

  function addActions(citation) {
    var numbers = document.querySelectorAll("article .para-num");
    Array.prototype.forEach.call(numbers, function (number) {
      var paragraph = number.parentElement;
      if (paragraph.querySelector(".edition-actions")) { return; }
      var n = number.textContent;
      var actions = document.createElement("span");
      actions.className = "edition-actions";
      if (citation.url) {  // a copy with no known online address has no link to give
        var link = citation.url + "#" + paragraph.id;
        actions.appendChild(button("Copy link", "Copy link to paragraph " + n, function () {
          return copyText(link).then(function () { return "Link to paragraph " + n + " copied"; });
        }));
      }
      actions.appendChild(citeButton(paragraph, n, citation));
      // In a block quote, after its last paragraph's text: a line of its own would leave a gap.
      var last = paragraph.tagName === "BLOCKQUOTE" ? paragraph.querySelector("p:last-of-type") : null;
      (last || paragraph).appendChild(actions);
    });
  }

  // scroll: also bring the target into view if the page is not there (see settle); not for
  // Material's target$, which can fire before instant navigation swaps in the new page.
  function arrive(scroll) {
    var previous = document.querySelectorAll("." + ARRIVED);
    Array.prototype.forEach.call(previous, function (element) { element.classList.remove(ARRIVED); });
    var id;
    try { id = decodeURIComponent(window.location.hash.slice(1)); } catch (malformed) { return; }
    var target = id && document.getElementById(id);
    if (target && target.closest("article")) {
      target.classList.add(ARRIVED);
      if (scroll === true) { settle(target); }
    }
  }

  // On a phone, Material locks the page's scroll while search is open and releases it 100 ms
  // after search closes; a result's page that arrives inside that window is not scrolled to its
  // paragraph, and the release leaves the reader at the top. Once the scroll is free, make sure
  // the reader is at the target (where the browser or Material already put them, nothing moves).
  function settle(target) {
    var body = document.body;
    if (body.hasAttribute("data-md-scrolllock")) {
      var observer = new MutationObserver(function () {
        if (body.hasAttribute("data-md-scrolllock")) { return; }
        observer.disconnect();
        settle(target);
      });
      observer.observe(body, { attributes: true, attributeFilter: ["data-md-scrolllock"] });
      return;
    }
    window.requestAnimationFrame(function () {
      if (!target.isConnected || !target.classList.contains(ARRIVED)) { return; }
      var box = target.getBoundingClientRect();
      if (box.bottom <= 0 || box.top >= window.innerHeight) { target.scrollIntoView(); }
    });
  }

  function init() {
    var citation = pageCitation();
    if (citation && citation.forms.length) { addActions(citation); }
    arrive(true);
  }

  if (window.document$) {
    window.document$.subscribe(init);
    if (window.target$) { window.target$.subscribe(arrive); }
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
  window.addEventListener("hashchange", function () { arrive(true); });
})();
