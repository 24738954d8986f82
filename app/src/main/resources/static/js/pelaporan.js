// The data-entry grid: type or paste (from Excel) values, save changed rows through the REST API, drop files onto a
// row to attach data dukung, submit a row. Each row reports its own outcome; nothing is lost on a failed row.
(function () {
  'use strict';
  var grid = document.getElementById('grid-realisasi');
  if (!grid) { return; }
  var d = grid.dataset;
  var status = document.getElementById('status-grid');

  function headers(json) {
    var h = { 'Accept': 'application/json' };
    h[d.csrfHeader] = d.csrf;
    if (json) { h['Content-Type'] = 'application/json'; }
    return h;
  }

  function message(row, text, ok) {
    var p = row.querySelector('.row-msg');
    p.textContent = text;
    p.className = 'row-msg ' + (ok ? 'ok' : 'bad');
  }

  function problem(body) {
    if (body && body.errors && body.errors.length) {
      return body.errors.map(function (e) { return e.field + ': ' + e.message; }).join('; ');
    }
    return (body && (body.detail || body.title)) || d.tFailed;
  }

  function call(url, options) {
    return fetch(url, Object.assign({ credentials: 'same-origin' }, options)).then(function (r) {
      return r.text().then(function (t) {
        var body = t ? JSON.parse(t) : null;
        if (!r.ok) {
          var error = new Error(problem(body));
          error.fields = (body && body.errors || []).map(function (e) { return e.field; });
          throw error;
        }
        return body;
      });
    });
  }

  // A value far from its peers may still be right: the operator confirms it with a comment, then it is submitted.
  function confirmOutlier(row, error) {
    if (!error.fields || error.fields.indexOf('outlierConfirmation') < 0) { throw error; }
    var comment = window.prompt(d.tConfirm + '\n\n' + error.message, '');
    if (!comment || !comment.trim()) { throw error; }
    return call(d.api + '/' + row.dataset.id, { method: 'PUT', headers: headers(true), body: JSON.stringify({
      value: row.querySelector('.value').value.trim(), note: row.querySelector('.note').value,
      version: Number(row.dataset.version), outlierConfirmation: comment.trim() }) })
      .then(function (r) { remember(row, r); return call(d.api + '/' + row.dataset.id + '/submit',
        { method: 'POST', headers: headers(false) }); });
  }

  function remember(row, realisation) {
    row.dataset.id = realisation.id;
    row.dataset.version = realisation.version;
    row.querySelectorAll('.cell').forEach(function (c) { c.dataset.saved = c.value; });
    var badge = row.querySelector('.badge');
    badge.className = 'badge rs-' + realisation.status;
    badge.textContent = realisation.status;
  }

  function dirty(row) {
    return Array.prototype.some.call(row.querySelectorAll('.cell'), function (c) {
      return !c.disabled && c.value !== (c.dataset.saved || '');
    });
  }

  function save(row) {
    var value = row.querySelector('.value').value.trim();
    var note = row.querySelector('.note').value;
    if (!value) { return Promise.resolve(null); }
    var body = { indicator: row.dataset.indicator, region: row.dataset.region, period: d.period, value: value, note: note };
    var request = row.dataset.id
      ? call(d.api + '/' + row.dataset.id, { method: 'PUT', headers: headers(true),
          body: JSON.stringify({ value: value, note: note, version: Number(row.dataset.version) }) })
      : call(d.api, { method: 'POST', headers: headers(true), body: JSON.stringify(body) });
    return request.then(function (r) { remember(row, r); message(row, d.tSaved, true); return r; },
      function (e) { message(row, e.message, false); throw e; });
  }

  // While typing: the unit rule (refused on save) and plausibility (needs a comment at submit) are shown as soon as a
  // value is left, through the same check the server applies.
  function checkValue(row) {
    var value = row.querySelector('.value').value.trim();
    var p = row.querySelector('.row-msg');
    if (!value || !d.check) { return; }
    call(d.check, { method: 'POST', headers: headers(true), body: JSON.stringify({ indicator: row.dataset.indicator,
        region: row.dataset.region, period: d.period, value: value }) })
      .then(function (findings) {
        if (!findings || !findings.length) {
          if (p.classList.contains('warn') || p.classList.contains('bad')) { p.textContent = ''; p.className = 'row-msg'; }
          return;
        }
        p.textContent = findings.map(function (f) { return f.detail; }).join(' ');
        p.className = 'row-msg ' + (findings.some(function (f) { return f.jenis === 'aturan'; }) ? 'bad' : 'warn');
      }, function (e) { message(row, e.message, false); });
  }
  grid.addEventListener('change', function (e) {
    if (e.target.classList.contains('value')) { checkValue(e.target.closest('tr')); }
  });

  document.getElementById('simpan-semua').addEventListener('click', function () {
    var rows = Array.prototype.filter.call(grid.querySelectorAll('.grid-row'), dirty);
    if (!rows.length) { status.textContent = d.tNothing; return; }
    var ok = 0, failed = 0;
    Promise.all(rows.map(function (row) {
      return save(row).then(function () { ok++; }, function () { failed++; });
    })).then(function () { status.textContent = d.tSaved + ': ' + ok + (failed ? ' · ' + d.tFailed + ': ' + failed : ''); });
  });

  grid.querySelectorAll('.cell').forEach(function (c) { c.dataset.saved = c.value; });

  // Enter moves down like a spreadsheet; paste of several lines (or tab-separated cells) fills the rows below.
  grid.addEventListener('keydown', function (e) {
    if (e.key !== 'Enter' || !e.target.classList.contains('cell')) { return; }
    e.preventDefault();
    var cls = e.target.classList.contains('value') ? '.value' : '.note';
    var cells = Array.prototype.slice.call(grid.querySelectorAll(cls));
    var next = cells[cells.indexOf(e.target) + (e.shiftKey ? -1 : 1)];
    if (next) { next.focus(); next.select(); }
  });
  grid.addEventListener('paste', function (e) {
    if (!e.target.classList.contains('value')) { return; }
    var text = (e.clipboardData || window.clipboardData).getData('text');
    if (text.indexOf('\n') < 0 && text.indexOf('\t') < 0) { return; }
    e.preventDefault();
    var lines = text.replace(/\r/g, '').split('\n').filter(function (l) { return l.length; });
    var values = Array.prototype.slice.call(grid.querySelectorAll('.value'));
    var start = values.indexOf(e.target);
    lines.forEach(function (line, i) {
      var cell = values[start + i];
      if (!cell || cell.disabled) { return; }
      var parts = line.split('\t');
      cell.value = parts[0].trim();
      var note = cell.closest('tr').querySelector('.note');
      if (parts.length > 1 && note && !note.disabled) { note.value = parts[1].trim(); }
    });
  });

  function upload(row, file) {
    var type = row.querySelector('.evidence-type').value;
    var ensure = row.dataset.id ? Promise.resolve() : save(row);
    return ensure.then(function () {
      if (!row.dataset.id) { throw new Error(d.tFailed); }
      var form = new FormData();
      form.append('file', file);
      form.append('type', type);
      var h = { 'Accept': 'application/json' };
      h[d.csrfHeader] = d.csrf;
      return call(d.api + '/' + row.dataset.id + '/evidence', { method: 'POST', headers: h, body: form });
    }).then(function (ev) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = d.api + '/' + row.dataset.id + '/evidence/' + ev.sha256 + '?inline=true';
      a.target = '_blank';
      a.rel = 'noopener';
      a.textContent = ev.jenis + ': ' + ev.namaBerkas;
      li.appendChild(a);
      row.querySelector('.files').appendChild(li);
      row.dataset.version = Number(row.dataset.version) + 1;
      var missing = row.querySelector('.missing');
      if (missing) { missing.remove(); }
      message(row, d.tUploaded, true);
    }).catch(function (e) { message(row, e.message, false); });
  }

  grid.querySelectorAll('.drop').forEach(function (zone) {
    var row = zone.closest('tr');
    var input = zone.querySelector('.evidence-file');
    input.addEventListener('change', function () { if (input.files[0]) { upload(row, input.files[0]); input.value = ''; } });
    zone.addEventListener('dragover', function (e) { e.preventDefault(); zone.classList.add('over'); });
    zone.addEventListener('dragleave', function () { zone.classList.remove('over'); });
    zone.addEventListener('drop', function (e) {
      e.preventDefault();
      zone.classList.remove('over');
      if (e.dataTransfer.files[0]) { upload(row, e.dataTransfer.files[0]); }
    });
    zone.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); input.click(); } });
  });

  grid.querySelectorAll('.submit-row').forEach(function (button) {
    button.addEventListener('click', function () {
      var row = button.closest('tr');
      var ready = dirty(row) || !row.dataset.id ? save(row) : Promise.resolve();
      ready.then(function () {
        return call(d.api + '/' + row.dataset.id + '/submit', { method: 'POST', headers: headers(false) })
          .catch(function (e) { return confirmOutlier(row, e); });
      }).then(function (r) {
        remember(row, r);
        row.querySelectorAll('.cell').forEach(function (c) { c.disabled = true; });
        button.remove();
        var zone = row.querySelector('.drop');
        if (zone) { zone.remove(); }
        message(row, d.tSubmitted, true);
      }).catch(function (e) { message(row, e.message, false); });
    });
  });
})();
