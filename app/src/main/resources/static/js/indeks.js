// Index page: choropleth by year (province, drill to kab/kota), rank intervals, trend, methodology tree and the
// what-if panel, all from /api/v1/indices/{id}/... and the bundled region boundaries (no internet tiles).
(function () {
  'use strict';
  var root = document.querySelector('main.idx-detail');
  if (!root || !window.echarts) { return; }
  var d = root.dataset;
  var api = d.api;
  var year = Number(d.year);
  var decimals = Number(d.decimals);
  var hasKabkota = d.hasKabkota === 'true';
  var lang = document.documentElement.lang === 'en' ? 'en' : 'id-ID';
  var fmt = new Intl.NumberFormat(lang, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  var pct = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  // One sequential palette, light to dark by value, so that the same colour never means "good" for one index and
  // "bad" for another (IKP grows with vulnerability, the others with achievement).
  var palette = ['#f7fcb9', '#c2e699', '#78c679', '#31a354', '#006837', '#004529'];
  var exposed = window.mataGarudaIndeks = { map: null, ranking: null, trend: null, tree: null, whatif: null, spec: null };

  function getJson(url, accept) {
    return fetch(url, { credentials: 'same-origin', headers: { 'Accept': accept || 'application/json' } }).then(function (r) {
      if (!r.ok) { throw new Error(r.status + ' ' + url); }
      return r.json();
    });
  }

  function esc(s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function num(v) { return v == null ? '—' : fmt.format(Number(v)); }

  function init(id, key) {
    var el = document.getElementById(id);
    if (!el) { return null; }
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    exposed[key] = chart;
    window.addEventListener('resize', function () { chart.resize(); });
    return { el: el, chart: chart };
  }

  function fail(c, e) {
    c.chart.hideLoading();
    c.chart.dispose();
    exposed[c.key] = null;
    c.el.classList.add('failed');
    c.el.style.height = 'auto';
    c.el.textContent = d.tFailed + ' (' + e.message + ')';
  }

  var specPromise = getJson(api).then(function (view) { exposed.spec = view; return view; });

  // ---- choropleth ------------------------------------------------------------------------------------------------
  function bandsFor(spec, level) {
    var c = spec.categories || {};
    return c[level] || c['default'] || null;
  }

  function visualMap(bands, values) {
    if (bands && bands.length) {
      var sorted = bands.slice().sort(function (a, b) {
        return (a.min == null ? -Infinity : a.min) - (b.min == null ? -Infinity : b.min);
      });
      var step = Math.max(1, Math.floor(palette.length / sorted.length));
      var pieces = sorted.map(function (b, i) {
        var p = { label: b.label, color: palette[Math.min(palette.length - 1, i * step + (sorted.length < 4 ? 1 : 0))] };
        if (b.min != null) { p[b.minInclusive ? 'gte' : 'gt'] = b.min; }
        if (b.max != null) { p[b.maxInclusive ? 'lte' : 'lt'] = b.max; }
        return p;
      });
      return { type: 'piecewise', pieces: pieces, left: 8, bottom: 8, textStyle: { fontSize: 11 }, seriesIndex: 0 };
    }
    var present = values.filter(function (v) { return v != null; });
    var lo = present.length ? Math.min.apply(null, present) : 0;
    var hi = present.length ? Math.max.apply(null, present) : 1;
    return { type: 'continuous', min: Math.floor(lo), max: Math.ceil(hi === lo ? lo + 1 : hi), left: 8, bottom: 8,
      calculable: true, inRange: { color: palette }, textStyle: { fontSize: 11 }, seriesIndex: 0 };
  }

  var mapBox = init('idx-map', 'map');
  var crumbs = document.getElementById('idx-map-crumbs');

  function showMap(parent) {
    var c = mapBox;
    if (!c) { return; }
    c.key = 'map';
    c.el.removeAttribute('data-ready');
    c.chart.showLoading({ text: d.tLoading });
    var level = parent ? 'kabkota' : 'provinsi';
    var geoUrl = d.regions + '/boundaries?level=' + level + (parent ? '&parent=' + encodeURIComponent(parent.kode) : '');
    var valuesUrl = api + '/results?level=' + level + '&year=' + year + (parent ? '&parent=' + encodeURIComponent(parent.kode) : '');
    Promise.all([specPromise, getJson(geoUrl, 'application/geo+json, application/json'), getJson(valuesUrl)]).then(function (res) {
      var spec = res[0].spec, geo = res[1], results = res[2];
      var polygons = geo.features.filter(function (f) { return f.geometry && f.geometry.type !== 'Point'; });
      var mapName = 'idx-' + (parent ? parent.kode : 'id');
      echarts.registerMap(mapName, { type: 'FeatureCollection', features: polygons });
      var byKode = {};
      results.rows.forEach(function (r) { byKode[r.kodeWilayah] = r; });
      var data = polygons.map(function (f) {
        var r = byKode[f.properties.kode];
        return { name: f.properties.kode, value: r && r.nilai != null ? Number(r.nilai) : null,
          row: r || null, nama: r ? r.nama : (f.properties.nama || f.properties.kode) };
      });
      c.chart.hideLoading();
      c.chart.setOption({
        tooltip: { trigger: 'item', formatter: function (p) {
          var item = p.data || {};
          var r = item.row;
          var lines = ['<b>' + esc(item.nama || p.name) + '</b> (' + esc(p.name) + ')'];
          if (!r || r.nilai == null) { lines.push(esc(d.tNoData)); return lines.join('<br>'); }
          lines.push(esc(d.tValue) + ': ' + num(r.nilai));
          lines.push(esc(d.tCategory) + ': ' + esc(r.kategori || d.tNoCategory));
          if (r.peringkat != null) { lines.push(esc(d.tRank) + ': ' + r.peringkat); }
          if (r.nilaiPublikasi != null) { lines.push(esc(d.tPublished) + ': ' + num(r.nilaiPublikasi)); }
          if (r.catatan) { lines.push('<i>' + esc(r.catatan) + '</i>'); }
          if (!parent && hasKabkota) { lines.push('<i>' + esc(d.tDrill) + '</i>'); }
          return lines.join('<br>');
        } },
        visualMap: visualMap(bandsFor(spec, level), data.map(function (x) { return x.value; })),
        series: [{ id: 'indeks', type: 'map', map: mapName, nameProperty: 'kode', roam: true, data: data,
          itemStyle: { borderColor: '#7a7a7a', borderWidth: .5, areaColor: '#e8e8e8' },
          emphasis: { label: { show: false }, itemStyle: { areaColor: '#f2c94c' } },
          select: { disabled: true } }]
      }, true);
      c.el.setAttribute('data-level', level);
      c.el.setAttribute('data-count', String(results.rows.length));
      c.el.setAttribute('data-ready', 'true');
      renderCrumbs(parent);
    }).catch(function (e) { fail(c, e); });
  }

  function renderCrumbs(parent) {
    if (!crumbs) { return; }
    crumbs.innerHTML = '';
    var top = document.createElement(parent ? 'button' : 'span');
    top.textContent = d.tNation;
    if (parent) { top.type = 'button'; top.addEventListener('click', function () { showMap(null); }); }
    crumbs.appendChild(top);
    if (parent) {
      crumbs.appendChild(document.createTextNode(' › '));
      var s = document.createElement('span');
      s.textContent = parent.nama;
      crumbs.appendChild(s);
    }
  }

  if (mapBox) {
    mapBox.chart.on('click', function (p) {
      var r = p.data && p.data.row;
      if (!r || r.tingkat !== 'provinsi') { return; }
      if (hasKabkota) { showMap({ kode: r.kodeWilayah, nama: r.nama }); }
    });
    exposed.showMap = function (kode, nama) { showMap(kode && hasKabkota ? { kode: kode, nama: nama || kode } : null); };
    showMap(null);
  }

  // ---- ranking with rank intervals -------------------------------------------------------------------------------
  var rankEl = document.getElementById('idx-ranking');
  if (rankEl) {
    getJson(api + '/ranking?level=provinsi&year=' + year + '&runs=' + d.runs + '&seed=' + d.seed).then(function (rk) {
      var rows = rk.rows.filter(function (r) { return r.peringkat != null; });
      rankEl.style.height = Math.max(240, rows.length * 20 + 80) + 'px';
      var c = init('idx-ranking', 'ranking');
      c.key = 'ranking';
      var names = rows.map(function (r) { return r.nama; });
      var n = Math.max(1, rows.length);
      c.chart.setOption({
        grid: { left: 8, right: 24, top: 36, bottom: 28, containLabel: true },
        tooltip: { trigger: 'item', formatter: function (p) {
          var r = rows[p.dataIndex];
          return '<b>' + esc(r.nama) + '</b><br>' + esc(d.tValue) + ': ' + num(r.nilai)
            + '<br>' + esc(d.tRank) + ': ' + r.peringkat + ' (' + esc(d.tMedian) + ' ' + r.peringkatMedian + ')'
            + '<br>' + esc(d.tInterval) + ': ' + r.peringkatP05 + '–' + r.peringkatP95;
        } },
        xAxis: { type: 'value', min: 1, max: n, minInterval: 1, position: 'top', name: d.tRankAxis,
          nameLocation: 'middle', nameGap: 24 },
        yAxis: { type: 'category', data: names, inverse: true, axisLabel: { fontSize: 11 } },
        series: [
          { id: 'interval', type: 'custom', encode: { x: [1, 2], y: 0 },
            data: rows.map(function (r, i) { return [i, r.peringkatP05, r.peringkatP95]; }),
            renderItem: function (params, a) {
              var lo = a.coord([a.value(1), a.value(0)]);
              var hi = a.coord([a.value(2), a.value(0)]);
              var h = a.size([0, 1])[1] * 0.5;
              var style = { stroke: '#7a1f1f', lineWidth: 1.5 };
              return { type: 'group', children: [
                { type: 'line', shape: { x1: lo[0], y1: lo[1], x2: hi[0], y2: hi[1] }, style: style },
                { type: 'line', shape: { x1: lo[0], y1: lo[1] - h / 2, x2: lo[0], y2: lo[1] + h / 2 }, style: style },
                { type: 'line', shape: { x1: hi[0], y1: hi[1] - h / 2, x2: hi[0], y2: hi[1] + h / 2 }, style: style }
              ] };
            } },
          { id: 'peringkat', type: 'scatter', symbolSize: 8, itemStyle: { color: '#0b4f8a' },
            data: rows.map(function (r, i) { return [r.peringkat, i]; }) }
        ]
      });
      rankEl.setAttribute('data-count', String(rows.length));
      rankEl.setAttribute('data-ready', 'true');
    }).catch(function (e) {
      rankEl.classList.add('failed');
      rankEl.textContent = d.tFailed + ' (' + e.message + ')';
    });
  }

  // ---- trend -----------------------------------------------------------------------------------------------------
  var trendBox = init('idx-trend', 'trend');
  var pick = document.getElementById('idx-trend-pick');
  if (trendBox) {
    trendBox.key = 'trend';
    trendBox.chart.showLoading({ text: d.tLoading });
    Promise.all([getJson(api + '/results?level=provinsi'),
                 getJson(api + '/results?level=nasional').catch(function () { return { rows: [], publikasi: [] }; })])
      .then(function (res) {
        var prov = res[0].rows, nat = res[1];
        var years = {};
        prov.forEach(function (r) { years[r.tahun] = true; });
        nat.rows.forEach(function (r) { years[r.tahun] = true; });
        (nat.publikasi || []).forEach(function (p) { years[p.tahun] = true; });
        var axis = Object.keys(years).map(Number).sort(function (a, b) { return a - b; });
        var byRegion = {};
        prov.forEach(function (r) {
          var s = byRegion[r.kodeWilayah] || (byRegion[r.kodeWilayah] = { nama: r.nama, values: {} });
          s.values[r.tahun] = r.nilai == null ? null : Number(r.nilai);
        });
        function line(name, values, style) {
          return Object.assign({ name: name, type: 'line', connectNulls: false, symbolSize: 5,
            data: axis.map(function (y) { return values[y] == null ? null : values[y]; }) }, style || {});
        }
        var thisYear = prov.filter(function (r) { return r.tahun === year && r.peringkat != null; })
          .sort(function (a, b) { return a.peringkat - b.peringkat; });
        var series = [];
        if (nat.rows.length) {
          var nv = {};
          nat.rows.forEach(function (r) { nv[r.tahun] = r.nilai == null ? null : Number(r.nilai); });
          series.push(line(d.tNational, nv, { lineStyle: { width: 3, color: '#1c2430' }, itemStyle: { color: '#1c2430' } }));
        }
        if (nat.publikasi && nat.publikasi.length) {
          var pv = {};
          nat.publikasi.forEach(function (p) { pv[p.tahun] = Number(p.nilai); });
          series.push(line(d.tPublished, pv, { lineStyle: { width: 2, type: 'dashed', color: '#7a1f1f' }, itemStyle: { color: '#7a1f1f' } }));
        }
        var top = thisYear.slice(0, 3), bottom = thisYear.length > 6 ? thisYear.slice(-3) : [];
        top.forEach(function (r) { series.push(line(r.nama + ' (' + d.tTop + ')', byRegion[r.kodeWilayah].values)); });
        bottom.forEach(function (r) { series.push(line(r.nama + ' (' + d.tBottom + ')', byRegion[r.kodeWilayah].values, { lineStyle: { type: 'dotted' } })); });
        var fixed = series.length;
        function render(extra) {
          trendBox.chart.hideLoading();
          trendBox.chart.setOption({
            tooltip: { trigger: 'axis', valueFormatter: function (v) { return v == null ? '—' : fmt.format(v); } },
            legend: { type: 'scroll', top: 0 },
            grid: { left: 8, right: 16, top: 40, bottom: 24, containLabel: true },
            xAxis: { type: 'category', data: axis.map(String) },
            yAxis: { type: 'value', scale: true },
            series: extra ? series.slice(0, fixed).concat([extra]) : series.slice(0, fixed)
          }, true);
          trendBox.el.setAttribute('data-series', String(fixed + (extra ? 1 : 0)));
          trendBox.el.setAttribute('data-ready', 'true');
        }
        if (pick) {
          Object.keys(byRegion).map(function (k) { return { kode: k, nama: byRegion[k].nama }; })
            .sort(function (a, b) { return a.nama.localeCompare(b.nama); })
            .forEach(function (r) {
              var o = document.createElement('option');
              o.value = r.kode;
              o.textContent = r.nama;
              pick.appendChild(o);
            });
          pick.addEventListener('change', function () {
            var s = byRegion[pick.value];
            render(s ? line(s.nama + ' (' + d.tChosen + ')', s.values, { lineStyle: { width: 3, color: '#b8860b' }, itemStyle: { color: '#b8860b' } }) : null);
          });
        }
        render(null);
      }).catch(function (e) { fail(trendBox, e); });
  }

  // ---- methodology tree ------------------------------------------------------------------------------------------
  var treeBox = init('idx-tree', 'tree');
  if (treeBox) {
    treeBox.key = 'tree';
    specPromise.then(function (view) {
      var w = view.normalisedWeights || {};
      function short(s) { return s.length > 38 ? s.substring(0, 36) + '…' : s; }
      function node(n, isRoot) {
        var share = w[n.id];
        var name = n.name || n.id;
        return {
          name: short(name) + (share != null && !isRoot ? ' · ' + pct.format(share * 100) + ' %' : ''),
          full: name, id: n.id, share: share, kind: n.kind, aggregation: n.aggregation,
          children: (n.children || []).map(function (c) { return node(c, false); })
        };
      }
      treeBox.chart.setOption({
        tooltip: { trigger: 'item', formatter: function (p) {
          var x = p.data;
          var lines = ['<b>' + esc(x.full) + '</b> <code>' + esc(x.id) + '</code>'];
          if (x.kind) { lines.push(esc(x.kind)); }
          if (x.share != null) { lines.push(esc(d.tWeight) + ': ' + pct.format(x.share * 100) + ' %'); }
          if (x.aggregation) { lines.push(esc(x.aggregation)); }
          return lines.join('<br>');
        } },
        series: [{ type: 'tree', data: [node(view.spec.root, true)], top: 16, bottom: 16, left: 210, right: 300,
          orient: 'LR', initialTreeDepth: -1, expandAndCollapse: false, symbolSize: 8,
          label: { position: 'left', verticalAlign: 'middle', align: 'right', fontSize: 11 },
          leaves: { label: { position: 'right', verticalAlign: 'middle', align: 'left' } } }]
      });
      treeBox.el.setAttribute('data-ready', 'true');
    }).catch(function (e) { fail(treeBox, e); });
  }

  // ---- what if ---------------------------------------------------------------------------------------------------
  var form = document.getElementById('idx-whatif');
  if (form) {
    var sliders = Array.prototype.slice.call(form.querySelectorAll('input[type="range"][data-node]'));
    var status = document.getElementById('idx-whatif-status');
    var table = document.getElementById('idx-whatif-table');
    var body = table ? table.querySelector('tbody') : null;

    function shares() {
      var sum = sliders.reduce(function (s, x) { return s + Number(x.value); }, 0);
      sliders.forEach(function (x) {
        var out = document.getElementById('o-' + x.getAttribute('data-node'));
        if (out) { out.textContent = sum > 0 ? pct.format(100 * Number(x.value) / sum) + ' %' : '0 %'; }
      });
    }
    sliders.forEach(function (x) { x.addEventListener('input', shares); });
    shares();

    document.getElementById('idx-whatif-reset').addEventListener('click', function () {
      sliders.forEach(function (x) { x.value = x.getAttribute('data-initial'); });
      shares();
    });

    function cell(tr, text, cls) {
      var td = document.createElement('td');
      if (cls) { td.className = cls; }
      td.textContent = text;
      tr.appendChild(td);
      return td;
    }

    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var weights = {};
      sliders.forEach(function (x) { weights[x.getAttribute('data-node')] = Number(x.value); });
      var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
      var token = form.querySelector('input[name="_csrf"]');
      if (token && form.dataset.csrfHeader) { headers[form.dataset.csrfHeader] = token.value; }
      status.textContent = d.tRecomputing;
      form.setAttribute('aria-busy', 'true');
      fetch(form.getAttribute('action'), { method: 'POST', credentials: 'same-origin', headers: headers,
        body: JSON.stringify({ year: year, level: 'provinsi', weights: weights }) })
        .then(function (r) {
          return r.json().catch(function () { return {}; }).then(function (j) {
            if (!r.ok) { throw new Error(j.detail || (r.status + '')); }
            return j;
          });
        })
        .then(function (res) {
          exposed.whatif = res;
          body.innerHTML = '';
          res.rows.forEach(function (r) {
            var tr = document.createElement('tr');
            tr.setAttribute('data-kode', r.kodeWilayah);
            cell(tr, r.peringkatBaru == null ? '—' : String(r.peringkatBaru), 'num');
            cell(tr, r.nama);
            cell(tr, num(r.nilaiAwal), 'num');
            cell(tr, num(r.nilaiBaru), 'num');
            cell(tr, r.peringkatAwal == null ? '—' : String(r.peringkatAwal), 'num');
            var ch = r.perubahanPeringkat;
            var td = cell(tr, '', 'idx-move ' + (ch > 0 ? 'up' : ch < 0 ? 'down' : 'same'));
            var arrow = document.createElement('span');
            arrow.setAttribute('aria-hidden', 'true');
            arrow.textContent = ch > 0 ? '▲ ' : ch < 0 ? '▼ ' : '= ';
            td.appendChild(arrow);
            td.appendChild(document.createTextNode(ch == null ? '—'
              : ch > 0 ? d.tUp + ' ' + ch : ch < 0 ? d.tDown + ' ' + (-ch) : d.tSame));
            body.appendChild(tr);
          });
          table.hidden = false;
          table.setAttribute('data-ready', 'true');
          status.textContent = d.tDone;
        })
        .catch(function (e) { status.textContent = d.tWhatifFailed + ': ' + e.message; })
        .then(function () { form.removeAttribute('aria-busy'); });
    });
  }
})();
