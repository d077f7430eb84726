/*
 * Material for MkDocs downloads its search index and search worker as soon as a page
 * opens, though most readers never search. This holds both back until the search box is
 * first used: the index request waits, and the worker is made on its first message.
 * Inlined into every page of the online site, just before Material's bundle, which it must precede.
 */
(function () {
  "use strict";
  var startSearch;
  var searchOpened = new Promise(function (resolve) { startSearch = resolve; });

  document.addEventListener("focusin", function (event) {
    if (event.target.classList && event.target.classList.contains("md-search__input")) { startSearch(); }
  }, true);
  document.addEventListener("change", function (event) {
    if (event.target.id === "__search" && event.target.checked) { startSearch(); }
  }, true);
  if (/[?&]q=/.test(location.search)) { startSearch(); }  // a link that opens a search

  var send = XMLHttpRequest.prototype.send;
  var xhrOpen = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.editionDeferred = /\/search\/search_index\.json(\?|$)/.test(String(url));
    return xhrOpen.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var request = this, body = arguments;
    if (!request.editionDeferred) { return send.apply(request, body); }
    searchOpened.then(function () { send.apply(request, body); });
  };

  var RealWorker = window.Worker;
  window.Worker = function (url, options) {
    if (!/\/workers\/search\./.test(String(url))) { return new RealWorker(url, options); }
    var real = null, listeners = [];
    function start() {
      if (!real) {
        real = new RealWorker(url, options);
        listeners.forEach(function (listener) { real.addEventListener.apply(real, listener); });
      }
      return real;
    }
    return {
      addEventListener: function () { listeners.push(arguments); if (real) { real.addEventListener.apply(real, arguments); } },
      removeEventListener: function (type, handler) {
        listeners = listeners.filter(function (listener) { return listener[0] !== type || listener[1] !== handler; });
        if (real) { real.removeEventListener.apply(real, arguments); }
      },
      postMessage: function (message, transfer) { start().postMessage(message, transfer); },
      terminate: function () { if (real) { real.terminate(); } }
    };
  };
})();
