package id.matagaruda.reporting.web;

import id.matagaruda.access.AccessPolicy;
import id.matagaruda.access.Role;
import id.matagaruda.reporting.DataQuality;
import id.matagaruda.reporting.QualityFinding;
import id.matagaruda.reporting.ValidationRule;
import id.matagaruda.shared.NumberReader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Data quality over HTTP: the rules, the latest run's findings, a run on demand, and the live check of the entry grid. */
@RestController
@Tag(name = "Mutu data", description = "Aturan validasi, pencilan (z robust), temuan per wilayah")
class QualityApiController {

    private final DataQuality quality;
    private final AccessPolicy access;

    QualityApiController(DataQuality quality, AccessPolicy access) {
        this.quality = quality;
        this.access = access;
    }

    /** {@code value} may be a JSON number or a text with a decimal comma, as operators type it. */
    record CheckRequest(String indicator, String region, String period, JsonNode value) {}

    @GetMapping("/api/v1/quality/rules")
    @Operation(summary = "Aturan validasi: sisi kiri, operator, sisi kanan, aktif, versi")
    List<ValidationRule> rules() {
        access.requireUser();
        return quality.rules();
    }

    @GetMapping("/api/v1/quality/findings")
    @Operation(summary = "Temuan pemeriksaan terakhir dalam cakupan, disaring wilayah (beserta wilayah di dalamnya)")
    List<QualityFinding> findings(@RequestParam(required = false) String region) {
        return quality.findings(region);
    }

    @PostMapping("/api/v1/quality/run")
    @Operation(summary = "Jalankan pemeriksaan mutu atas semua realisasi sekarang (hanya ADMIN_PUSAT)")
    List<QualityFinding> run() {
        if (access.requireUser().role() != Role.ADMIN_PUSAT) {
            throw new AccessDeniedException("only ADMIN_PUSAT may start a data-quality run");
        }
        return quality.run();
    }

    @PostMapping("/api/v1/quality/check")
    @Operation(summary = "Periksa satu nilai sebelum disimpan: aturan yang dilanggar dan pencilan")
    List<QualityFinding> check(@RequestBody CheckRequest body) {
        return quality.check(body.indicator(), body.region(), body.period(), NumberReader.of(body.value(), "value"));
    }

}
