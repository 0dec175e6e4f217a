/*
 * Organigramma KG: the SPARQL page's editor, as progressive enhancement. When YASGUI (vendor/yasgui, loaded before
 * this script) is there, it takes the place of the page's form (#sparql-form, then hidden) in #sparql-editor: it
 * sends queries to this service's /sparql as a form POST, completes the prefixes the page lists (#sparql-prefixes),
 * opens the page's examples (#sparql-examples) in tabs of their own, and sends the IRIs of its results that this
 * server serves (data-base-iri) to their pages here. Without this script, or without JavaScript, the form works alone.
 */
(function () {
  'use strict';
  var root = document.getElementById('sparql-editor');
  var form = document.getElementById('sparql-form');
  if (!root || !form || !window.Yasgui || !window.URL || !Element.prototype.closest) {
    return;
  }
  var Yasgui = window.Yasgui;
  var endpoint = form.action;
  var textarea = form.querySelector('textarea[name="query"]');
  var baseIri = root.getAttribute('data-base-iri');

  /** "okg: <https://…>" for each PREFIX line of the page, as YASQE's prefix completion lists them. */
  function prefixCompletions() {
    var list = document.getElementById('sparql-prefixes');
    return (list ? list.textContent.split('\n') : []).map(function (line) {
      var declaration = /^PREFIX\s+([^\s:]*):\s*<([^>]*)>/.exec(line.trim());
      return declaration ? declaration[1] + ': <' + declaration[2] + '>' : null;
    }).filter(Boolean);
  }

  /** A tab's name: the example's title, cut at a word before 40 characters. */
  function tabName(title) {
    var text = title.trim().replace(/\s+/g, ' ');
    if (text.length <= 40) {
      return text;
    }
    var cut = text.lastIndexOf(' ', 39);
    return text.substring(0, cut > 20 ? cut : 39) + '…';
  }

  // Completion from this page only: YASQE's own lists come from prefix.cc and LOV, which a chamber's network may not
  // reach and which know nothing of this service's vocabularies.
  Yasgui.Yasqe.forkAutocompleter('prefixes', {
    name: 'organigramma-prefixes',
    persistenceId: 'organigramma-prefixes',
    get: prefixCompletions()
  }, false);
  Yasgui.Yasqe.defaults.autocompleters = ['organigramma-prefixes', 'variables'];

  var yasgui;
  root.hidden = false; // shown before YASGUI draws in it: its editor measures the room it has
  try {
    yasgui = new Yasgui(root, {
      autofocus: false,
      populateFromUrl: false,
      requestConfig: {
        endpoint: endpoint,
        method: 'POST',
        acceptHeaderSelect: 'application/sparql-results+json',
        acceptHeaderGraph: 'text/turtle'
      },
      endpointCatalogueOptions: {
        getData: function () {
          return [{ endpoint: endpoint }];
        }
      },
      yasqe: { value: textarea ? textarea.value : '' }
    });
  } catch (failure) {
    root.parentNode.removeChild(root);
    return; // the form stays
  }
  form.hidden = true;

  // What YASGUI draws without a name gets one, also in the tabs and results it draws later: the editor's hidden
  // textarea, the endpoint field, the result table's filter; CodeMirror's scrolling box becomes reachable by keyboard.
  function nameControls() {
    var names = [['.CodeMirror textarea', 'Query SPARQL'], ['input.autocomplete', 'Endpoint SPARQL'],
      ['.yasr input[type="text"], .yasr input[type="search"], .yasr input:not([type])', 'Filtra i risultati'],
      ['.yasr select', 'Righe per pagina'], ['.tab input[type="text"]', 'Nome della scheda']];
    names.forEach(function (name) {
      Array.prototype.forEach.call(root.querySelectorAll(name[0]), function (control) {
        if (!control.hasAttribute('aria-label') && !control.labels.length) {
          control.setAttribute('aria-label', name[1]);
        }
      });
    });
    Array.prototype.forEach.call(root.querySelectorAll('.CodeMirror-scroll[tabindex="-1"]'), function (box) {
      box.setAttribute('tabindex', '0');
    });
  }
  nameControls();
  new MutationObserver(nameControls).observe(root, { childList: true, subtree: true });

  // A page that answered a query (or refused it) opens that query in a tab; its answer stays until the editor runs.
  var answers = document.querySelectorAll('.sparql-answer');
  if (answers.length > 0 && textarea) {
    yasgui.addTab(true, { name: 'Query richiesta', yasqe: { value: textarea.value } }, { avoidDuplicateTabs: true });
    yasgui.once('query', function () {
      Array.prototype.forEach.call(answers, function (answer) {
        answer.hidden = true;
      });
    });
  }

  var examples = document.getElementById('sparql-examples');
  if (examples) {
    examples.addEventListener('click', function (event) {
      var link = event.target.closest('a.sparql-example');
      if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
        return; // a new window or tab: the plain link runs the query there
      }
      event.preventDefault();
      var query = new URL(link.href).searchParams.get('query');
      yasgui.addTab(true, { name: tabName(link.textContent), yasqe: { value: query } }, { avoidDuplicateTabs: true });
      root.scrollIntoView({ block: 'start' });
      var tab = yasgui.getTab();
      if (tab && tab.getYasqe()) {
        tab.getYasqe().focus();
      }
    });
  }

  // An IRI on the service's base is served by its path on this server: the result's link goes there, before it is
  // followed, opened in a new tab or copied.
  function linkHere(event) {
    var link = event.target.closest ? event.target.closest('a.iri') : null;
    var href = link ? link.getAttribute('href') : null;
    if (baseIri && href && href.indexOf(baseIri + '/') === 0) {
      link.setAttribute('href', href.substring(baseIri.length));
    }
  }
  root.addEventListener('mouseover', linkHere);
  root.addEventListener('focusin', linkHere);
}());
