/*
 * Organigramma KG: completion for the search boxes, as progressive enhancement. Every
 * <input list="site-search-suggestions"> gets, as one types, the labels /api/suggest offers, in the shared
 * <datalist id="site-search-suggestions">. Without this script (or without JavaScript) the boxes still search.
 */
(function () {
  'use strict';
  var datalist = document.getElementById('site-search-suggestions');
  var script = document.currentScript;
  if (!datalist || !script || !window.fetch || !window.URL || datalist.hasAttribute('data-suggest')) {
    return;  // no support, or the script is on the page twice (layout and page): the first one serves
  }
  datalist.setAttribute('data-suggest', 'on');
  var endpoint = new URL('../api/suggest', script.src);
  var inputs = document.querySelectorAll('input[list="site-search-suggestions"]');
  var pending = null;
  var timer = null;
  var lastAsked = '';

  function show(suggestions) {
    while (datalist.firstChild) {
      datalist.removeChild(datalist.firstChild);
    }
    suggestions.forEach(function (suggestion) {
      var option = document.createElement('option');
      option.value = suggestion.label;
      option.label = suggestion.notation ? suggestion.notation + ' · ' + suggestion.label : suggestion.label;
      datalist.appendChild(option);
    });
  }

  function ask(text) {
    if (pending) {
      pending.abort();
    }
    pending = window.AbortController ? new AbortController() : null;
    var url = new URL(endpoint);
    url.searchParams.set('q', text);
    url.searchParams.set('limit', '8');
    fetch(url, { headers: { Accept: 'application/json' }, signal: pending ? pending.signal : undefined })
      .then(function (answer) { return answer.ok ? answer.json() : []; })
      .then(function (suggestions) { if (Array.isArray(suggestions)) { show(suggestions); } })
      .catch(function () { /* no completion this time: the box still searches */ });
  }

  Array.prototype.forEach.call(inputs, function (input) {
    input.addEventListener('input', function () {
      var text = input.value.trim();
      window.clearTimeout(timer);
      if (text.length < 2 || text.length > 200) {
        show([]);
        lastAsked = '';
        return;
      }
      if (text === lastAsked) {
        return;
      }
      timer = window.setTimeout(function () {
        lastAsked = text;
        ask(text);
      }, 150);
    });
  });
})();
