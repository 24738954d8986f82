// Pilkada turnout page: predicted turnout and the gap to target per kab/kota on two maps; a click opens the region.
(function () {
  'use strict';
  var main = document.querySelector('main.participation[data-api]');
  if (!main || !window.echarts) { return; }
  var d = main.dataset;
  var fmt = new Intl.NumberFormat(document.documentElement.lang === 'en' ? 'en' : 'id-ID', { maximumFractionDigits: 1 });
  var charts = {};
  window.mataGarudaPartisipasi = charts;

  function json(url) {
    return fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/geo+json, application/json' } })
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); });
  }

  function draw(id, mapName, data, pieces) {
    var el = document.getElementById(id);
    var chart = echarts.init(el);
    chart.setOption({
      tooltip: { formatter: function (p) {
        return (p.data && p.data.nama ? p.data.nama : p.name) + ': ' + (isNaN(p.value) ? d.tNone : fmt.format(p.value)); } },
      visualMap: { type: 'piecewise', left: 8, bottom: 8, pieces: pieces },
      series: [{ type: 'map', map: mapName, nameProperty: 'kode', roam: true, data: data }]
    });
    chart.on('click', function (p) { if (p.name) { window.location.href = d.detail + p.name + d.query; } });
    el.setAttribute('data-ready', 'true');
    return chart;
  }

  Promise.all([json(d.api), json(d.boundaries)]).then(function (res) {
    var rows = res[0];
    // kab/kota without a polygon come as points; the map series draws polygons only (they stay in the table)
    var polygons = res[1].features.filter(function (f) { return f.geometry && f.geometry.type !== 'Point'; });
    echarts.registerMap('partisipasi-id', { type: 'FeatureCollection', features: polygons });
    charts.prediction = draw('peta-prediksi', 'partisipasi-id', rows.map(function (r) {
      return { name: r.kodeWilayah, nama: r.nama, value: r.prediksi };
    }), [
      { lt: 70, label: '< 70', color: '#a61b1b' }, { gte: 70, lt: 75, label: '70–75', color: '#e6550d' },
      { gte: 75, lt: 80, label: '75–80', color: '#f2b705' }, { gte: 80, lt: 85, label: '80–85', color: '#74c476' },
      { gte: 85, label: '≥ 85', color: '#1d6b3a' }]);
    charts.gap = draw('peta-selisih', 'partisipasi-id', rows.map(function (r) {
      return { name: r.kodeWilayah, nama: r.nama, value: r.selisih };
    }), [
      { gt: 5, label: '> 5', color: '#a61b1b' }, { gt: 2, lte: 5, label: '2–5', color: '#e6550d' },
      { gt: 0, lte: 2, label: '0–2', color: '#f2b705' }, { lte: 0, label: '≤ 0', color: '#1d6b3a' }]);
  }).catch(function () {
    ['peta-prediksi', 'peta-selisih'].forEach(function (id) { document.getElementById(id).textContent = d.tNone; });
  });
})();
