// The API reference's script: the sidebar and the search, drawn from the prebuilt index
// (search-index.js); copy buttons; the sample format switch; and the view (Metadata or a language)
// and sample format remembered across pages. Text from the index is only ever set as text.
(function () {
  'use strict';
  var site = window.dtogenSite;
  var store = {
    get: function (key) { try { return window.localStorage.getItem('dtogen.' + key); } catch (e) { return null; } },
    set: function (key, value) { try { window.localStorage.setItem('dtogen.' + key, value); } catch (e) { /* storage may be off */ } },
  };
  var here = decodeURIComponent(location.pathname.split('/').pop() || 'index.html');

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    for (var k in attrs) node.setAttribute(k, attrs[k]);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // The page of an operation in the remembered view: CreateJwt.python.html.
  function operationHref(name) {
    var view = store.get('view');
    var known = site.views.some(function (v) { return v.id === view; });
    return known ? name + '.' + view + '.html' : name + '.html';
  }

  function link(href, text, op) {
    var a = el('a', { href: op ? operationHref(op) : href }, text);
    if (op) a.setAttribute('data-op', op);
    if (href === here || (op && here.split('.')[0] === op)) a.setAttribute('aria-current', 'page');
    return a;
  }

  function drawNav(nav) {
    site.groups.forEach(function (group) {
      nav.appendChild(el('h4', {}, group.tag));
      var list = el('ul', {});
      group.operations.forEach(function (name) {
        var li = el('li', {});
        li.appendChild(link(null, name, name));
        list.appendChild(li);
      });
      nav.appendChild(list);
    });
    // Types are many: their list is drawn when opened.
    var types = el('details', { class: 'types' });
    types.appendChild(el('summary', {}, 'Types (' + site.types.length + ')'));
    var drawn = false;
    function drawTypes() {
      if (drawn) return;
      drawn = true;
      var list = el('ul', {});
      site.types.forEach(function (t) {
        var li = el('li', {});
        li.appendChild(link(t.href, t.name));
        list.appendChild(li);
      });
      types.appendChild(list);
    }
    types.addEventListener('toggle', drawTypes);
    if (here === 'types.html') { types.open = true; drawTypes(); }
    nav.appendChild(types);
  }

  var MAX_RESULTS = 50;

  function search(query) {
    var q = query.trim().toLowerCase();
    var found = [];
    if (q === '') return found;
    var has = function (text) { return text.toLowerCase().indexOf(q) >= 0; };
    site.operations.forEach(function (op) {
      if (found.length >= MAX_RESULTS) return;
      if (has(op.name)) return found.push({ text: op.name, op: op.name, why: op.routes[0] || op.description });
      var route = op.routes.filter(has)[0];
      if (route) return found.push({ text: op.name, op: op.name, why: route });
      if (op.description && has(op.description)) found.push({ text: op.name, op: op.name, why: op.description });
    });
    site.types.forEach(function (t) {
      if (found.length >= MAX_RESULTS) return;
      if (has(t.name)) return found.push({ text: t.name, href: t.href, why: 'type' + (t.namespace ? ' · ' + t.namespace : '') });
      var property = t.properties.filter(has)[0];
      if (property) found.push({ text: t.name, href: t.href, why: 'property ' + property });
    });
    return found;
  }

  function drawResults(results, query) {
    results.textContent = '';
    var found = search(query);
    results.hidden = query.trim() === '';
    if (found.length === 0) results.appendChild(el('li', {}, 'No match'));
    found.forEach(function (hit) {
      var li = el('li', {});
      li.appendChild(link(hit.href, hit.text, hit.op));
      if (hit.why) li.appendChild(el('small', {}, hit.why));
      results.appendChild(li);
    });
  }

  function showFormat(format) {
    var sections = document.querySelectorAll('section.samples[data-format]');
    if (!document.querySelector('section.samples[data-format="' + format + '"]')) return;
    sections.forEach(function (s) { s.hidden = s.getAttribute('data-format') !== format; });
    document.querySelectorAll('.formats button').forEach(function (b) { b.setAttribute('aria-pressed', String(b.getAttribute('data-format') === format)); });
  }

  function copy(button) {
    var pre = button.parentNode.querySelector('pre');
    var text = pre.innerText;
    var done = function () {
      button.setAttribute('data-label', 'Copied');
      setTimeout(function () { button.setAttribute('data-label', 'Copy'); }, 1500);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { fallbackCopy(pre); done(); });
    } else {
      fallbackCopy(pre);
      done();
    }
  }

  function fallbackCopy(pre) {
    var range = document.createRange();
    range.selectNodeContents(pre);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    try { document.execCommand('copy'); } catch (e) { /* the text stays selected */ }
  }

  var nav = document.getElementById('nav');
  if (site && nav) drawNav(nav);
  var browse = document.getElementById('browse');
  if (browse && window.matchMedia('(min-width: 60rem)').matches) browse.open = true;
  var input = document.getElementById('search');
  var results = document.getElementById('results');
  if (site && input && results) input.addEventListener('input', function () { drawResults(results, input.value); });

  document.querySelectorAll('a[data-op]').forEach(function (a) { a.setAttribute('href', operationHref(a.getAttribute('data-op'))); });
  document.querySelectorAll('nav.views a').forEach(function (a) {
    a.addEventListener('click', function () {
      var parts = a.getAttribute('href').split('.');
      store.set('view', parts.length === 3 ? parts[1] : '');
    });
  });
  document.querySelectorAll('.formats button').forEach(function (b) {
    b.addEventListener('click', function () {
      var format = b.getAttribute('data-format');
      store.set('samples', format);
      showFormat(format);
    });
  });
  var remembered = store.get('samples');
  if (remembered) showFormat(remembered);
  document.querySelectorAll('button.copy').forEach(function (b) { b.addEventListener('click', function () { copy(b); }); });
})();
