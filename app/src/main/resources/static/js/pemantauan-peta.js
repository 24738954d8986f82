// Pemantauan Isu map: events per 100,000 inhabitants per kab/kota (or province) in one month, on the boundaries the
// region module serves; the slider (or "Putar") moves through the months the lake holds, the table follows the map.
(function () {
  'use strict';
  var main = document.querySelector('main[data-api]');
  var el = document.getElementById('peta-peristiwa');
  if (!main || !el || !window.echarts) { return; }
  var d = main.dataset;
  var months = d.months ? d.months.split(',') : [];
  var slider = document.getElementById('slider-bulan');
  var output = document.getElementById('bulan-terpilih');
  var hidden = document.getElementById('f-bulan');
  var kategori = document.getElementById('f-kategori');
  var level = document.getElementById('f-level');
  var play = document.getElementById('putar');
  var lang = document.documentElement.lang === 'en' ? 'en' : 'id-ID';
  var rateFmt = new Intl.NumberFormat(lang, { maximumFractionDigits: 4 });
  var intFmt = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  var chart = echarts.init(el, null, { renderer: 'canvas' });
  var maps = {};
  var request = 0;
  var timer = null;
  var pending = null;
  window.mataGarudaPemantauanPeta = { chart: chart };

  function json(url) {
    return fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/geo+json, application/json' } })
      .then(function (r) { if (!r.ok) { throw new Error(r.status + ' ' + url); } return r.json(); });
  }

  function esc(s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function boundaries(lvl) {
    if (maps[lvl]) { return Promise.resolve(maps[lvl]); }
    var url = d.boundaries + '?level=' + lvl + (lvl === 'kabkota' && d.province ? '&parent=' + encodeURIComponent(d.province) : '');
    return json(url).then(function (geo) {
      var polygons = geo.features.filter(function (f) { return f.geometry && f.geometry.type !== 'Point'; });
      var points = geo.features.filter(function (f) { return f.geometry && f.geometry.type === 'Point'; });
      var name = 'pemantauan-' + lvl;
      echarts.registerMap(name, { type: 'FeatureCollection', features: polygons });
      maps[lvl] = { name: name, points: points };
      return maps[lvl];
    });
  }

  function tooltip(p) {
    var r = p.data && p.data.rate;
    if (!r) { return esc(p.name); }
    return '<b>' + esc(r.nama) + '</b> (' + esc(r.kode) + ')<br>' + esc(d.tCount) + ': ' + intFmt.format(r.jumlah) +
      '<br>' + esc(d.tPopulation) + ': ' + (r.penduduk == null ? '—' : intFmt.format(r.penduduk)) +
      '<br>' + esc(d.tRate) + ': ' + (r.per100rb == null ? '—' : rateFmt.format(r.per100rb));
  }

  function renderTable(month, rates) {
    var heading = document.getElementById('judul-teratas');
    if (heading && d.tTop) { heading.textContent = d.tTop.replace('{0}', month); }
    var table = document.getElementById('tabel-teratas');
    if (!table) { return; }
    var top = rates.filter(function (r) { return r.jumlah > 0 && r.per100rb != null; })
      .sort(function (a, b) { return Number(b.per100rb) - Number(a.per100rb); }).slice(0, 15);
    var body = table.querySelector('tbody');
    body.innerHTML = '';
    top.forEach(function (r) {
      var tr = document.createElement('tr');
      tr.setAttribute('data-kode', r.kode);
      [r.nama + ' (' + r.kode + ')', intFmt.format(r.jumlah), r.penduduk == null ? '—' : intFmt.format(r.penduduk),
        rateFmt.format(r.per100rb)].forEach(function (text, i) {
        var td = document.createElement('td');
        if (i > 0) { td.className = 'num'; }
        td.textContent = text;
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    table.hidden = top.length === 0;
  }

  function draw() {
    var month = months[Number(slider.value)] || months[months.length - 1];
    output.textContent = month;
    hidden.value = month;
    var lvl = level.value;
    var mine = ++request;
    var url = d.api + '?level=' + encodeURIComponent(lvl) + '&bulan=' + encodeURIComponent(month) +
      (kategori.value ? '&kategori=' + encodeURIComponent(kategori.value) : '');
    if (window.history && history.replaceState) {
      history.replaceState(null, '', '?bulan=' + encodeURIComponent(month) + '&level=' + encodeURIComponent(lvl) +
        (kategori.value ? '&kategori=' + encodeURIComponent(kategori.value) : ''));
    }
    chart.showLoading({ text: d.tLoading });
    Promise.all([boundaries(lvl), json(url)]).then(function (res) {
      if (mine !== request) { return; }
      var geo = res[0], rates = res[1];
      var byKode = {};
      rates.forEach(function (r) { byKode[r.kode] = r; });
      var data = rates.map(function (r) {
        return { name: r.kode, value: r.per100rb == null ? NaN : Number(r.per100rb), rate: r };
      });
      var points = geo.points.filter(function (f) { return byKode[f.properties.kode]; }).map(function (f) {
        var r = byKode[f.properties.kode];
        return { name: r.kode, value: f.geometry.coordinates.concat([r.per100rb == null ? NaN : Number(r.per100rb)]), rate: r };
      });
      var max = Math.max.apply(null, rates.map(function (r) { return Number(r.per100rb) || 0; }).concat([0.0001]));
      chart.hideLoading();
      chart.setOption({
        title: { text: month + ' · ' + d.tRate, left: 8, top: 4, textStyle: { fontSize: 13, fontWeight: 'normal' } },
        tooltip: { trigger: 'item', formatter: tooltip },
        visualMap: { type: 'continuous', min: 0, max: max, left: 8, bottom: 8, calculable: true, seriesIndex: [0, 1],
          text: [rateFmt.format(max), '0'], inRange: { color: ['#fff5eb', '#fdae6b', '#e6550d', '#7f2704'] } },
        geo: { map: geo.name, roam: true, nameProperty: 'kode', itemStyle: { borderColor: '#7a7a7a', borderWidth: 0.4 },
          emphasis: { label: { show: false }, itemStyle: { areaColor: '#f2c94c' } } },
        series: [
          { id: 'angka', type: 'map', geoIndex: 0, data: data },
          { id: 'titik', type: 'scatter', coordinateSystem: 'geo', data: points, symbolSize: 8,
            itemStyle: { borderColor: '#333', borderWidth: 1 } }
        ]
      }, true);
      el.setAttribute('data-ready', 'true');
      el.setAttribute('data-month', month);
      renderTable(month, rates);
    }).catch(function (e) {
      if (mine !== request) { return; }
      chart.hideLoading();
      el.textContent = d.tFailed + ' (' + e.message + ')';
    });
  }

  function later() {
    if (pending) { clearTimeout(pending); }
    pending = setTimeout(draw, 150);
  }

  function stop() {
    if (timer) { clearInterval(timer); timer = null; }
    if (play) { play.textContent = d.tPlay; play.setAttribute('aria-pressed', 'false'); }
  }

  slider.addEventListener('input', later);
  kategori.addEventListener('change', draw);
  level.addEventListener('change', draw);
  if (play) {
    play.setAttribute('aria-pressed', 'false');
    play.addEventListener('click', function () {
      if (timer) { stop(); return; }
      play.textContent = d.tPause;
      play.setAttribute('aria-pressed', 'true');
      timer = setInterval(function () {
        slider.value = String((Number(slider.value) + 1) % months.length);
        draw();
      }, 1500);
    });
  }
  window.addEventListener('resize', function () { chart.resize(); });
  draw();
})();
