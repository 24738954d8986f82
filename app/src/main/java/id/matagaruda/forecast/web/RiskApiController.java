package id.matagaruda.forecast.web;

import id.matagaruda.forecast.Alert;
import id.matagaruda.forecast.AlertService;
import id.matagaruda.forecast.RegionRisk;
import id.matagaruda.forecast.RiskBands;
import id.matagaruda.forecast.SkillSentence;
import id.matagaruda.forecast.RiskForecast;
import id.matagaruda.forecast.RiskService;
import id.matagaruda.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Risk forecasts, their backtest and drivers, and the early-warning alerts over HTTP, all within the user's scope. */
@RestController
@Tag(name = "Kerawanan", description = "Ramalan kerawanan konflik, uji balik, pendorong, peringatan dini")
class RiskApiController {

    private final RiskService risk;
    private final AlertService alerts;

    RiskApiController(RiskService risk, AlertService alerts) {
        this.risk = risk;
        this.alerts = alerts;
    }

    record StatusChange(String status, Integer version, String catatan) {}

    @GetMapping("/api/v1/risk")
    @Operation(summary = "Ramalan per wilayah (provinsi: UCDP tahunan; kabkota: danau kejadian bulanan) dan ringkasan uji")
    Map<String, Object> forecast(@RequestParam(defaultValue = "provinsi") String level) {
        RiskForecast f = risk.forecast(level).orElseThrow(() -> new NotFoundException("forecast.level.empty", level));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("tingkat", f.backtest().settings().level().code());
        out.put("periode", f.periode());
        out.put("metode", f.metode());
        out.put("garisDasarDipakai", f.fallback());
        out.put("uji", f.backtest().toMetrics());
        out.put("keterampilan", Map.of("id", SkillSentence.indonesian(f.backtest()),
                "en", SkillSentence.english(f.backtest())));
        List<RegionRisk> regions = risk.regionsInScope(f);
        out.put("pita", bands(f, regions));
        out.put("wilayah", regions);
        return out;
    }

    /** The bands' method and base rate, and how many of the shown regions fall in each band. */
    static Map<String, Object> bands(RiskForecast f, List<RegionRisk> regions) {
        Map<String, Object> pita = new LinkedHashMap<>();
        pita.put("acuan", f.acuanPita());
        pita.put("tingkatDasar", Math.round(f.tingkatDasar() * 1e4) / 1e4);
        List<Map<String, Object>> sebaran = new java.util.ArrayList<>();
        Map<String, Long> counts = RiskBands.counts(regions);
        RiskBands.shares(regions).forEach((band, share) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kategori", band);
            row.put("jumlah", counts.get(band));
            row.put("bagian", Math.round(share * 1e4) / 1e4);
            sebaran.add(row);
        });
        pita.put("sebaran", sebaran);
        return pita;
    }

    @GetMapping("/api/v1/risk/backtest")
    @Operation(summary = "Ringkasan uji balik: model vs garis dasar pada periode yang disisihkan")
    Map<String, Object> backtest(@RequestParam(defaultValue = "provinsi") String level) {
        RiskForecast f = risk.forecast(level).orElseThrow(() -> new NotFoundException("forecast.level.empty", level));
        return f.backtest().toMetrics();
    }

    @GetMapping("/api/v1/risk/regions/{kode}")
    @Operation(summary = "Ramalan dan pendorong satu wilayah")
    RegionRisk region(@PathVariable String kode, @RequestParam(defaultValue = "provinsi") String level) {
        return risk.region(level, kode);
    }

    @GetMapping("/api/v1/alerts")
    @Operation(summary = "Peringatan dini dalam cakupan pengguna")
    List<Alert> list(@RequestParam(required = false) String region) {
        return alerts.list(region);
    }

    @PostMapping("/api/v1/alerts/detect")
    @Operation(summary = "Deteksi lonjakan sekarang dari danau kejadian (analis/admin pusat)")
    List<Alert> detect() {
        return alerts.detectNow();
    }

    @PostMapping("/api/v1/alerts/{id}/status")
    @Operation(summary = "Ubah status peringatan pada versi yang terakhir dibaca (409 bila sudah diubah orang lain)")
    Alert status(@PathVariable long id, @RequestBody StatusChange body) {
        return alerts.changeStatus(id, body.status(), body.version(), body.catatan());
    }
}
