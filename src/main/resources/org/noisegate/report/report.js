/* noisegate HTML report: filters, sorting, finding details. Reads the DOM only, writes text only
   (textContent, never innerHTML). Resource filtering is on for this folder: no dollar-brace, no at-signs. */
(function () {
  'use strict';
  var doc = document;
  var findings = {};  // finding id -> its row in a findings table
  doc.querySelectorAll('tr[data-id]').forEach(function (tr) { findings[tr.dataset.id] = tr; });
  var marks = Array.prototype.slice.call(doc.querySelectorAll('.text mark'));

  function enabled(kind) {
    var on = {};
    doc.querySelectorAll('input[data-filter="' + kind + '"]').forEach(function (box) { on[box.value] = box.checked; });
    return on;
  }

  function applyFilters() {
    var cats = enabled('category'), sevs = enabled('severity');
    var shown = function (tr) { return cats[tr.dataset.category] !== false && sevs[tr.dataset.severity] !== false; };
    Object.keys(findings).forEach(function (id) { findings[id].classList.toggle('off', !shown(findings[id])); });
    marks.forEach(function (m) {
      var active = m.dataset.f.split(' ').map(function (id) { return findings[id]; })
          .filter(function (tr) { return tr && shown(tr); });
      Array.prototype.slice.call(m.classList).forEach(function (c) {
        if (c.indexOf('cat-') === 0 || c.indexOf('sev-') === 0) { m.classList.remove(c); }
      });
      active.forEach(function (tr) {
        m.classList.add('cat-' + tr.dataset.category);
        m.classList.add('sev-' + tr.dataset.severity);
      });
      m.classList.toggle('off', active.length === 0);
    });
  }
  doc.querySelectorAll('input[data-filter]').forEach(function (box) { box.addEventListener('change', applyFilters); });

  function sortTable(th) {
    var table = th.closest('table'), body = table.tBodies[0];
    var col = Array.prototype.indexOf.call(th.parentNode.children, th);
    var asc = th.getAttribute('aria-sort') !== 'ascending';
    var numeric = th.dataset.type === 'number';
    table.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
    var key = function (tr) { var v = tr.children[col].dataset.sort; return numeric ? parseFloat(v) : v; };
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = key(a), y = key(b);
      var c = numeric ? x - y : (x < y ? -1 : x > y ? 1 : 0);
      return asc ? c : -c;
    });
    rows.forEach(function (tr) { body.appendChild(tr); });
  }
  doc.querySelectorAll('th[data-type]').forEach(function (th) {
    th.addEventListener('click', function () { sortTable(th); });
  });

  var pop = doc.createElement('div');
  pop.id = 'pop';
  pop.hidden = true;
  doc.body.appendChild(pop);

  function line(parent, cls, text) {
    var el = doc.createElement('div');
    el.className = cls;
    el.textContent = text;
    parent.appendChild(el);
    return el;
  }

  function showDetails(m) {
    pop.textContent = '';
    m.dataset.f.split(' ').forEach(function (id) {
      var tr = findings[id];
      if (!tr || tr.classList.contains('off')) { return; }
      var item = line(pop, 'item', '');
      var head = line(item, 'head', '');
      var sev = doc.createElement('span');
      sev.className = 'sev ' + tr.dataset.severity;
      sev.textContent = tr.dataset.severity + ' ';
      head.appendChild(sev);
      var rule = doc.createElement('span');
      rule.className = 'rule';
      rule.textContent = tr.dataset.rule;
      head.appendChild(rule);
      line(item, 'msg', tr.querySelector('.msg').textContent);
      var sug = tr.querySelector('.sug').textContent;
      if (sug) { line(item, 'sug', sug); }
    });
    if (!pop.firstChild) { pop.hidden = true; return; }
    var r = m.getBoundingClientRect();
    pop.hidden = false;
    var left = Math.min(r.left + window.scrollX, window.scrollX + doc.documentElement.clientWidth - pop.offsetWidth - 8);
    pop.style.left = Math.max(8, left) + 'px';
    pop.style.top = (r.bottom + window.scrollY + 6) + 'px';
  }

  doc.addEventListener('click', function (e) {
    var m = e.target.closest && e.target.closest('.text mark');
    if (m && !m.classList.contains('off')) { showDetails(m); return; }
    var tr = e.target.closest && e.target.closest('tr[data-id]');
    if (tr && !e.target.closest('a')) {
      var target = marks.filter(function (x) { return x.dataset.f.split(' ').indexOf(tr.dataset.id) >= 0; })[0];
      if (target) {
        target.scrollIntoView({block: 'center'});
        target.classList.add('flash');
        setTimeout(function () { target.classList.remove('flash'); }, 1200);
        showDetails(target);
      }
      return;
    }
    if (!pop.contains(e.target)) { pop.hidden = true; }
  });
  doc.addEventListener('keydown', function (e) { if (e.key === 'Escape') { pop.hidden = true; } });

  applyFilters();
  doc.body.setAttribute('data-ready', '1');
})();
