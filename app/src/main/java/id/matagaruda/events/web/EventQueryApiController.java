package id.matagaruda.events.web;

import id.matagaruda.access.AccessPolicy;
import id.matagaruda.events.CategoryTrend;
import id.matagaruda.events.EventFilter;
import id.matagaruda.events.EventPage;
import id.matagaruda.events.EventQueries;
import id.matagaruda.events.EventView;
import id.matagaruda.events.LakeStatus;
import id.matagaruda.events.RegionRate;
import id.matagaruda.events.SourceCount;
import id.matagaruda.lake.AggregateQuery;
import id.matagaruda.shared.FieldProblem;
import id.matagaruda.shared.InvalidInputException;
import id.matagaruda.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only questions to the event lake, each limited to the caller's region scope. */
@RestController
@Tag(name = "Peristiwa", description = "Pemantauan isu: peristiwa dari danau data, angka per 100.000 penduduk, tren "
        + "per kategori, per sumber; selalu dalam cakupan wilayah pengguna")
class EventQueryApiController {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private final EventQueries queries;
    private final AccessPolicy access;

    EventQueryApiController(EventQueries queries, AccessPolicy access) {
        this.queries = queries;
        this.access = access;
    }

    @GetMapping("/api/v1/events")
    @Operation(summary = "Daftar peristiwa terbaru dahulu, disaring wilayah (provinsi atau kab/kota), kategori, sumber, "
            + "periode (dari/sampai, TTTT-BB-HH) dan teks (q, min. 2 karakter); limit paling banyak 200. Wilayah di luar "
            + "cakupan: 403")
    EventPage list(@RequestParam(required = false) String wilayah, @RequestParam(required = false) String kategori,
            @RequestParam(required = false) String sumber, @RequestParam(required = false) String dari,
            @RequestParam(required = false) String sampai, @RequestParam(required = false) String q,
            @RequestParam(required = false) String limit, @RequestParam(required = false) String offset) {
        return queries.list(EventFilter.parse(wilayah, kategori, sumber, dari, sampai, q, limit, offset), scope());
    }

    @GetMapping("/api/v1/events/{sumber}/{*id}")
    @Operation(summary = "Satu peristiwa menurut sumber dan id; 404 bila tidak ada atau di luar cakupan wilayah")
    EventView one(@PathVariable String sumber, @Parameter(description = "id peristiwa pada sumbernya") @PathVariable String id) {
        String key = id.startsWith("/") ? id.substring(1) : id;
        return queries.find(sumber, key, scope()).orElseThrow(() -> new NotFoundException("events.notfound", sumber, key));
    }

    @GetMapping("/api/v1/events/peta")
    @Operation(summary = "Jumlah peristiwa satu bulan dan angka per 100.000 penduduk untuk setiap kab/kota atau provinsi "
            + "dalam cakupan (nol bila tidak ada), untuk peta; kategori opsional")
    List<RegionRate> rates(@RequestParam(defaultValue = "kabkota") String level, @RequestParam String bulan,
            @RequestParam(required = false) String kategori) {
        return queries.rates(level(level), month(bulan), blankToNull(kategori), scope());
    }

    @GetMapping("/api/v1/events/tren")
    @Operation(summary = "Jumlah peristiwa per kategori per periode (month: TTTT-BB, week: TTTT-Wmm) dalam satu wilayah")
    List<CategoryTrend> trend(@RequestParam(required = false) String wilayah,
            @RequestParam(defaultValue = "month") String periode) {
        return queries.trend(blankToNull(wilayah), period(periode), scope());
    }

    @GetMapping("/api/v1/events/sumber")
    @Operation(summary = "Jumlah peristiwa per sumber dengan saringan yang sama seperti daftar")
    List<SourceCount> sources(@RequestParam(required = false) String wilayah,
            @RequestParam(required = false) String kategori, @RequestParam(required = false) String dari,
            @RequestParam(required = false) String sampai, @RequestParam(required = false) String q) {
        return queries.bySource(EventFilter.parse(wilayah, kategori, null, dari, sampai, q, null, null), scope());
    }

    @GetMapping("/api/v1/events/status")
    @Operation(summary = "Status danau data: jumlah peristiwa dalam cakupan, bulan yang ada, jumlah berkas, waktu berkas terbaru")
    LakeStatus status() {
        return queries.status(scope());
    }

    private String scope() {
        return access.requireUser().regionKode();
    }

    static AggregateQuery.Level level(String level) {
        String l = level == null ? "" : level.trim().toLowerCase(Locale.ROOT);
        return switch (l) {
            case "kabkota" -> AggregateQuery.Level.KABKOTA;
            case "provinsi" -> AggregateQuery.Level.PROVINSI;
            default -> throw new InvalidInputException(FieldProblem.of("level", "events.level.invalid", level));
        };
    }

    static AggregateQuery.Period period(String periode) {
        String p = periode == null ? "" : periode.trim().toLowerCase(Locale.ROOT);
        return switch (p) {
            case "month", "bulan" -> AggregateQuery.Period.MONTH;
            case "week", "minggu" -> AggregateQuery.Period.WEEK;
            default -> throw new InvalidInputException(FieldProblem.of("periode", "events.periode.invalid", periode));
        };
    }

    static YearMonth month(String bulan) {
        String b = bulan == null ? "" : bulan.trim();
        if (MONTH.matcher(b).matches()) {
            try {
                return YearMonth.parse(b);
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        throw new InvalidInputException(FieldProblem.of("bulan", "events.bulan.format", bulan));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
