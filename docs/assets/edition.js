/*
 * The edition's reading aids, on top of Material for MkDocs:
 * - "Copy link" and "Cite" buttons on every numbered paragraph;
 * - the paragraph or heading a link arrives at is highlighted below the sticky header.
 * Works with Material's instant navigation (document$, target$) and without it.
 * The citation comes from the page (#edition-cite), built from references.bib.
 */
(function () {
  "use strict";

  var ARRIVED = "edition-arrived";

  function pageCitation() {
    var data = document.getElementById("edition-cite");
    return data ? { paragraph: data.dataset.paragraph, url: data.dataset.url } : null;
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

  function button(label, accessibleLabel, onClick) {
    var element = document.createElement("button");
    element.type = "button";
    element.className = "edition-action";
    element.textContent = label;
    element.setAttribute("aria-label", accessibleLabel);
    element.addEventListener("click", function () {
      onClick().then(function (message) {
        element.textContent = "Copied";
        announce(message);
        window.setTimeout(function () { element.textContent = label; }, 1500);
      }, function () { announce("Copying failed: your browser did not allow it."); });
    });
    return element;
  }

  function addActions(citation) {
    var numbers = document.querySelectorAll("article .para-num");
    Array.prototype.forEach.call(numbers, function (number) {
      var paragraph = number.parentElement;
      if (paragraph.querySelector(".edition-actions")) { return; }
      var link = citation.url + "#" + paragraph.id;
      var n = number.textContent;
      var actions = document.createElement("span");
      actions.className = "edition-actions";
      actions.appendChild(button("Copy link", "Copy link to paragraph " + n, function () {
        return copyText(link).then(function () { return "Link to paragraph " + n + " copied"; });
      }));
      actions.appendChild(button("Cite", "Cite paragraph " + n, function () {
        var text = citation.paragraph.split("{n}").join(n).split("{url}").join(link);
        return copyText(text).then(function () { return "Citation of paragraph " + n + " copied"; });
      }));
      // In a block quote, after its last paragraph's text: a line of its own would leave a gap.
      var last = paragraph.tagName === "BLOCKQUOTE" ? paragraph.querySelector("p:last-of-type") : null;
      (last || paragraph).appendChild(actions);
    });
  }

  function arrive() {
    var previous = document.querySelectorAll("." + ARRIVED);
    Array.prototype.forEach.call(previous, function (element) { element.classList.remove(ARRIVED); });
    var id;
    try { id = decodeURIComponent(window.location.hash.slice(1)); } catch (malformed) { return; }
    var target = id && document.getElementById(id);
    if (target && target.closest("article")) {
      target.classList.add(ARRIVED);
    }
  }

  function init() {
    var citation = pageCitation();
    if (citation) { addActions(citation); }
    arrive();
  }

  if (window.document$) {
    window.document$.subscribe(init);
    if (window.target$) { window.target$.subscribe(arrive); }
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
  window.addEventListener("hashchange", arrive);
})();
