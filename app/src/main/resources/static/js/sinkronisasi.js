// Sync dashboard: the status matrix (regions x mandatory national indicators) and the map of the share of rows in
// sync per province, both from the JSON API. Status names and colours come from the summary badges on the page, so
// the charts, the badges and the tables always agree.
(function () {
  'use strict';
  var main = document.querySelector('main.sync');
  if (!main) { return; }
  var d = main.dataset;

  // After a decision the suggestions panel is replaced; move focus to its message so keyboard and screen-reader users
  // hear the outcome instead of being dropped at the top of the page.
  document.body.addEventListener('htmx:load', function (e) {
    var el = e.detail && e.detail.elt;
    if (el && el.id === 'saran') {
      var msg = document.getElementById('saran-pesan');
      if (msg && msg.children.length) { msg.focus(); }
    }
  });

  var matrixEl = document.getElementById('matriks');
  var mapEl = document.getElementById('peta-sinkron');
  if (!window.echarts || !matrixEl || !mapEl) { return; }

  var provinsi = d.provinsi || '';
  var national = d.national === 'true';
  var lang = document.documentElement.lang === 'en' ? 'en' : 'id-ID';
  var pct = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  var statuses = Array.prototype.map.call(document.querySelectorAll('#ringkasan [data-status]'), function (li) {
    var badge = li.querySelector('.badge');
    return { code: li.getAttribute('data-status'), label: badge.textContent.trim(),
             colour: window.getComputedStyle(badge).backgroundColor };
  });
  var statusIndex = {};
  statuses.forEach(function (s, i) { statusIndex[s.code] = i; });

  var matrix = echarts.init(matrixEl, null, { renderer: 'canvas' });
  var map = echarts.init(mapEl, null, { renderer: 'canvas' });
  window.mataGarudaSync = { matrix: matrix, map: map };
  matrix.showLoading({ text: d.tLoading });
  map.showLoading({ text: d.tLoading });

  function getJson(url, accept) {
    return fetch(url, { credentials: 'same-origin', headers: { 'Accept': accept || 'application/json' } }).then(function (r) {
      if (!r.ok) { throw new Error(r.status + ' ' + url); }
      return r.json();
    });
  }

  function esc(s) {
    var t = document.createElement('span');
    t.textContent = s == null ? '' : String(s);
    return t.innerHTML;
  }

  function shorten(s, max) {
    return s.length > max ? s.substring(0, max - 1) + '…' : s;
  }

  function drill(kode) {
    window.location.href = d.page + '?provinsi=' + encodeURIComponent(kode);
  }

  function shownRow(kode) {
    if (kode === '00') { return false; }
    return provinsi ? kode === provinsi || kode.indexOf(provinsi + '.') === 0 : kode.indexOf('.') < 0;
  }

  function fail(el, chart, e) {
    chart.hideLoading();
    chart.dispose();
    el.classList.add('failed');
    el.textContent = d.tFailed + ' (' + e.message + ')';
  }

  // ------------------------------------------------------------------ matrix

  function drawMatrix(report, nationals, names) {
    var byKode = {};
    nationals.forEach(function (n) { byKode[n.kode] = n; });
    var rows = report.filter(function (r) { return shownRow(r.kodeWilayah); });
    var cols = nationals.filter(function (n) { return n.wajibDaerah; }).map(function (n) { return n.kode; }).sort();
    rows.forEach(function (r) { if (cols.indexOf(r.kodeIndikatorNasional) < 0) { cols.push(r.kodeIndikatorNasional); } });
    var regions = [];
    rows.forEach(function (r) { if (regions.indexOf(r.kodeWilayah) < 0) { regions.push(r.kodeWilayah); } });
    regions.sort();
    var data = rows.map(function (r) {
      return { value: [cols.indexOf(r.kodeIndikatorNasional), regions.indexOf(r.kodeWilayah), statusIndex[r.status]], row: r };
    });
    // On a phone the indicator codes would overlap and long region names would squeeze the cells.
    var narrow = matrixEl.clientWidth < 640;
    matrixEl.style.height = Math.max(200, regions.length * 24 + (narrow ? 200 : 150)) + 'px';
    matrix.resize();
    matrix.hideLoading();
    matrix.setOption({
      tooltip: { trigger: 'item', confine: true, formatter: function (p) {
        if (p.componentType !== 'series') { return ''; }
        var r = p.data.row, n = byKode[r.kodeIndikatorNasional] || {};
        var s = statuses[statusIndex[r.status]] || { label: r.status };
        var lines = ['<b>' + esc(r.kodeWilayah + ' ' + (names[r.kodeWilayah] || '')) + '</b>',
          esc(d.tIndicator) + ': ' + esc(r.kodeIndikatorNasional + ' ' + (n.nama || '')),
          esc(d.tStatus) + ': <b>' + esc(s.label) + '</b>'];
        if (r.kodeIndikatorDaerah) { lines.push(esc(d.tRegional) + ': ' + esc(r.kodeIndikatorDaerah)); }
        lines.push('<span class="tip-note">' + esc(r.keterangan) + '</span>');
        lines.push('<i>' + esc(provinsi ? (r.kodeIndikatorDaerah ? d.tOpen : '') : d.tDrill) + '</i>');
        return '<div class="tip">' + lines.join('<br>') + '</div>';
      } },
      grid: { left: 8, right: 16, top: narrow ? 80 : 36, bottom: narrow ? 110 : 72, containLabel: true },
      xAxis: { type: 'category', data: cols, position: 'top', splitArea: { show: true },
               axisLabel: { interval: 0, fontSize: 11, rotate: narrow ? 60 : 0 } },
      yAxis: { type: 'category', data: regions, inverse: true, triggerEvent: true, splitArea: { show: true },
               axisLabel: { interval: 0, fontSize: 11, formatter: function (k) { return k + ' ' + shorten(names[k] || '', narrow ? 14 : 24); } } },
      visualMap: { type: 'piecewise', dimension: 2, orient: 'horizontal', left: 'center', bottom: 4, itemGap: 12,
                   pieces: statuses.map(function (s, i) { return { value: i, label: s.label, color: s.colour }; }) },
      series: [{ type: 'heatmap', data: data, itemStyle: { borderColor: '#fff', borderWidth: 2 },
                 emphasis: { itemStyle: { borderColor: '#1c2430', borderWidth: 2 } } }]
    }, true);
    matrixEl.setAttribute('data-rows', String(regions.length));
    matrixEl.setAttribute('data-cols', String(cols.length));
    matrixEl.setAttribute('data-ready', 'true');

    matrix.on('click', function (p) {
      if (!provinsi && national) {
        var kode = p.componentType === 'yAxis' ? p.value : p.data && p.data.row && p.data.row.kodeWilayah;
        if (kode) { drill(kode); }
      } else if (p.componentType === 'series' && p.data.row.kodeIndikatorDaerah) {
        window.location.href = d.detail + encodeURIComponent(p.data.row.kodeIndikatorDaerah);
      }
    });
  }

  // ------------------------------------------------------------------ map

  function drawMap(report, geo, names) {
    var stats = {};
    report.forEach(function (r) {
      if (r.kodeWilayah === '00' || r.kodeWilayah.indexOf('.') >= 0) { return; }
      var s = stats[r.kodeWilayah] || (stats[r.kodeWilayah] = { ok: 0, total: 0 });
      s.total++;
      if (r.status === 'selaras') { s.ok++; }
    });
    var polygons = geo.features.filter(function (f) { return f.geometry && f.geometry.type !== 'Point'; });
    echarts.registerMap('mg-sync-provinsi', { type: 'FeatureCollection', features: polygons });
    var data = polygons.map(function (f) {
      var kode = f.properties.kode, s = stats[kode];
      var item = { name: kode, value: s ? Math.round(1000 * s.ok / s.total) / 10 : NaN, stats: s,
                   nama: names[kode] || f.properties.nama || kode };
      if (kode === provinsi) {
        item.itemStyle = { borderColor: '#0b4f8a', borderWidth: 3 };
        item.label = { show: true, formatter: item.nama, fontWeight: 'bold', color: '#0b4f8a',
                       backgroundColor: 'rgba(255,255,255,.85)', padding: [2, 4], borderRadius: 3 };
      }
      return item;
    });
    map.hideLoading();
    map.setOption({
      tooltip: { trigger: 'item', formatter: function (p) {
        var it = p.data || {};
        var lines = ['<b>' + esc(it.nama || p.name) + '</b> (' + esc(p.name) + ')'];
        if (it.stats) {
          lines.push(esc(d.tShare) + ': ' + pct.format(it.value) + '%');
          lines.push(it.stats.ok + ' / ' + it.stats.total + ' ' + esc(d.tRows));
          if (national && it.name !== provinsi) { lines.push('<i>' + esc(d.tDrill) + '</i>'); }
        } else {
          lines.push('<i>' + esc(d.tNodata) + '</i>');
        }
        return lines.join('<br>');
      } },
      visualMap: { type: 'continuous', min: 0, max: 100, left: 8, bottom: 8, calculable: false, seriesIndex: 0,
                   text: ['100%', '0%'], itemHeight: 120,
                   inRange: { color: ['#a61b1b', '#f2c94c', '#1d6b3a'] }, outOfRange: { color: '#e3e6ea' } },
      geo: { map: 'mg-sync-provinsi', roam: true, nameProperty: 'kode',
             itemStyle: { areaColor: '#e3e6ea', borderColor: '#7a7a7a', borderWidth: .5 },
             emphasis: { label: { show: false }, itemStyle: { areaColor: '#0b4f8a' } } },
      series: [{ id: 'selaras', type: 'map', geoIndex: 0, data: data }]
    }, true);
    mapEl.setAttribute('data-count', String(data.length));
    mapEl.setAttribute('data-with-data', String(Object.keys(stats).length));
    mapEl.setAttribute('data-ready', 'true');

    map.on('click', function (p) {
      var it = p.data;
      if (national && it && it.stats && it.name !== provinsi) { drill(it.name); }
    });
  }

  var reportP = getJson(d.report + '?format=json');
  var nationalsP = getJson(d.indicators);
  var regionsP = Promise.all([
    getJson(d.regions + '?level=provinsi'),
    provinsi ? getJson(d.regions + '?parent=' + encodeURIComponent(provinsi)) : Promise.resolve([])
  ]).then(function (lists) {
    var names = {};
    lists[0].concat(lists[1]).forEach(function (r) { names[r.kode] = r.nama; });
    return names;
  });

  Promise.all([reportP, nationalsP, regionsP]).then(function (res) {
    drawMatrix(res[0], res[1], res[2]);
  }).catch(function (e) { fail(matrixEl, matrix, e); });

  Promise.all([reportP, getJson(d.boundaries, 'application/geo+json, application/json'), regionsP]).then(function (res) {
    drawMap(res[0], res[1], res[2]);
  }).catch(function (e) { fail(mapEl, map, e); });

  window.addEventListener('resize', function () {
    if (!matrix.isDisposed()) { matrix.resize(); }
    if (!map.isDisposed()) { map.resize(); }
  });
})();
