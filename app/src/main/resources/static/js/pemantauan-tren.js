// Pemantauan Isu trends: events per category and period as stacked lines, from /api/v1/events/tren.
(function () {
  'use strict';
  var main = document.querySelector('main[data-api]');
  var el = document.getElementById('tren-peristiwa');
  if (!main || !el || !window.echarts) { return; }
  var d = main.dataset;
  var labels = {};
  try { labels = JSON.parse(d.labels || '{}'); } catch (e) { labels = {}; }
  var chart = echarts.init(el, null, { renderer: 'canvas' });
  window.mataGarudaPemantauanTren = { chart: chart };

  fetch(d.api, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
    .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
    .then(function (rows) {
      var periods = [], cats = [], counts = {};
      rows.forEach(function (r) {
        var k = r.kategori == null ? 'none' : r.kategori;
        if (periods.indexOf(r.periode) < 0) { periods.push(r.periode); }
        if (cats.indexOf(k) < 0) { cats.push(k); }
        counts[r.periode + '|' + k] = (counts[r.periode + '|' + k] || 0) + r.jumlah;
      });
      periods.sort();
      chart.setOption({
        tooltip: { trigger: 'axis' },
        legend: { type: 'scroll', top: 0 },
        grid: { left: 50, right: 20, top: 40, bottom: 40 },
        xAxis: { type: 'category', boundaryGap: false, data: periods },
        yAxis: { type: 'value', minInterval: 1, name: d.tTotal },
        series: cats.map(function (k) {
          return { name: labels[k] || k, type: 'line', stack: 'jumlah', areaStyle: { opacity: 0.3 }, symbolSize: 4,
            emphasis: { focus: 'series' },
            data: periods.map(function (p) { return counts[p + '|' + k] || 0; }) };
        })
      });
      el.setAttribute('data-ready', 'true');
    })
    .catch(function (e) { el.textContent = String(e.message); });
  window.addEventListener('resize', function () { chart.resize(); });
})();
