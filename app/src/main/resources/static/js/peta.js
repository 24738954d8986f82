// Beranda map: ECharts choropleth of population density from the bundled boundaries (no internet tiles).
// Province level first; a click on a province drills into its kab/kota; a click on a kab/kota opens its profile.
(function () {
  'use strict';
  var el = document.getElementById('peta');
  if (!el || !window.echarts) { return; }
  var d = el.dataset;
  var api = d.api;
  var userRegion = d.userRegion || '00';
  var chart = echarts.init(el, null, { renderer: 'canvas' });
  var table = document.querySelector('#daftar-wilayah tbody');
  var crumbs = document.getElementById('jejak');
  var fmt = new Intl.NumberFormat(document.documentElement.lang === 'en' ? 'en' : 'id-ID', { maximumFractionDigits: 1 });
  var current = null;
  var breaks = [50, 100, 250, 500, 1000, 5000];
  var pieces = breaks.map(function (b, i) {
    var lo = i === 0 ? null : breaks[i - 1];
    return lo === null ? { lt: b, label: '< ' + fmt.format(b) } : { gte: lo, lt: b, label: fmt.format(lo) + ' – ' + fmt.format(b) };
  });
  pieces.push({ gte: 5000, label: '≥ ' + fmt.format(5000) });
  window.mataGarudaPeta = { chart: chart, state: function () { return current; } };

  function getJson(url) {
    return fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/geo+json, application/json' } }).then(function (r) {
      if (!r.ok) { throw new Error(r.status + ' ' + url); }
      return r.json();
    });
  }

  function yours(kode) {
    return userRegion !== '00' && (kode === userRegion || userRegion.indexOf(kode + '.') === 0);
  }

  function show(parent) {
    chart.showLoading({ text: d.tLoading });
    var level = parent ? 'kabkota' : 'provinsi';
    var geoUrl = api + '/boundaries?level=' + level + (parent ? '&parent=' + encodeURIComponent(parent.kode) : '');
    var listUrl = parent ? api + '?parent=' + encodeURIComponent(parent.kode) : api + '?level=provinsi';
    Promise.all([getJson(geoUrl), getJson(listUrl)]).then(function (res) {
      var geo = res[0], regions = res[1];
      var polygons = geo.features.filter(function (f) { return f.geometry.type !== 'Point'; });
      var points = geo.features.filter(function (f) { return f.geometry.type === 'Point'; });
      var mapName = 'mg-' + (parent ? parent.kode : 'id');
      echarts.registerMap(mapName, { type: 'FeatureCollection', features: polygons });
      var byKode = {};
      regions.forEach(function (r) { byKode[r.kode] = r; });
      var data = polygons.map(function (f) {
        var r = byKode[f.properties.kode] || {};
        var item = { name: f.properties.kode, value: r.density, region: r };
        if (yours(f.properties.kode)) {
          item.itemStyle = { borderColor: '#0b4f8a', borderWidth: 3 };
          item.label = { show: true, formatter: (r.nama || f.properties.nama) + ' (' + d.tYours + ')', fontWeight: 'bold',
                         color: '#0b4f8a', backgroundColor: 'rgba(255,255,255,.85)', padding: [2, 4], borderRadius: 3 };
        }
        return item;
      });
      var pointData = points.map(function (f) {
        var r = byKode[f.properties.kode] || {};
        return { name: f.properties.kode, value: f.geometry.coordinates.concat([r.density]), region: r, point: true };
      });
      chart.hideLoading();
      chart.setOption({
        tooltip: { trigger: 'item', formatter: function (p) {
          var r = (p.data && p.data.region) || {};
          var lines = ['<b>' + (r.nama || p.name) + '</b> (' + p.name + ')'];
          if (r.density != null) { lines.push(d.tDensity + ': ' + fmt.format(r.density) + ' ' + d.tUnit); }
          if (r.population != null) { lines.push(d.tPopulation + ': ' + fmt.format(r.population)); }
          if (p.data && p.data.point) { lines.push('<i>' + d.tPoint + '</i>'); }
          if (yours(p.name)) { lines.push('<b>' + d.tYours + '</b>'); }
          return lines.join('<br>');
        } },
        visualMap: { type: 'piecewise', left: 8, bottom: 8, seriesIndex: [0, 1],
          pieces: pieces, showLabel: true, itemGap: 4,
          inRange: { color: ['#fff5eb', '#fdd0a2', '#fdae6b', '#fd8d3c', '#e6550d', '#a63603', '#6b1e02'] },
          textStyle: { fontSize: 11 } },
        title: { text: d.tDensity + ' (' + d.tUnit + ')', left: 8, bottom: 152, textStyle: { fontSize: 12, fontWeight: 'normal' } },
        geo: { map: mapName, roam: true, nameProperty: 'kode', itemStyle: { borderColor: '#7a7a7a', borderWidth: .5 },
          emphasis: { label: { show: false }, itemStyle: { areaColor: '#f2c94c' } } },
        series: [
          { id: 'wilayah', type: 'map', geoIndex: 0, data: data },
          { id: 'titik', type: 'scatter', coordinateSystem: 'geo', data: pointData, symbolSize: 9,
            itemStyle: { borderColor: '#333', borderWidth: 1 } }
        ]
      }, true);
      current = { parent: parent ? parent.kode : null, level: level, count: data.length + pointData.length };
      el.setAttribute('data-level', level);
      el.setAttribute('data-count', String(current.count));
      renderCrumbs(parent);
      renderTable(regions, parent);
    }).catch(function (e) {
      chart.hideLoading();
      el.textContent = d.tFailed + ' (' + e.message + ')';
    });
  }

  function renderCrumbs(parent) {
    crumbs.innerHTML = '';
    var top = document.createElement(parent ? 'button' : 'span');
    top.textContent = d.tNation;
    if (parent) { top.type = 'button'; top.addEventListener('click', function () { show(null); }); }
    crumbs.appendChild(top);
    if (parent) {
      crumbs.appendChild(document.createTextNode(' › '));
      var a = document.createElement('a');
      a.href = d.profile + parent.kode;
      a.textContent = parent.nama;
      crumbs.appendChild(a);
    }
  }

  function cell(tr, text, cls) {
    var td = document.createElement('td');
    if (cls) { td.className = cls; }
    td.textContent = text;
    tr.appendChild(td);
    return td;
  }

  function renderTable(regions, parent) {
    table.innerHTML = '';
    regions.slice().sort(function (a, b) { return (b.density || 0) - (a.density || 0); }).forEach(function (r) {
      var tr = document.createElement('tr');
      tr.setAttribute('data-kode', r.kode);
      if (yours(r.kode)) { tr.className = 'yours'; }
      cell(tr, r.kode);
      var name = cell(tr, '');
      var a = document.createElement('a');
      a.href = d.profile + r.kode;
      a.textContent = r.nama;
      name.appendChild(a);
      cell(tr, r.population != null ? fmt.format(r.population) : '—', 'num');
      cell(tr, r.areaKm2 != null ? fmt.format(r.areaKm2) : '—', 'num');
      cell(tr, r.density != null ? fmt.format(r.density) : '—', 'num');
      var act = cell(tr, '');
      if (!parent) {
        var b = document.createElement('button');
        b.type = 'button';
        b.className = 'drill';
        b.textContent = d.tDrill;
        b.setAttribute('aria-label', d.tDrill + ' ' + r.nama);
        b.addEventListener('click', function () { show(r); el.scrollIntoView({ behavior: 'smooth' }); });
        act.appendChild(b);
      }
      table.appendChild(tr);
    });
  }

  chart.on('click', function (p) {
    var r = p.data && p.data.region;
    if (!r || !r.kode) { return; }
    if (r.level === 'provinsi') { show(r); } else { window.location.href = d.profile + r.kode; }
  });
  window.addEventListener('resize', function () { chart.resize(); });

  if (userRegion !== '00') {
    // Regional users start in their own province, their region outlined.
    getJson(api + '/' + encodeURIComponent(userRegion.substring(0, 2))).then(show).catch(function () { show(null); });
  } else {
    show(null);
  }
})();
