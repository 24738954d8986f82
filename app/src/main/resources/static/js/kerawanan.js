// Peta Kerawanan: provinces coloured by forecast risk category; a click shows the region's drivers.
(function () {
  'use strict';
  var el = document.getElementById('peta-kerawanan');
  if (!el || !window.echarts) { return; }
  var d = el.dataset;
  var level = d.level || 'provinsi';
  var chart = echarts.init(el, null, { renderer: 'canvas' });
  window.mataGarudaKerawanan = { chart: chart };
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

  function fmt(v, digits) { return v === null || v === undefined ? '–' : Number(v).toFixed(digits); }

  function renderSkill(uji, fallback) {
    var body = document.querySelector('#tabel-uji tbody');
    if (!body) { return; }
    body.innerHTML = '';
    function row(label, s) {
      var tr = document.createElement('tr');
      [label, fmt(s.brier, 4), fmt(s.log_loss, 4), fmt(s.roc_auc, 3), fmt(s.pr_auc, 3)].forEach(function (t) {
        var td = document.createElement('td'); td.textContent = t; tr.appendChild(td);
      });
      body.appendChild(tr);
    }
    row('model: ' + uji.model.name, uji.model);
    Object.keys(uji.baselines).forEach(function (k) { row('garis dasar: ' + k, uji.baselines[k]); });
    var verdict = document.getElementById('vonis');
    if (verdict) {
      verdict.textContent = (fallback ? d.tFallback : d.tBeats) + ' (' + uji.best_baseline + '; ' +
        uji.test_periods[0] + '–' + uji.test_periods[uji.test_periods.length - 1] + ', skill ' +
        fmt(uji.brier_skill_vs_best_baseline, 3) + ').';
      verdict.className = fallback ? 'warning' : 'ok';
    }
  }

  function renderBands(pita) {
    var box = document.querySelector('#sebaran-pita ul');
    if (!box || !pita) { return; }
    box.innerHTML = '';
    pita.sebaran.forEach(function (b) {
      var li = document.createElement('li');
      li.setAttribute('data-band', b.kategori);
      li.textContent = b.kategori + ': ' + b.jumlah + ' (' + Math.round(b.bagian * 100) + '%)';
      box.appendChild(li);
    });
  }

  function renderSentence(k) {
    var p = document.getElementById('kalimat-keterampilan');
    if (!p || !k) { return; }
    p.textContent = p.getAttribute('lang') === 'en' ? k.en : k.id;
  }

  var first = true;

  function show(newLevel) {
    level = newLevel;
    chart.showLoading();
    Promise.all([getJson(d.geo + '?level=' + level), getJson(d.api + '?level=' + level)]).then(function (res) {
      var geo = res[0], risk = res[1];
      var polygons = geo.features.filter(function (f) { return f.geometry.type !== 'Point'; });
      echarts.registerMap('kerawanan-' + level, { type: 'FeatureCollection', features: polygons });
      var byKode = {};
      risk.wilayah.forEach(function (r) { byKode[r.kodeWilayah] = r; });
      var data = polygons.map(function (f) {
        var r = byKode[f.properties.kode];
        return { name: f.properties.kode, value: r ? r.probabilitas : null, risk: r,
          itemStyle: { areaColor: r ? colours[r.kategoriRisiko] : '#eeeeee' } };
      });
      chart.hideLoading();
      chart.setOption({
        tooltip: { trigger: 'item', formatter: function (p) {
          var r = p.data && p.data.risk;
          if (!r) { return p.name; }
          return '<b>' + r.nama + '</b><br>' + d.tProb + ': ' + Math.round(r.probabilitas * 100) + '%<br>' + r.kategoriRisiko;
        } },
        series: [{ type: 'map', map: 'kerawanan-' + level, nameProperty: 'kode', roam: true, data: data,
          itemStyle: { borderColor: '#7a7a7a', borderWidth: level === 'kabkota' ? 0.2 : 0.5 },
          emphasis: { label: { show: false } } }]
      }, true);
      el.setAttribute('data-count', String(data.length));
      el.setAttribute('data-shown-level', level);
      if (!first) { renderSkill(risk.uji, risk.garisDasarDipakai); renderBands(risk.pita); renderSentence(risk.keterampilan); }
      first = false;
    }).catch(function (e) { chart.hideLoading(); el.textContent = d.tFailed + ' (' + e.message + ')'; });
  }

  chart.on('click', function (p) { if (p.data && p.data.risk) { showDrivers(p.name); } });
  Array.prototype.forEach.call(document.querySelectorAll('.level-switch button'), function (b) {
    b.addEventListener('click', function () { show(b.getAttribute('data-level')); });
  });
  Object.keys(colours).forEach(function (k) {
    Array.prototype.forEach.call(document.querySelectorAll('.swatch.' + k.split(' ')[1]), function (sw) {
      sw.style.background = colours[k];
    });
  });
  show(level);
})();
