package id.matagaruda.index.web;

import id.matagaruda.index.CategoryBand;
import id.matagaruda.index.IndexDatasets;
import id.matagaruda.index.IndexEngine;
import id.matagaruda.index.IndexSpec;
import id.matagaruda.index.IndexSpecs;
import id.matagaruda.index.IndexFiles;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The index pages: the list of built-in indices ("Indeks") and one index with its map, ranks, trend, tree and what-if. */
@Controller
class IndexPageController {

    /** The page's rank interval: enough runs for stable 5th-95th percentiles of 38 provinces, fast enough to wait for. */
    static final int PAGE_RUNS = 200;
    static final long PAGE_SEED = 1;

    private final IndexDatasets datasets;

    IndexPageController(IndexDatasets datasets) {
        this.datasets = datasets;
    }

    record Card(IndexSpec spec, boolean demo, int firstYear, int lastYear, List<String> levels, int indicators) {}

    /** One slider of the what-if panel: a child of the root with its declared share in percent. */
    record Slider(String id, String name, String kind, long percent) {}

    /** A category band as the legend reads it, e.g. "60 – < 70". */
    record Band(String label, String range) {
        static Band of(CategoryBand b) {
            String min = b.min() == null ? null : IndexFiles.plain(b.min());
            String max = b.max() == null ? null : IndexFiles.plain(b.max());
            String upper = (b.maxInclusive() ? "≤ " : "< ") + max;
            String range = min == null ? upper
                    : max == null ? (b.minInclusive() ? "≥ " : "> ") + min
                    : (b.minInclusive() ? "" : "> ") + min + " – " + upper;
            return new Band(b.label(), range);
        }
    }

    record TableRow(String kode, String nama, BigDecimal nilai, String kategori, Integer peringkat, Integer p05,
            Integer p95, BigDecimal nilaiPublikasi, String catatan) {}

    @GetMapping("/indeks")
    String list(Model model) {
        List<Card> cards = IndexSpecs.builtIns().stream().map(spec -> {
            IndexDatasets.Stored stored = datasets.dataset(spec.id());
            List<Integer> years = stored.years();
            return new Card(spec, stored.demo(), years.get(0), years.get(years.size() - 1), stored.levels(),
                    spec.indicators().size());
        }).toList();
        model.addAttribute("cards", cards);
        return "index/list";
    }

    @GetMapping("/indeks/{id}")
    String detail(@PathVariable String id, @RequestParam(required = false) Integer tahun, Model model) {
        IndexDatasets.Stored stored = datasets.dataset(id);
        IndexSpec spec = stored.spec();
        List<Integer> years = stored.years();
        int year = tahun != null ? tahun : years.get(years.size() - 1);
        IndexDatasets.Ranking ranking = datasets.ranking(spec.id(), year, "provinsi", PAGE_RUNS, PAGE_SEED);
        Map<String, IndexDatasets.RankRow> intervals = new HashMap<>();
        ranking.rows().forEach(r -> intervals.put(r.kodeWilayah(), r));
        List<TableRow> rows = datasets.results(spec.id(), "provinsi", year, null).stream()
                .sorted(java.util.Comparator.comparing(IndexDatasets.Row::peringkat,
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .map(r -> {
                    IndexDatasets.RankRow interval = intervals.get(r.kodeWilayah());
                    return new TableRow(r.kodeWilayah(), r.nama(), r.nilai(), r.kategori(), r.peringkat(),
                            interval == null ? null : interval.peringkatP05(),
                            interval == null ? null : interval.peringkatP95(), r.nilaiPublikasi(), r.catatan());
                }).toList();
        IndexDatasets.Row national = stored.levels().contains("nasional")
                ? datasets.results(spec.id(), "nasional", year, null).stream().findFirst().orElse(null) : null;
        Map<String, Double> shares = IndexEngine.declaredWeights(spec);
        List<Slider> sliders = spec.root().children().stream()
                .map(c -> new Slider(c.id(), c.name() == null ? c.id() : c.name(), c.kind(),
                        Math.round(100 * shares.getOrDefault(c.id(), 0.0))))
                .toList();
        List<CategoryBand> bands = spec.categories().getOrDefault("provinsi", spec.categories().get("default"));
        model.addAttribute("spec", spec);
        model.addAttribute("stored", stored);
        model.addAttribute("years", years);
        model.addAttribute("year", year);
        // as text, or the message format would print 2021 as "2.021"
        model.addAttribute("yearText", String.valueOf(year));
        model.addAttribute("rows", rows);
        model.addAttribute("national", national);
        model.addAttribute("nationalPublished", stored.published().get("00|" + year));
        model.addAttribute("sliders", sliders);
        model.addAttribute("shares", shares);
        model.addAttribute("bands", bands == null ? List.of() : bands.stream().map(Band::of).toList());
        model.addAttribute("hasKabkota", stored.levels().contains("kabkota"));
        model.addAttribute("hasPublished", rows.stream().anyMatch(r -> r.nilaiPublikasi() != null));
        model.addAttribute("hasNotes", rows.stream().anyMatch(r -> r.catatan() != null));
        model.addAttribute("runs", PAGE_RUNS);
        model.addAttribute("seed", PAGE_SEED);
        model.addAttribute("treeHeight", Math.max(320, spec.indicators().size() * 26 + 40));
        return "index/detail";
    }
}
