package id.matagaruda.reporting.web;

import id.matagaruda.reporting.Capaian;
import id.matagaruda.reporting.Completeness;
import id.matagaruda.reporting.EvidenceChecklist;
import id.matagaruda.reporting.SubmissionRefusedException;
import id.matagaruda.reporting.VerificationChainException;
import id.matagaruda.reporting.Evidence;
import id.matagaruda.reporting.EvidenceFile;
import id.matagaruda.reporting.Realisation;
import id.matagaruda.reporting.Reminder;
import id.matagaruda.reporting.ReportingService;
import id.matagaruda.reporting.internal.EvidenceStore;
import id.matagaruda.shared.NumberReader;
import id.matagaruda.shared.FieldProblem;
import id.matagaruda.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;

@RestController
@Tag(name = "Pelaporan", description = "Realisasi, data dukung, verifikasi, capaian, kelengkapan")
class ReportingApiController {

    private final ReportingService reporting;
    private final MessageSource messages;

    ReportingApiController(ReportingService reporting, MessageSource messages) {
        this.reporting = reporting;
        this.messages = messages;
    }

    /** {@code value} may be a JSON number or a text with a decimal comma, as operators type it. */
    record RealisationRequest(String indicator, String region, String period, JsonNode value, String note,
            String outlierConfirmation, Integer version) {}

    record Reason(String reason) {}

    record Link(String url, String type) {}

    @PostMapping("/api/v1/realizations")
    @Operation(summary = "Isi realisasi (indicator, region, period, value, note); 201 dengan id dan version")
    ResponseEntity<Realisation> create(@RequestBody RealisationRequest body) {
        Realisation r = reporting.create(body.indicator(), body.region(), body.period(), NumberReader.of(body.value(), "value"), body.note(),
                body.outlierConfirmation());
        return ResponseEntity.created(URI.create("/api/v1/realizations/" + r.id())).eTag(etag(r)).body(r);
    }

    @GetMapping("/api/v1/realizations/{id}")
    @Operation(summary = "Satu realisasi: nilai, status, versi, data dukung, riwayat transisi dan alasannya")
    ResponseEntity<Realisation> one(@PathVariable long id) {
        Realisation r = reporting.get(id);
        return ResponseEntity.ok().eTag(etag(r)).body(r);
    }

    @GetMapping("/api/v1/realizations")
    @Operation(summary = "Daftar realisasi dalam cakupan, disaring wilayah, periode, status")
    List<Realisation> list(@RequestParam(required = false) String region, @RequestParam(required = false) String period,
            @RequestParam(required = false) String status) {
        return reporting.list(region, period, status);
    }

    @PutMapping("/api/v1/realizations/{id}")
    @Operation(summary = "Ubah realisasi draft/dikembalikan; wajib versi saat ini (If-Match atau version), 409 bila usang")
    ResponseEntity<Realisation> update(@PathVariable long id, @RequestBody RealisationRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Integer version = body.version() != null ? body.version() : parseEtag(ifMatch);
        Realisation r = reporting.update(id, version, NumberReader.of(body.value(), "value"), body.note(),
                body.outlierConfirmation());
        return ResponseEntity.ok().eTag(etag(r)).body(r);
    }

    @PostMapping(value = "/api/v1/realizations/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Unggah data dukung (PDF, XLSX, CSV, DOCX, JPG/PNG); 201 dengan sha256")
    ResponseEntity<Evidence> upload(@PathVariable long id, @RequestParam("file") MultipartFile file,
            @RequestParam("type") String type) throws IOException {
        if (file.isEmpty()) {
            throw new InvalidInputException(FieldProblem.of("file", "reporting.evidence.empty"));
        }
        try (InputStream in = file.getInputStream()) {
            Evidence e = reporting.attachFile(id, in, file.getOriginalFilename(), type);
            return ResponseEntity.created(URI.create("/api/v1/realizations/" + id + "/evidence/" + e.sha256())).body(e);
        }
    }

