package id.matagaruda.index.web;

import id.matagaruda.index.AuditReport;
import id.matagaruda.index.IndexCatalogue;
import id.matagaruda.index.IndexEngine;
import id.matagaruda.index.IndexResult;
import id.matagaruda.index.IndexSpec;
import id.matagaruda.index.IndexInputs;
import id.matagaruda.index.SensitivityOptions;
import id.matagaruda.index.SensitivityReport;
import id.matagaruda.shared.FileRejectedException;
import id.matagaruda.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Indeks", description = "Indeks komposit: spesifikasi metodologi, perhitungan, sensitivitas dan audit")
class IndexApiController {

    private final IndexCatalogue catalogue;

    IndexApiController(IndexCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    record SpecSummary(String id, String name, String version, boolean provisional, String source) {
        static SpecSummary of(IndexSpec s) {
            return new SpecSummary(s.id(), s.name(), s.version(), s.provisional(), s.source());
        }
    }

    /** The spec tree as written, plus each node's weight within its parent normalised to one. */
    record SpecView(IndexSpec spec, String ref, Map<String, Double> normalisedWeights) {}

    @GetMapping("/api/v1/indices")
    @Operation(summary = "Indeks bawaan: id, nama, versi, dan apakah metodologinya sementara")
    List<SpecSummary> list() {
        return catalogue.specs().stream().map(SpecSummary::of).toList();
    }

    @GetMapping("/api/v1/indices/{id}")
    @Operation(summary = "Pohon spesifikasi satu indeks dengan bobotnya")
    SpecView one(@PathVariable String id) {
        IndexSpec spec = catalogue.spec(id);
        return new SpecView(spec, spec.ref(), IndexEngine.declaredWeights(spec));
    }

    @PostMapping(value = "/api/v1/indices/{id}/compute", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Hitung dari CSV kode_wilayah,tahun,indikator,nilai; rollup=true menambah provinsi dan nasional")
    List<IndexResult> compute(@PathVariable String id, @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean rollup) throws IOException {
        catalogue.spec(id);
        try (InputStream in = open(file)) {
            return catalogue.compute(id, in, rollup);
        }
    }

    @PostMapping(value = "/api/v1/indices/{id}/sensitivity", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Interval peringkat Monte Carlo (p05-p95) dan indeks sensitivitas; benih sama, hasil sama")
    SensitivityReport sensitivity(@PathVariable String id, @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "1000") int runs, @RequestParam(defaultValue = "1") long seed,
            @RequestParam(defaultValue = "0.2") double noise,
            @RequestParam(defaultValue = "spec,minmax,rank") List<String> normalisations,
            @RequestParam(defaultValue = "spec,arithmetic,geometric") List<String> aggregations) throws IOException {
        catalogue.spec(id);
        SensitivityOptions options = new SensitivityOptions(runs, seed, noise, normalisations, aggregations);
        try (InputStream in = open(file)) {
            return catalogue.sensitivity(id, in, options);
        }
    }

    @PostMapping(value = "/api/v1/indices/{id}/audit", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Audit statistik: data kosong, korelasi, alpha Cronbach, varians komponen utama")
    AuditReport audit(@PathVariable String id, @RequestParam("file") MultipartFile file) throws IOException {
        catalogue.spec(id);
        try (InputStream in = open(file)) {
            return catalogue.audit(id, in);
        }
    }

    private static InputStream open(MultipartFile file) throws IOException {
        if (file.isEmpty()) {
            throw new FileRejectedException(IndexInputs.SUBJECT, List.of(id.matagaruda.shared.RowProblem.of(0, "file", "index.input.emptyFile")));
        }
        return file.getInputStream();
    }

    /** An unknown index answers 404, an unreadable file 400, in the caller's language. */
    @RestControllerAdvice(assignableTypes = IndexApiController.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class Errors {

        private final org.springframework.context.MessageSource messages;

        Errors(org.springframework.context.MessageSource messages) {
            this.messages = messages;
        }

        @ExceptionHandler(NotFoundException.class)
        ProblemDetail notFound(NotFoundException e) {
            ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                    text("index.api.notFound", e.args().isEmpty() ? "" : String.valueOf(e.args().get(0))));
            pd.setTitle(text("index.api.notFound.title"));
            return pd;
        }

        @ExceptionHandler(IOException.class)
        ProblemDetail unreadable(IOException e) {
            ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    text("index.api.unreadable", String.valueOf(e.getMessage())));
            pd.setTitle(text("index.api.unreadable.title"));
            return pd;
        }

        private String text(String key, Object... args) {
            return messages.getMessage(key, args, key, org.springframework.context.i18n.LocaleContextHolder.getLocale());
        }
    }
}
