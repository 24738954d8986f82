// Indicator detail: the baseline and 2025-2029 targets as a line (with the parent's targets, when readable, for
// comparison) and the cascade tree (pohon kinerja), both read from the JSON API. The page's tables and list hold the
// same content for readers who cannot use the charts.
(function () {
  'use strict';
  var lineEl = document.getElementById('grafik-target');
  var treeEl = document.getElementById('pohon');
  if (!window.echarts || !lineEl || !treeEl) { return; }
  var fmt = new Intl.NumberFormat(document.documentElement.lang === 'en' ? 'en' : 'id-ID', { maximumFractionDigits: 4 });
  // The same colours as .tk-* in app.css: the HTML legend explains the tree's colours.
  var COLOURS = { nasional: '#7a1f1f', provinsi: '#b8860b', kabkota: '#0b4f8a' };
  var CURRENT = '#f2b705';
  // The synonyms Satuan.java folds, so that "%" and "persen" count as one unit here as in the sync check.
  var UNIT_SYNONYMS = { '%': 'persen', persentase: 'persen', prosen: 'persen', percent: 'persen', 'per seratus': 'persen',
    poin: 'indeks', point: 'indeks', 'nilai indeks': 'indeks', skor: 'indeks', index: 'indeks', ratio: 'rasio',
    buah: 'jumlah', unit: 'jumlah' };
  var exposed = window.mataGarudaIndikator = {};

  function getJson(url) {
    return fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } }).then(function (r) {
      if (!r.ok) { throw new Error(r.status + ' ' + url); }
      return r.json();
    });
  }

  function failed(el, chart, d, e) {
    chart.hideLoading();
    chart.dispose();
    el.classList.add('failed');
    el.textContent = d.tFailed + ' (' + e.message + ')';
  }

  function unit(s) {
    var u = (s || '').trim().toLowerCase().replace(/\s+/g, ' ');
    return UNIT_SYNONYMS[u] || u;
  }

  function years(ind) {
    return Object.keys(ind.targets || {}).sort();
  }

  function series(ind, ys) {
    return [ind.baseline].concat(ys.map(function (y) { return ind.targets[y]; }))
      .map(function (v) { return v === null || v === undefined ? null : Number(v); });
  }

  // ------------------------------------------------------------------ baseline and targets

  function drawLine() {
    var d = lineEl.dataset;
    var chart = echarts.init(lineEl, null, { renderer: 'canvas' });
    exposed.line = chart;
    chart.showLoading({ text: d.tLoading });
    var parent = d.parentApi ? getJson(d.parentApi).catch(function () { return null; }) : Promise.resolve(null);
    Promise.all([getJson(d.api), parent]).then(function (res) {
      var ind = res[0], induk = res[1];
      var ys = years(ind);
      var own = series(ind, ys);
      chart.hideLoading();
      if (own.every(function (v) { return v === null; })) {
        chart.dispose();
        lineEl.classList.add('empty');
        lineEl.textContent = d.tEmpty;
        lineEl.setAttribute('data-ready', 'true');
        return;
      }
      var list = [{
        name: ind.kode + ' · ' + d.tTarget, type: 'line', data: own, connectNulls: false, symbolSize: 8,
        lineStyle: { width: 3, color: COLOURS[ind.tingkat] }, itemStyle: { color: COLOURS[ind.tingkat] },
        label: { show: true, position: 'top', formatter: function (p) { return p.value === null ? '' : fmt.format(p.value); } },
        markArea: { silent: true, itemStyle: { color: 'rgba(0,0,0,0.04)' }, data: [[{ xAxis: d.tBaseline }, { xAxis: d.tBaseline }]] }
      }];
      if (induk && unit(induk.satuan) === unit(ind.satuan)) {
        // Only on a common unit: an index next to a percentage would mislead more than it explains.
        list.push({
          name: induk.kode + ' · ' + d.tParent, type: 'line', data: series(induk, ys), connectNulls: false, symbol: 'emptyCircle',
          lineStyle: { type: 'dashed', color: COLOURS[induk.tingkat] }, itemStyle: { color: COLOURS[induk.tingkat] }
        });
      }
      chart.setOption({
        tooltip: { trigger: 'axis', valueFormatter: function (v) { return v === null || v === undefined ? '—' : fmt.format(v) + ' ' + ind.satuan; } },
        legend: { top: 0 },
        grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
        xAxis: { type: 'category', boundaryGap: true, data: [d.tBaseline].concat(ys) },
        yAxis: { type: 'value', scale: true, name: ind.satuan, axisLabel: { formatter: function (v) { return fmt.format(v); } } },
        series: list
      });
      lineEl.setAttribute('data-ready', 'true');
    }).catch(function (e) { failed(lineEl, chart, d, e); });
  }

  // ------------------------------------------------------------------ cascade tree

  function shortName(s, max) {
    return s.length > max ? s.substring(0, max - 1) + '…' : s;
  }

  // Code plus as much of the name as fits beside the node; on a narrow screen only the code (the name is in the tooltip).
  function label(node, chars) {
    var room = chars - node.kode.length - 1;
    return room < 6 ? node.kode : node.kode + ' ' + shortName(node.nama, room);
  }

  function toTree(node, current, stats) {
    stats.nodes++;
    var children = (node.children || []).map(function (c) { return toTree(c, current, stats); });
    if (!children.length) { stats.leaves++; }
    var here = node.kode === current;
    var colour = COLOURS[node.tingkat] || '#5b6675';
    return {
      name: label(node, stats.chars),
      symbol: 'circle',
      value: node.kode,
      node: node,
      children: children,
      symbolSize: here ? 18 : 10,
      itemStyle: here ? { color: colour, borderColor: CURRENT, borderWidth: 4 } : { color: colour, borderColor: colour },
      label: here ? { fontWeight: 'bold', color: '#1c2430', backgroundColor: '#fff3c4', borderColor: CURRENT, borderWidth: 1,
        padding: [3, 5], borderRadius: 3 } : { color: colour }
    };
  }

  // A national root with every province under it is taller than its frame; bring this indicator into view. The
  // layout lookup uses ECharts internals, so a failure only leaves the frame at the top.
  function scrollToCurrent(chart, kode) {
    var frame = treeEl.parentElement;
    try {
      var data = chart.getModel().getSeriesByIndex(0).getData();
      for (var i = 0; i < data.count(); i++) {
        var raw = data.getRawDataItem(i);
        if (raw && raw.value === kode) {
          var at = data.getItemLayout(i);
          if (at) { frame.scrollTop = Math.max(0, at.y - frame.clientHeight / 2); }
          return;
        }
      }
    } catch (e) {
      frame.scrollTop = 0;
    }
  }

  function drawTree() {
    var d = treeEl.dataset;
    var chart = echarts.init(treeEl, null, { renderer: 'canvas' });
    exposed.tree = chart;
    chart.showLoading({ text: d.tLoading });
    getJson(d.api).then(function (root) {
      // Labels sit left of inner nodes and right of leaves; on a phone they get less room and shorter names.
      var side = Math.max(110, Math.min(260, Math.round(treeEl.clientWidth * 0.28)));
      var stats = { nodes: 0, leaves: 0, chars: Math.floor(side / 8) };
      var data = toTree(root, d.kode, stats);
      // One line per leaf keeps every label legible; a wide cascade scrolls inside its frame instead of overlapping.
      treeEl.style.height = Math.max(320, stats.leaves * 26 + 40) + 'px';
      chart.resize();
      chart.hideLoading();
      chart.setOption({
        tooltip: { trigger: 'item', formatter: function (p) {
          var n = p.data.node;
          var esc = function (s) { var t = document.createElement('span'); t.textContent = s; return t.innerHTML; };
          return '<b>' + esc(n.kode) + '</b> ' + esc(n.nama) + '<br>' + esc(d['t' + n.tingkat.charAt(0).toUpperCase() + n.tingkat.slice(1)] || n.tingkat)
            + ' · ' + d.tWilayah + ' ' + esc(n.kodeWilayah) + '<br>' + d.tSatuan + ': ' + esc(n.satuan);
        } },
        series: [{
          type: 'tree', data: [data], orient: 'LR', top: 20, bottom: 20, left: side, right: side,
          initialTreeDepth: -1, expandAndCollapse: false, roam: false, edgeShape: 'polyline',
          lineStyle: { color: '#9aa5b1', width: 1.2 },
          label: { position: 'left', verticalAlign: 'middle', align: 'right', fontSize: 12 },
          leaves: { label: { position: 'right', verticalAlign: 'middle', align: 'left' } },
          emphasis: { focus: 'descendant' }
        }]
      });
      scrollToCurrent(chart, d.kode);
      treeEl.setAttribute('data-nodes', String(stats.nodes));
      treeEl.setAttribute('data-ready', 'true');
    }).catch(function (e) { failed(treeEl, chart, d, e); });

    chart.on('click', function (p) {
      var n = p.data && p.data.node;
      if (n && n.kode !== d.kode) { window.location.href = d.detail + encodeURIComponent(n.kode); }
    });
  }

  drawLine();
  drawTree();
  window.addEventListener('resize', function () {
    if (exposed.line && !exposed.line.isDisposed()) { exposed.line.resize(); }
    if (exposed.tree && !exposed.tree.isDisposed()) { exposed.tree.resize(); }
  });
})();
