package id.matagaruda.index.web;

import id.matagaruda.index.IndexDatasets;
import id.matagaruda.index.IndexSpec;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The stored dataset of each built-in index through the API: values, years, rank intervals and "what if" weights. */
@RestController
@Tag(name = "Indeks", description = "Indeks komposit: spesifikasi metodologi, perhitungan, sensitivitas dan audit")
class IndexDataController {

    private final IndexDatasets datasets;

    IndexDataController(IndexDatasets datasets) {
        this.datasets = datasets;
    }

    /** {@code publikasi} lists the official national values, where published, for comparison with the computed ones. */
    record Results(String indeks, String nama, String spesifikasi, boolean demo, String sumber, String tingkat,
            Integer tahun, List<IndexDatasets.Row> rows, List<Published> publikasi) {}

    record Published(int tahun, BigDecimal nilai) {}

    record Years(String indeks, boolean demo, String sumber, List<Integer> tahun, List<String> tingkat) {}

    record WhatIfRequest(Integer year, String level, Map<String, Double> weights) {}

    @GetMapping("/api/v1/indices/{id}/results")
    @Operation(summary = "Nilai terhitung dari data tersimpan per tingkat (nasional, provinsi, kabkota) dan tahun, "
            + "dengan kategori, peringkat, penanda data demo dan asal-usul")
    Results results(@PathVariable String id, @RequestParam(defaultValue = "provinsi") String level,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String parent) {
        IndexDatasets.Stored stored = datasets.dataset(id);
        IndexSpec spec = stored.spec();
        List<IndexDatasets.Row> rows = datasets.results(id, level, year, parent);
        List<Published> published = stored.published().entrySet().stream()
                .filter(e -> e.getKey().startsWith("00|"))
                .map(e -> new Published(Integer.parseInt(e.getKey().substring(3)), e.getValue()))
                .filter(p -> year == null || p.tahun() == year)
                .sorted(Comparator.comparingInt(Published::tahun))
                .toList();
        String tingkat = rows.isEmpty() ? level : rows.get(0).tingkat();
        return new Results(spec.id(), spec.name(), spec.ref(), stored.demo(), stored.source(), tingkat, year, rows,
                "nasional".equals(tingkat) ? published : List.of());
    }

    @GetMapping("/api/v1/indices/{id}/years")
    @Operation(summary = "Tahun dan tingkat wilayah yang ada dalam data tersimpan suatu indeks")
    Years years(@PathVariable String id) {
        IndexDatasets.Stored stored = datasets.dataset(id);
        return new Years(stored.spec().id(), stored.demo(), stored.source(), stored.years(), stored.levels());
    }

    @GetMapping("/api/v1/indices/{id}/ranking")
    @Operation(summary = "Peringkat satu tahun dengan interval peringkat Monte Carlo p05-p95 (benih sama, hasil sama)")
    IndexDatasets.Ranking ranking(@PathVariable String id, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "provinsi") String level, @RequestParam(defaultValue = "200") int runs,
            @RequestParam(defaultValue = "1") long seed) {
        IndexDatasets.Stored stored = datasets.dataset(id);
        int tahun = year != null ? year : stored.years().get(stored.years().size() - 1);
        return datasets.ranking(id, tahun, level, runs, seed);
    }

    @PostMapping(value = "/api/v1/indices/{id}/whatif", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Hitung ulang satu tahun dengan bobot relatif lain untuk simpul yang disebut; "
            + "hasil: nilai dan peringkat awal, baru, dan perubahan peringkat")
    IndexDatasets.WhatIf whatIf(@PathVariable String id, @RequestBody WhatIfRequest request) {
        datasets.dataset(id);
        return datasets.whatIf(id, request.year(), request.level(), request.weights());
    }
}
