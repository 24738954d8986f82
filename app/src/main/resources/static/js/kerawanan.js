// Peta Kerawanan: provinces coloured by forecast risk category; a click shows the region's drivers.
(function () {
  'use strict';
  var el = document.getElementById('peta-kerawanan');
  if (!el || !window.echarts) { return; }
  var d = el.dataset;
  var level = d.level || 'provinsi';
  var chart = echarts.init(el, null, { renderer: 'canvas' });
  var panel = document.getElementById('pendorong');
  var colours = { 'rawan tinggi': '#c62828', 'rawan sedang': '#f9a825', 'rawan rendah': '#7cb342' };

  function getJson(url) {
    return fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json, application/geo+json' } })
      .then(function (r) { if (!r.ok) { throw new Error(r.status + ' ' + url); } return r.json(); });
  }

  function showDrivers(kode) {
    getJson(d.api + '/regions/' + encodeURIComponent(kode) + '?level=' + level).then(function (r) {
      panel.innerHTML = '';
      var h = document.createElement('p');
      h.textContent = r.nama + ' (' + r.kodeWilayah + '), ' + r.periode + ': ' + d.tProb + ' ' +
        Math.round(r.probabilitas * 100) + '% · ' + r.kategoriRisiko;
      panel.appendChild(h);
      var main = document.createElement('p');
      main.textContent = r.pendorongUtama;
      panel.appendChild(main);
      var ul = document.createElement('ul');
      r.pendorong.forEach(function (x) {
        var li = document.createElement('li');
        li.textContent = x.nama + ' = ' + (x.nilai === null ? '–' : x.nilai) + ' (' + (x.kontribusi > 0 ? '+' : '') + x.kontribusi + ')';
        ul.appendChild(li);
      });
      panel.appendChild(ul);
    }).catch(function (e) { panel.textContent = d.tFailed + ' (' + e.message + ')'; });
  }

  Promise.all([getJson(d.geo + '?level=' + level), getJson(d.api + '?level=' + level)]).then(function (res) {
    var geo = res[0], risk = res[1];
    var polygons = geo.features.filter(function (f) { return f.geometry.type !== 'Point'; });
    echarts.registerMap('kerawanan', { type: 'FeatureCollection', features: polygons });
    var byKode = {};
    risk.wilayah.forEach(function (r) { byKode[r.kodeWilayah] = r; });
    var data = polygons.map(function (f) {
      var r = byKode[f.properties.kode];
      return { name: f.properties.kode, value: r ? r.probabilitas : null, risk: r,
        itemStyle: { areaColor: r ? colours[r.kategoriRisiko] : '#eeeeee' } };
    });
    chart.setOption({
      tooltip: { trigger: 'item', formatter: function (p) {
        var r = p.data && p.data.risk;
        if (!r) { return p.name; }
        return '<b>' + r.nama + '</b><br>' + d.tProb + ': ' + Math.round(r.probabilitas * 100) + '%<br>' + r.kategoriRisiko;
      } },
      series: [{ type: 'map', map: 'kerawanan', nameProperty: 'kode', roam: true, data: data,
        itemStyle: { borderColor: '#7a7a7a', borderWidth: 0.5 }, emphasis: { label: { show: false } } }]
    }, true);
    el.setAttribute('data-count', String(data.length));
    chart.on('click', function (p) { if (p.data && p.data.risk) { showDrivers(p.name); } });
  }).catch(function (e) { el.textContent = d.tFailed + ' (' + e.message + ')'; });
})();
