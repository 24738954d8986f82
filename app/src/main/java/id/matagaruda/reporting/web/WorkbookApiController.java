package id.matagaruda.reporting.web;

import id.matagaruda.reporting.AchievementReport;
import id.matagaruda.reporting.ImportSummary;
import id.matagaruda.reporting.ReportingWorkbooks;
import id.matagaruda.shared.FieldProblem;
import id.matagaruda.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartFile;

/** The Excel round trip of realisations and the "Laporan Capaian Kinerja" downloads. */
@RestController
@Tag(name = "Pelaporan", description = "Realisasi, data dukung, verifikasi, capaian, kelengkapan")
class WorkbookApiController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ReportingWorkbooks workbooks;
    private final AchievementReport reports;

    WorkbookApiController(ReportingWorkbooks workbooks, AchievementReport reports) {
        this.workbooks = workbooks;
        this.reports = reports;
    }

    @GetMapping("/api/v1/realizations/workbook")
    @Operation(summary = "Unduh templat XLSX realisasi terisi untuk wilayah (dan wilayah di bawahnya) dan periode")
    ResponseEntity<byte[]> template(@RequestParam String region, @RequestParam String period) {
        return file(workbooks.template(region, period), XLSX, "realisasi-" + safe(region) + "-" + safe(period) + ".xlsx");
    }

    @PostMapping(value = "/api/v1/realizations/workbook", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Unggah templat XLSX yang sudah diisi; diperiksa seluruhnya lalu disimpan dalam satu transaksi, "
            + "atau ditolak seluruhnya dengan daftar baris, kolom, masalah")
    ImportSummary upload(@RequestParam("file") MultipartFile file) throws IOException {
        if (file.isEmpty()) {
            throw new InvalidInputException(FieldProblem.of("file", "reporting.evidence.empty"));
        }
        try (InputStream in = file.getInputStream()) {
            return workbooks.upload(in);
        }
    }

    @GetMapping("/api/v1/reports/achievement")
    @Operation(summary = "Laporan Capaian Kinerja wilayah dan periode sebagai PDF (sampul, ringkasan, grafik, data dukung) atau XLSX")
    ResponseEntity<byte[]> achievement(@RequestParam String region, @RequestParam String period,
            @RequestParam(defaultValue = "pdf") String format) {
        String f = format == null ? "" : format.trim().toLowerCase(Locale.ROOT);
        String name = "laporan-capaian-kinerja-" + safe(region) + "-" + safe(period);
        return switch (f) {
            case "pdf" -> file(reports.pdf(region, period), MediaType.APPLICATION_PDF, name + ".pdf");
            case "xlsx" -> file(reports.xlsx(region, period), XLSX, name + ".xlsx");
            default -> throw new InvalidInputException(FieldProblem.of("format", "validation.type", format));
        };
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }

    // The parameters end up in a file name; anything but code characters would only make it unsafe.
    private static String safe(String s) {
        return s == null ? "" : s.replaceAll("[^A-Za-z0-9._-]", "");
    }
}
