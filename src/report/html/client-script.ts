/**
 * The page's script, inlined: filters, sorts and lazily renders the segment
 * table, and opens a segment in the reader with its evidence highlighted.
 * Document text reaches the page only as JSON data and is put into it only
 * with textContent, never as markup, so nothing in a response can run.
 * Plain ES2017 for any current browser; no template literals, so it can sit
 * in this string.
 */
export const CLIENT_SCRIPT = String.raw`(function () {
  'use strict';
  var CHUNK = 200;
  var REVIEW_BELOW = Number(document.body.getAttribute('data-review-below'));
  var docs = document.getElementById('csc-data').textContent.split('\n').filter(Boolean).map(function (line) { return JSON.parse(line); });
  var rows = [];
  var byKey = {};
  docs.forEach(function (doc, d) {
    doc.segments.forEach(function (s) {
      byKey[d + ':' + s.id] = rows.length;
      rows.push({ d: d, s: s, haystack: ((s.question || s.heading || '') + '\n' + s.text).toLowerCase() });
    });
  });
  var $ = function (id) { return document.getElementById(id); };
  var el = function (tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  var shorten = function (text, max) { text = text.replace(/\s+/g, ' ').trim(); return text.length > max ? text.slice(0, max - 1) + '\u2026' : text; };
  var natural = function (a, b) { return String(a).localeCompare(String(b), 'en', { numeric: true }); };
  var KEYS = {
    file: function (r) { return docs[r.d].file; },
    id: function (r) { return r.s.id; },
    number: function (r) { return r.s.number || ''; },
    stance: function (r) { return ['agree', 'neutral', 'disagree', 'none'].indexOf(r.s.stance); },
    confidence: function (r) { return r.s.confidence; }
  };
  var sort = { key: null, dir: 1 };
  var shown = [];
  var rendered = 0;
  var body = $('segment-rows');

  function filtered() {
    var stance = $('f-stance').value, theme = $('f-theme').value, source = $('f-source').value;
    var review = $('f-review').checked, text = $('f-text').value.trim().toLowerCase();
    var out = rows.filter(function (r) {
      return (!stance || r.s.stance === stance) && (!theme || r.s.themes.indexOf(theme) >= 0) && (!source || r.s.source === source) &&
        (!review || r.s.confidence < REVIEW_BELOW) && (!text || r.haystack.indexOf(text) >= 0);
    });
    if (sort.key) {
      var key = KEYS[sort.key];
      out.sort(function (a, b) {
        var x = key(a), y = key(b);
        var c = typeof x === 'number' ? x - y : natural(x, y);
        return c * sort.dir || a.d - b.d || natural(a.s.id, b.s.id);
      });
    }
    return out;
  }

  function row(r, i) {
    var s = r.s, tr = el('tr');
    tr.setAttribute('data-stance', s.stance);
    var open = el('button', 'open', s.id);
    open.type = 'button';
    open.setAttribute('data-row', String(i));
    open.setAttribute('aria-label', 'Read ' + s.id + ' of ' + docs[r.d].file);
    var first = el('td'); first.appendChild(open); tr.appendChild(first);
    tr.appendChild(el('td', '', docs[r.d].file));
    tr.appendChild(el('td', '', s.number || ''));
    tr.appendChild(el('td', 'q', shorten(s.kind === 'prose' ? '(prose) ' + (s.heading || '') : s.question || '', 120)));
    var st = el('td'); st.appendChild(el('span', 'stance ' + s.stance, s.stance)); tr.appendChild(st);
    tr.appendChild(el('td', '', s.source));
    var conf = el('td', 'n', s.confidence.toFixed(2));
    if (s.confidence < REVIEW_BELOW) conf.appendChild(el('span', 'review', 'review'));
    tr.appendChild(conf);
    var themes = el('td');
    s.themes.forEach(function (t) { themes.appendChild(el('span', 'tag', t)); });
    tr.appendChild(themes);
    return tr;
  }

  function more() {
    var frag = document.createDocumentFragment();
    var stop = Math.min(shown.length, rendered + CHUNK);
    for (; rendered < stop; rendered++) frag.appendChild(row(shown[rendered], byKey[shown[rendered].d + ':' + shown[rendered].s.id]));
    body.appendChild(frag);
    $('more').hidden = rendered >= shown.length;
    $('shown').textContent = rendered < shown.length ? ' (showing ' + rendered + ')' : '';
  }

  function update() {
    shown = filtered();
    rendered = 0;
    body.textContent = '';
    $('count').textContent = shown.length + ' of ' + rows.length + ' segments';
    more();
  }

  ['f-stance', 'f-theme', 'f-source', 'f-review'].forEach(function (id) { $(id).addEventListener('change', update); });
  $('f-text').addEventListener('input', update);
  $('more').addEventListener('click', more);
  if (typeof IntersectionObserver === 'function') {
    new IntersectionObserver(function (entries) { if (entries[0].isIntersecting && rendered < shown.length) more(); }).observe($('more'));
  }
  Array.prototype.forEach.call(document.querySelectorAll('#segments th[data-key] button'), function (button) {
    button.addEventListener('click', function () {
      var th = button.parentNode, key = th.getAttribute('data-key');
      sort.dir = sort.key === key ? -sort.dir : 1;
      sort.key = key;
      Array.prototype.forEach.call(document.querySelectorAll('#segments th[data-key]'), function (other) { other.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', sort.dir > 0 ? 'ascending' : 'descending');
      update();
    });
  });

  /** The segment's lines, each piece of evidence a mark in place, its rule on hover. */
  function lines(s) {
    var cuts = [0, s.text.length];
    s.marks.forEach(function (m) { cuts.push(m[0], m[1]); });
    for (var i = 0; i < s.text.length; i++) if (s.text.charCodeAt(i) === 10) cuts.push(i + 1);
    cuts = cuts.filter(function (c, i, all) { return c >= 0 && c <= s.text.length && all.indexOf(c) === i; }).sort(function (a, b) { return a - b; });
    var box = el('div', 'lines');
    var line = s.line, current = null;
    var newLine = function () {
      current = el('div', 'line');
      current.appendChild(el('span', 'ln', String(line++)));
      current.appendChild(el('span', 'text'));
      box.appendChild(current);
      return current.lastChild;
    };
    var target = newLine();
    for (var k = 0; k + 1 < cuts.length; k++) {
      var a = cuts[k], b = cuts[k + 1], piece = s.text.slice(a, b);
      var over = s.marks.filter(function (m) { return m[0] <= a && m[1] >= b && m[1] > m[0]; });
      var text = piece.replace(/\n$/, '');
      if (text) {
        if (over.length) {
          var mark = el('mark', over.map(function (m) { return m[2]; }).filter(function (c, i, all) { return all.indexOf(c) === i; }).join(' '), text);
          mark.title = over.map(function (m) { return m[3]; }).join('\n');
          target.appendChild(mark);
        } else target.appendChild(document.createTextNode(text));
      }
      if (piece.charCodeAt(piece.length - 1) === 10 && b < s.text.length) target = newLine();
    }
    return box;
  }

  var reader = $('reader');
  function openRow(i) {
    var r = rows[i], s = r.s;
    var content = $('reader-content');
    content.textContent = '';
    var title = el('h2', '', docs[r.d].file + ' \u00b7 ' + s.id + (s.number ? ' (' + s.number + ')' : ''));
    title.id = 'reader-title';
    content.appendChild(title);
    if (s.question) content.appendChild(el('p', '', s.question));
    if (docs[r.d].title) content.appendChild(el('p', 'muted', docs[r.d].title));
    var meta = el('p');
    meta.appendChild(el('span', 'stance ' + s.stance, s.stance));
    meta.appendChild(document.createTextNode(' \u00b7 ' + s.source + ' \u00b7 ' + s.reason + ' \u00b7 confidence ' + s.confidence.toFixed(2)));
    if (s.confidence < REVIEW_BELOW) meta.appendChild(el('span', 'review', 'review'));
    s.themes.forEach(function (t) { meta.appendChild(document.createTextNode(' ')); meta.appendChild(el('span', 'tag', t)); });
    content.appendChild(meta);
    content.appendChild(lines(s));
    if (typeof reader.showModal === 'function') reader.showModal(); else reader.setAttribute('open', '');
    $('reader-close').focus();
  }
  $('reader-close').addEventListener('click', function () { if (typeof reader.close === 'function') reader.close(); else reader.removeAttribute('open'); });
  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('button.open, button.read') : null;
    if (!button) return;
    var i = button.hasAttribute('data-row') ? Number(button.getAttribute('data-row')) : byKey[button.getAttribute('data-seg')];
    if (i !== undefined && rows[i]) openRow(i);
  });
  update();
})();
`;
