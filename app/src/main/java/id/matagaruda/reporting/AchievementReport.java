package id.matagaruda.reporting;

import id.matagaruda.access.AccessPolicy;
import id.matagaruda.access.CurrentUser;
import id.matagaruda.indicator.CatalogueRow;
import id.matagaruda.indicator.IndicatorService;
import id.matagaruda.region.RegionService;
import id.matagaruda.reporting.internal.AchievementPdf;
import id.matagaruda.reporting.internal.AchievementXlsx;
import id.matagaruda.reporting.internal.ReportContent;
import id.matagaruda.shared.FieldProblem;
import id.matagaruda.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The "Laporan Capaian Kinerja" of a region (and the regions inside it) for one period, as PDF and as XLSX: capaian of
 * approved and submitted realisations, the rest listed without capaian, and every piece of data dukung with its hash.
 */
@Service
public class AchievementReport {

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private final ReportingService reporting;
    private final IndicatorService indicators;
    private final RegionService regions;
    private final AccessPolicy access;

    AchievementReport(ReportingService reporting, IndicatorService indicators, RegionService regions,
            AccessPolicy access) {
        this.reporting = reporting;
        this.indicators = indicators;
        this.regions = regions;
        this.access = access;
    }

    public byte[] pdf(String region, String period) {
        return AchievementPdf.write(content(region, period));
    }

    public byte[] xlsx(String region, String period) {
        return AchievementXlsx.write(content(region, period));
    }

    private ReportContent content(String region, String period) {
        CurrentUser user = access.requireUser();
        String reg = region == null ? "" : region.trim();
        if (reg.isEmpty()) {
            throw new InvalidInputException(FieldProblem.of("region", "validation.NotBlank"));
        }
        Period p = Period.parse(period).orElseThrow(() -> new InvalidInputException(
                FieldProblem.of("period", "reporting.period.format", String.valueOf(period))));
        String name = reg.equals("00") ? "Indonesia" : regions.get(reg).nama();
        access.requireRead(reg);

        Map<String, Capaian> counted = new HashMap<>();
        reporting.achievements(reg, null, p.toString(), true)
                .forEach(c -> counted.put(c.indicator() + "|" + c.region(), c));
        Map<String, CatalogueRow> byCode = new HashMap<>();
        indicators.list(null, null).forEach(i -> byCode.put(i.kode(), i));
        List<Realisation> realisations = new ArrayList<>(reporting.list(reg, p.toString(), null));
        realisations.sort(Comparator.comparing(Realisation::region).thenComparing(Realisation::indicator));

        List<Capaian> rows = new ArrayList<>();
        List<ReportContent.EvidenceRow> evidence = new ArrayList<>();
        for (Realisation r : realisations) {
            Capaian c = counted.get(r.indicator() + "|" + r.region());
            rows.add(c != null ? c : uncounted(r, byCode.get(r.indicator()), p));
            r.evidence().forEach(e -> evidence.add(new ReportContent.EvidenceRow(r.indicator(), r.region(), e)));
        }
        String by = user.fullName() == null || user.fullName().isBlank() ? user.username()
                : user.fullName() + " (" + user.username() + ")";
        return new ReportContent(reg, name, p.toString(), label(p), ZonedDateTime.now(ZoneId.of("Asia/Jakarta")), by,
                rows, evidence);
    }

    /** A draft or returned realisation: shown with its target, without capaian, and why. */
    private static Capaian uncounted(Realisation r, CatalogueRow indicator, Period p) {
        Optional<BigDecimal> target = indicator == null ? Optional.empty()
                : Achievement.target(indicator, p).map(BigDecimal::stripTrailingZeros);
        String why = r.status() == RealisationStatus.DIKEMBALIKAN
                ? "dikembalikan verifikator; capaian dihitung setelah diperbaiki dan diajukan"
                : "belum diajukan; capaian dihitung setelah diajukan";
        return new Capaian(r.indicator(), indicator == null ? null : indicator.nama(), r.region(), r.period(), r.value(),
                target.orElse(null), null, null, r.status().code(), why, null);
    }

    private static String label(Period p) {
        return switch (p.frekuensi()) {
            case TAHUNAN -> "Tahun " + p.year();
            case SEMESTERAN -> "Semester " + ROMAN[p.part() - 1] + " " + p.year();
            case TRIWULANAN -> "Triwulan " + ROMAN[p.part() - 1] + " " + p.year();
        };
    }
}
