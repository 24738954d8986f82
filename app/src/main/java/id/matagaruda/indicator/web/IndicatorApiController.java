package id.matagaruda.indicator.web;

import id.matagaruda.indicator.CascadeNode;
import id.matagaruda.indicator.CatalogueFiles;
import id.matagaruda.indicator.CatalogueRow;
import id.matagaruda.indicator.ImportResult;
import id.matagaruda.indicator.IndicatorService;
import id.matagaruda.indicator.LinkSuggestion;
import id.matagaruda.indicator.SyncReportRow;
import id.matagaruda.indicator.Tingkat;
import id.matagaruda.region.RegionService;
import id.matagaruda.shared.FieldProblem;
import id.matagaruda.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Indikator", description = "Katalog indikator kinerja pusat-daerah dan sinkronisasinya")
class IndicatorApiController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final IndicatorService indicators;
    private final RegionService regions;

    IndicatorApiController(IndicatorService indicators, RegionService regions) {
        this.indicators = indicators;
        this.regions = regions;
    }

    record IndicatorJson(String kode, String nama, Tingkat tingkat, String kodeWilayah, String satuan, String polaritas,
            String frekuensi, BigDecimal baseline, Map<Integer, BigDecimal> targets, String kodeInduk, boolean wajibDaerah,
            String definisi, List<String> dataDukung, boolean kumulatif, String formula, String sumberData,
            String penanggungJawab, Integer tahunBaseline, BigDecimal nilaiMin, BigDecimal nilaiMaks, Integer desimal) {
        static IndicatorJson of(CatalogueRow r) {
            return new IndicatorJson(r.kode(), r.nama(), r.tingkat(), r.kodeWilayah(), r.satuan(), r.polaritas().code(),
                    r.frekuensi().code(), r.baseline(), new TreeMap<>(r.targets()), r.kodeInduk(), r.wajibDaerah(),
                    r.definisi(), r.dataDukung(), r.kumulatif(), r.details().formula(), r.details().sumberData(),
                    r.details().penanggungJawab(), r.details().tahunBaseline(), r.details().nilaiMin(),
                    r.details().nilaiMaks(), r.details().desimal());
        }
    }

    record Decision(String kodeDaerah, String kodeNasional, String keputusan) {}

    @GetMapping("/api/v1/indicators")
    @Operation(summary = "Daftar indikator dalam cakupan pengguna, disaring wilayah dan tingkat")
    List<IndicatorJson> list(@RequestParam(required = false) String region, @RequestParam(required = false) String level) {
        return indicators.list(region, parseLevel(level)).stream().map(IndicatorJson::of).toList();
    }

    @GetMapping("/api/v1/indicators/{kode}")
    @Operation(summary = "Satu indikator")
    IndicatorJson one(@PathVariable String kode) {
        return IndicatorJson.of(indicators.get(kode));
    }

    @GetMapping("/api/v1/indicators/{kode}/value-rule")
    @Operation(summary = "Aturan nilai yang berlaku: rentang, desimal, bilangan bulat, dan sumbernya (aturan satuan "
            + "methodology/unit-rules.yaml atau rentang yang ditetapkan katalog)")
    id.matagaruda.indicator.ValueRule valueRule(@PathVariable String kode) {
        return indicators.valueRule(indicators.get(kode));
    }

    @GetMapping("/api/v1/indicators/{kode}/cascade")
    @Operation(summary = "Pohon kinerja: akar nasional indikator ini dan semua indikator yang membawanya")
    CascadeNode cascade(@PathVariable String kode) {
        return indicators.cascade(kode);
    }

    @PostMapping(value = "/api/v1/indicators/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Impor katalog CSV/XLSX; berkas dengan kesalahan ditolak seluruhnya (daftar baris, kolom, masalah)")
    ImportResult importFile(@RequestParam("file") MultipartFile file) throws IOException {
        if (file.isEmpty()) {
            throw new InvalidInputException(FieldProblem.of("file", "indicator.import.empty"));
        }
        return indicators.importCatalogue(file.getInputStream());
    }

    @GetMapping("/api/v1/indicators/export")
    @Operation(summary = "Ekspor katalog (format pertukaran yang sama dengan impor) sebagai CSV atau XLSX")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String region,
            @RequestParam(defaultValue = "csv") String format) throws IOException {
        List<CatalogueRow> rows = indicators.list(region, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean xlsx = checkFormat(format, false).equals("xlsx");
        if (xlsx) {
            CatalogueFiles.writeXlsx(rows, out);
        } else {
            CatalogueFiles.writeCsv(rows, out);
        }
        return file(out, xlsx ? XLSX : CSV, "katalog-indikator" + (xlsx ? ".xlsx" : ".csv"));
    }

    @GetMapping("/api/v1/indicators/template")
    @Operation(summary = "Templat XLSX untuk operator, dengan daftar pilihan dan validasi")
    ResponseEntity<byte[]> template() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> codes = new java.util.ArrayList<>(List.of("00"));
        regions.list(id.matagaruda.region.RegionLevel.PROVINSI, null).forEach(r -> codes.add(r.kode()));
        regions.list(id.matagaruda.region.RegionLevel.KABKOTA, null).forEach(r -> codes.add(r.kode()));
        CatalogueFiles.template(out, codes, indicators.list(null, null).stream().map(CatalogueRow::kode).toList());
        return file(out, XLSX, "templat-katalog-indikator.xlsx");
    }

    @GetMapping("/api/v1/sync/report")
    @Operation(summary = "Laporan sinkronisasi (JSON, CSV atau XLSX); region=00 untuk cek agregat nasional")
    ResponseEntity<?> report(@RequestParam(required = false) String region,
            @RequestParam(defaultValue = "json") String format) throws IOException {
        List<SyncReportRow> report = indicators.syncReport(region);
        String f = checkFormat(format, true);
        if (f.equals("json")) {
            return ResponseEntity.ok(report);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (f.equals("xlsx")) {
            CatalogueFiles.writeReportXlsx(report, out);
            return file(out, XLSX, "laporan-sinkronisasi.xlsx");
        }
        CatalogueFiles.writeReportCsv(report, out);
        return file(out, CSV, "laporan-sinkronisasi.csv");
    }

    @GetMapping("/api/v1/sync/suggestions")
    @Operation(summary = "Saran kode_induk untuk indikator daerah yang belum bertaut (tanpa yang sudah ditolak)")
    List<LinkSuggestion> suggestions(@RequestParam(required = false) String region) {
        return indicators.suggestions(region);
    }

    @PostMapping("/api/v1/sync/suggestions/decision")
    @Operation(summary = "Terima (menjadi kode_induk) atau tolak sebuah saran; diaudit dan diingat")
    ResponseEntity<Void> decide(@RequestBody Decision decision) {
        if (decision.kodeDaerah() == null || decision.kodeDaerah().isBlank()) {
            throw new InvalidInputException(FieldProblem.of("kodeDaerah", "validation.NotBlank"));
        }
        if (decision.kodeNasional() == null || decision.kodeNasional().isBlank()) {
            throw new InvalidInputException(FieldProblem.of("kodeNasional", "validation.NotBlank"));
        }
        String k = decision.keputusan() == null ? "" : decision.keputusan().trim();
        if (!k.equals("diterima") && !k.equals("ditolak")) {
            throw new InvalidInputException(FieldProblem.of("keputusan", "indicator.decision.value"));
        }
        indicators.decide(decision.kodeDaerah(), decision.kodeNasional(), k.equals("diterima"));
        return ResponseEntity.noContent().build();
    }

    record PlanStatus(String status, Integer version) {}

    @GetMapping("/api/v1/plans")
    @Operation(summary = "Rencana (RPJMN, RPJMD, Renstra) dalam cakupan pengguna")
    List<id.matagaruda.indicator.Plan> plans() {
        return indicators.plans();
    }

    @PostMapping("/api/v1/plans/{id}/status")
    @Operation(summary = "Tetapkan rencana final (tidak menerima impor) atau kembalikan ke draft; kirim version yang dibaca")
    id.matagaruda.indicator.Plan planStatus(@PathVariable long id, @RequestBody PlanStatus body) {
        return indicators.setPlanStatus(id, body.status(), body.version());
    }

    private static Tingkat parseLevel(String level) {
        if (level == null || level.isBlank()) {
            return null;
        }
        return Tingkat.fromCode(level).orElseThrow(() -> new InvalidInputException(
                FieldProblem.of("level", "indicator.level.invalid", level)));
    }

    private static String checkFormat(String format, boolean json) {
        String f = format == null ? "" : format.trim().toLowerCase(java.util.Locale.ROOT);
        if (f.equals("csv") || f.equals("xlsx") || (json && f.equals("json"))) {
            return f;
        }
        throw new InvalidInputException(FieldProblem.of("format", json ? "indicator.format.report" : "indicator.format.export", format));
    }

    static ResponseEntity<byte[]> file(ByteArrayOutputStream out, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(out.toByteArray());
    }

    /** An unreadable file answers 400 in the caller's language; a refused catalogue is answered by FileRejections. */
    @RestControllerAdvice(assignableTypes = IndicatorApiController.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class Errors {

        private final org.springframework.context.MessageSource messages;

        Errors(org.springframework.context.MessageSource messages) {
            this.messages = messages;
        }

        @ExceptionHandler(IOException.class)
        ProblemDetail unreadable(IOException e) {
            java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
            ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.getMessage(
                    "catalogue.api.unreadable", new Object[] {String.valueOf(e.getMessage())}, locale));
            pd.setTitle(messages.getMessage("catalogue.api.unreadable.title", null, locale));
            return pd;
        }

        private String text(String key, Object... args) {
            return messages.getMessage(key, args, key, org.springframework.context.i18n.LocaleContextHolder.getLocale());
        }
    }
}
