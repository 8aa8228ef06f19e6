// Tickmark's release page: click a highlighted number (or a statement cell, or a figure named by a
// check) to see its fact and its checks; the other figures of each check are links that jump to them.
// Reads the page's own JSON block; builds every element with textContent, never from HTML strings.
(function () {
  'use strict';

  // A box that filters the rows of a list as you type (the company page's line items): data-filter names the rows.
  document.querySelectorAll('input[data-filter]').forEach(function (box) {
    box.addEventListener('input', function () {
      var words = box.value.toLowerCase().split(/\s+/).filter(Boolean);
      document.querySelectorAll(box.getAttribute('data-filter')).forEach(function (row) {
        var text = row.textContent.toLowerCase();
        row.hidden = !words.every(function (w) { return text.indexOf(w) >= 0; });
      });
    });
  });

  var dataBlock = document.getElementById('release-data');
  if (!dataBlock) return;
  var data = JSON.parse(dataBlock.textContent);
  var panel = document.getElementById('panel');

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  function row(dl, name, value, field) {
    if (value === undefined || value === null || value === '') return;
    dl.appendChild(el('dt', null, name));
    var dd = el('dd', null, value);
    dd.setAttribute('data-field', field);
    dl.appendChild(dd);
  }

  function figureLink(index) {
    var f = data.facts[index];
    var a = el('a', 'goto', f.title + ' ' + f.value + ' (line ' + f.line + ':' + f.column + ')');
    a.href = '#f' + index;
    a.setAttribute('data-goto', index);
    a.classList.add('s-' + f.status);
    return a;
  }

  function render(index) {
    var f = data.facts[index];
    panel.textContent = '';
    var title = el('h2', null, f.title + ' ');
    title.appendChild(el('span', 'badge s-' + f.status, f.status));
    panel.appendChild(title);

    var dl = el('dl', 'fact');
    if (f.label !== f.title) row(dl, 'Label', f.label, 'label');
    row(dl, 'Element', f.concept || 'none found', 'concept');
    row(dl, 'Period', f.period, 'period');
    row(dl, 'Value', f.value, 'value');
    row(dl, 'Unit', f.unit, 'unit');
    row(dl, 'Precision', 'decimals ' + f.decimals, 'decimals');
    row(dl, 'Printed', (f.printed ? '"' + f.printed + '" ' : '') + 'at line ' + f.line + ', column ' + f.column, 'printed');
    row(dl, 'Found in', f.origin === 'table' ? 'table: ' + (f.place || '') : 'prose', 'origin');
    if (f.section) row(dl, 'Under', f.section, 'section');
    if (f.dimensions.length) row(dl, 'Qualifiers', f.dimensions.join('; '), 'dimensions');
    panel.appendChild(dl);

    panel.appendChild(el('h3', null, f.checks.length ? 'Checks (' + f.checks.length + ')' : 'No check involves this figure'));
    var list = el('ul', 'checks');
    f.checks.forEach(function (ci) {
      var c = data.checks[ci];
      var item = el('li', 'check s-' + c.status);
      item.setAttribute('data-status', c.status);
      item.appendChild(el('span', 'badge s-' + c.status, c.status));
      item.appendChild(document.createTextNode(' ' + c.rule + ': ' + c.message));
      var others = el('ul', 'others');
      c.facts.forEach(function (other) {
        if (String(other) === String(index) || !data.facts[other]) return;
        var li = el('li');
        li.appendChild(figureLink(other));
        others.appendChild(li);
      });
      if (others.childNodes.length) item.appendChild(others);
      list.appendChild(item);
    });
    panel.appendChild(list);
  }

  function flash(e) {
    e.classList.remove('flash');
    void e.offsetWidth; // restart the animation
    e.classList.add('flash');
  }

  function select(index, scrollText) {
    if (!data.facts[index]) return;
    document.querySelectorAll('.selected').forEach(function (e) { e.classList.remove('selected'); });
    var inText = document.getElementById('f' + index);
    var cell = document.getElementById('c' + index);
    if (inText) inText.classList.add('selected');
    if (cell) { cell.classList.add('selected'); cell.scrollIntoView({ block: 'nearest' }); }
    if (inText && scrollText) { inText.scrollIntoView({ block: 'center' }); flash(inText); }
    render(index);
    history.replaceState(null, '', '#f' + index);
  }

  function target(e) {
    return e.target.closest ? e.target.closest('[data-goto], [data-fact]') : null;
  }

  document.addEventListener('click', function (e) {
    var t = target(e);
    if (!t) return;
    e.preventDefault();
    var fromText = t.classList.contains('f');
    select(t.getAttribute('data-goto') || t.getAttribute('data-fact'), !fromText);
  });

  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    var t = target(e);
    if (!t) return;
    e.preventDefault();
    select(t.getAttribute('data-goto') || t.getAttribute('data-fact'), !t.classList.contains('f'));
  });

  // An HTML release: the stored text with its figures, or the document as it renders (loaded when first asked for).
  document.querySelectorAll('[data-view]').forEach(function (button) {
    button.addEventListener('click', function () {
      var rendered = button.getAttribute('data-view') === 'rendered';
      var frame = document.getElementById('rendered');
      if (rendered && !frame.getAttribute('src')) frame.setAttribute('src', frame.getAttribute('data-src'));
      frame.hidden = !rendered;
      document.getElementById('source').hidden = rendered;
      document.querySelectorAll('[data-view]').forEach(function (b) { b.classList.toggle('on', b === button); });
    });
  });

  var m = /^#f(\d+)$/.exec(location.hash);
  if (m) select(m[1], true);
})();