    @PostMapping(value = "/api/v1/realizations/{id}/evidence", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Lampirkan tautan sebagai data dukung (url, type)")
    ResponseEntity<Evidence> link(@PathVariable long id, @RequestBody Link link) {
        return ResponseEntity.status(HttpStatus.CREATED).body(reporting.attachLink(id, link.url(), link.type()));
    }

    @GetMapping("/api/v1/realizations/{id}/evidence/{sha256}")
    @Operation(summary = "Unduh data dukung; hash diperiksa ulang, berkas rusak tidak pernah dikirim")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String sha256,
            @RequestParam(defaultValue = "false") boolean inline) throws IOException {
        EvidenceFile f = reporting.download(id, sha256);
        // Only PDF and images open in the browser for preview; everything else is always a download.
        boolean preview = inline && (f.contentType().equals("application/pdf") || f.contentType().startsWith("image/"));
        ContentDisposition disposition = (preview ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(f.name(), java.nio.charset.StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(f.content());
    }

    @PostMapping("/api/v1/realizations/{id}/submit")
    @Operation(summary = "Ajukan untuk verifikasi; 422 menyebut tiap jenis data dukung wajib yang belum ada, atau nilai "
            + "tidak wajar yang belum dikonfirmasi dengan komentar")
    Realisation submit(@PathVariable long id) {
        return reporting.submit(id);
    }

    @PostMapping("/api/v1/realizations/{id}/approve")
    @Operation(summary = "Setujui: kab/kota oleh verifikator provinsinya, provinsi oleh verifikator pusat (kab/kota oleh "
            + "pusat hanya setelah diambil alih); 409 bila berkas data dukung gagal cek ulang hash")
    Realisation approve(@PathVariable long id) {
        return reporting.approve(id);
    }

    @PostMapping("/api/v1/realizations/{id}/return")
    @Operation(summary = "Kembalikan ke operator dengan alasan wajib")
    Realisation returnIt(@PathVariable long id, @RequestBody(required = false) Reason reason) {
        return reporting.returnWithReason(id, reason == null ? null : reason.reason());
    }

    @PostMapping("/api/v1/realizations/{id}/reopen")
    @Operation(summary = "Buka kembali nilai yang sudah disetujui (verifikator atau admin, dengan alasan)")
    Realisation reopen(@PathVariable long id, @RequestBody(required = false) Reason reason) {
        return reporting.reopen(id, reason == null ? null : reason.reason());
    }

    @PostMapping("/api/v1/realizations/{id}/takeover")
    @Operation(summary = "Ambil alih keputusan atas nilai kab/kota dari verifikator provinsi (verifikator pusat, dengan "
            + "alasan wajib); tercatat di riwayat dan audit, terlihat oleh provinsi")
    Realisation takeOver(@PathVariable long id, @RequestBody(required = false) Reason reason) {
        return reporting.takeOver(id, reason == null ? null : reason.reason());
    }

    @GetMapping("/api/v1/realizations/{id}/checklist")
    @Operation(summary = "Daftar periksa data dukung: jenis wajib, berkas (hash, pengunggah, waktu) dan hasil cek ulang hash")
    EvidenceChecklist checklist(@PathVariable long id) {
        return reporting.checklist(reporting.get(id));
    }

    record PeriodTarget(String indicator, String period, JsonNode value) {}

    @PutMapping("/api/v1/period-targets")
    @Operation(summary = "Tetapkan target semester/triwulan sebuah indikator (bila tidak, target tahunan yang berlaku)")
    PeriodTarget periodTarget(@RequestBody PeriodTarget body) {
        reporting.setPeriodTarget(body.indicator(), body.period(), NumberReader.of(body.value(), "value"));
        return body;
    }

    @GetMapping("/api/v1/achievements")
    @Operation(summary = "Capaian per realisasi yang disetujui (termasuk=diajukan untuk yang masih diajukan)")
    List<Capaian> achievements(@RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String period, @RequestParam(required = false) String termasuk) {
        return reporting.achievements(region, year, period, "diajukan".equals(termasuk));
    }

    @GetMapping("/api/v1/completeness")
    @Operation(summary = "Kelengkapan dan ketepatan waktu pelaporan per wilayah untuk satu periode")
    List<Completeness> completeness(@RequestParam String period) {
        return reporting.completeness(period);
    }

    @GetMapping("/api/v1/reminders")
    @Operation(summary = "Pengingat untuk verifikator: yang belum diajukan, dikembalikan, atau menunggu verifikasi")
    List<Reminder> reminders(@RequestParam String period) {
        return reporting.reminders(period);
    }

    /** A submission the value's state does not allow yet: 422 listing each missing piece, in the caller's language. */
    @ExceptionHandler(SubmissionRefusedException.class)
    ProblemDetail refused(SubmissionRefusedException e) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldProblem p : e.problems()) {
            errors.add(Map.of("field", p.field(), "rule", p.messageKey(),
                    "message", text(p.messageKey(), p.args().toArray())));
        }
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, errors.stream()
                .map(m -> m.get("field") + ": " + m.get("message")).collect(Collectors.joining("; ")));
        pd.setTitle(text("reporting.submit.refused.title"));
        pd.setProperty("errors", errors);
        return pd;
    }

    /** A decision outside the verification chain: 403 naming the chain, not the generic refusal. */
    @ExceptionHandler(VerificationChainException.class)
    ProblemDetail outsideChain(VerificationChainException e) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, text(e.messageKey(), e.args().toArray()));
        pd.setTitle(text("error.forbidden.title"));
        pd.setProperty("rule", e.messageKey());
        return pd;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private static String etag(Realisation r) {
        return "\"" + r.version() + "\"";
    }

    private static Integer parseEtag(String ifMatch) {
        if (ifMatch == null) {
            return null;
        }
        try {
            return Integer.valueOf(ifMatch.replace("W/", "").replace("\"", "").trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(FieldProblem.of("If-Match", "validation.version"));
        }
    }

    /** Evidence problems as the HTTP statuses clients expect: 413 too large, 415 wrong type, 500 corrupt on disk. */
    @RestControllerAdvice(assignableTypes = ReportingApiController.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class Errors {

        private final MessageSource messages;

        Errors(MessageSource messages) {
            this.messages = messages;
        }

        @ExceptionHandler(ReportingService.UnsupportedEvidenceException.class)
        ProblemDetail unsupported(ReportingService.UnsupportedEvidenceException e) {
            return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, text(e.messageKey(), e.name()));
        }

        @ExceptionHandler(EvidenceStore.EvidenceTooLargeException.class)
        ProblemDetail tooLarge(EvidenceStore.EvidenceTooLargeException e) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, text("reporting.evidence.large"));
        }

        @ExceptionHandler(EvidenceStore.CorruptEvidenceException.class)
        ProblemDetail corrupt(EvidenceStore.CorruptEvidenceException e) {
            return problem(HttpStatus.INTERNAL_SERVER_ERROR, text("reporting.evidence.corrupt"));
        }

        private ProblemDetail problem(HttpStatus status, String detail) {
            ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
            pd.setTitle(status.getReasonPhrase());
            return pd;
        }

        private String text(String key, Object... args) {
            return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
        }
    }
}
