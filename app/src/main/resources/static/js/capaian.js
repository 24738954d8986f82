// Achievement dashboard: mean capaian per province on a map, a ranking of regions, and the trend per indicator.
(function () {
  'use strict';
  var main = document.querySelector('main[data-api]');
  if (!main || !window.echarts) { return; }
  var d = main.dataset;
  var fmt = new Intl.NumberFormat(document.documentElement.lang === 'en' ? 'en' : 'id-ID', { maximumFractionDigits: 1 });
  var charts = {};
  window.mataGarudaCapaian = charts;

  function json(url) {
    return fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/geo+json, application/json' } })
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); });
  }

  function mean(list) { return list.reduce(function (a, b) { return a + b; }, 0) / list.length; }

  Promise.all([json(d.api + '?year=' + d.year), json(d.boundaries)]).then(function (res) {
    var rows = res[0].filter(function (r) { return r.capaian != null; });
    var byProvince = {}, byRegion = {}, byIndicator = {};
    rows.forEach(function (r) {
      var c = Number(r.capaian);
      (byProvince[r.region.substring(0, 2)] = byProvince[r.region.substring(0, 2)] || []).push(c);
      (byRegion[r.region] = byRegion[r.region] || []).push(c);
      var perPeriod = byIndicator[r.indicator] = byIndicator[r.indicator] || {};
      (perPeriod[r.period] = perPeriod[r.period] || []).push(c);
    });
    echarts.registerMap('capaian-id', res[1]);
    var map = echarts.init(document.getElementById('peta-capaian'));
    map.setOption({
      tooltip: { formatter: function (p) { return p.name + ': ' + (isNaN(p.value) ? d.tNone : fmt.format(p.value)); } },
      visualMap: { type: 'piecewise', left: 8, bottom: 8, pieces: [
        { lte: 50, label: '≤ 50', color: '#a61b1b' }, { gt: 50, lt: 66, label: '51–65', color: '#e6550d' },
        { gte: 66, lt: 76, label: '66–75', color: '#f2b705' }, { gte: 76, lt: 91, label: '76–90', color: '#74c476' },
        { gte: 91, label: '≥ 91', color: '#1d6b3a' }] },
      series: [{ type: 'map', map: 'capaian-id', nameProperty: 'kode', roam: true,
        data: Object.keys(byProvince).map(function (k) { return { name: k, value: Math.round(mean(byProvince[k]) * 10) / 10 }; }) }]
    });
    charts.map = map;
    document.getElementById('peta-capaian').setAttribute('data-ready', 'true');

    var ranking = Object.keys(byRegion).map(function (k) { return [k, Math.round(mean(byRegion[k]) * 10) / 10]; })
      .sort(function (a, b) { return a[1] - b[1]; });
    var bar = echarts.init(document.getElementById('peringkat-capaian'));
    bar.setOption({
      grid: { left: 80, right: 30, top: 10, bottom: 30 }, tooltip: {},
      xAxis: { type: 'value', name: d.tAvg }, yAxis: { type: 'category', data: ranking.map(function (r) { return r[0]; }) },
      series: [{ type: 'bar', data: ranking.map(function (r) { return r[1]; }), itemStyle: { color: '#7a1f1f' } }]
    });
    charts.ranking = bar;
    document.getElementById('peringkat-capaian').setAttribute('data-ready', 'true');

    var periods = Array.from(new Set(rows.map(function (r) { return r.period; }))).sort();
    var trend = echarts.init(document.getElementById('tren-capaian'));
    trend.setOption({
      tooltip: { trigger: 'axis' }, legend: { type: 'scroll' }, xAxis: { type: 'category', data: periods },
      yAxis: { type: 'value', name: d.tAvg },
      series: Object.keys(byIndicator).slice(0, 12).map(function (k) {
        return { name: k, type: 'line', data: periods.map(function (p) {
          var v = byIndicator[k][p]; return v ? Math.round(mean(v) * 10) / 10 : null; }) };
      })
    });
    charts.trend = trend;
    document.getElementById('tren-capaian').setAttribute('data-ready', 'true');
  }).catch(function () {
    ['peta-capaian', 'peringkat-capaian', 'tren-capaian'].forEach(function (id) {
      document.getElementById(id).textContent = d.tNone;
    });
  });
})();
