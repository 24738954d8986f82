package id.matagaruda.reporting;

import id.matagaruda.reporting.internal.RealisationRepository;
import id.matagaruda.access.AccessPolicy;
import id.matagaruda.access.CurrentUser;
import id.matagaruda.indicator.CatalogueRow;
import id.matagaruda.indicator.IndicatorService;
import id.matagaruda.region.RegionService;
import id.matagaruda.reporting.internal.RealisationSheet;
import id.matagaruda.reporting.internal.WorkbookCheck;
import id.matagaruda.shared.FieldProblem;
import id.matagaruda.shared.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Excel round trip of realisations: a pre-filled workbook for a region and period to fill offline, and its upload,
 * judged whole and written in one transaction or rejected with every problem by row and column.
 */
@Service
public class ReportingWorkbooks {

    private final ReportingService reporting;
    private final DataQuality quality;
    private final IndicatorService indicators;
    private final RegionService regions;
    private final AccessPolicy access;
    private final TransactionTemplate transaction;
    private final int maxRows;

    ReportingWorkbooks(ReportingService reporting, DataQuality quality, IndicatorService indicators,
            RegionService regions, AccessPolicy access, PlatformTransactionManager transactions,
            @Value("${matagaruda.workbook.max-rows:100000}") int maxRows) {
        this.reporting = reporting;
        this.quality = quality;
        this.indicators = indicators;
        this.regions = regions;
        this.access = access;
        this.transaction = new TransactionTemplate(transactions);
        this.maxRows = maxRows;
    }

    /**
     * One row per indicator of {@code region} and the regions inside it that the user may edit and that reports in
     * {@code period}'s frequency, with the stored value, note, status and version where a realisation exists.
     */
    public byte[] template(String region, String period) {
        CurrentUser user = access.requireUser();
        String reg = region(region);
        Period p = period(period);
        Map<String, Realisation> stored = new HashMap<>();
        reporting.list(reg, p.toString(), null).forEach(r -> stored.put(r.indicator() + "|" + r.region(), r));
        List<WorkbookLine> lines = new ArrayList<>();
        indicators.list(null, null).stream()
                .filter(i -> i.frekuensi() == p.frekuensi() && AccessPolicy.within(i.kodeWilayah(), reg)
                        && access.canEdit(i.kodeWilayah()))
                .sorted(Comparator.comparing(CatalogueRow::kodeWilayah).thenComparing(CatalogueRow::kode))
                .forEach(i -> lines.add(line(i, p, stored.get(i.kode() + "|" + i.kodeWilayah()))));
        if (lines.isEmpty() && !access.canRead(reg) && !AccessPolicy.within(user.regionKode(), reg)) {
            throw new AccessDeniedException(user.username() + " may not report for region " + reg);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(lines, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Reads, judges and applies an uploaded workbook as the signed-in user: creates and updates go through
     * {@link ReportingService} (so the same rules and audit apply) in one transaction; rows with an empty {@code nilai}
     * are skipped. Throws {@link id.matagaruda.shared.FileRejectedException} listing every problem, and then nothing is written.
     */
    public ImportSummary upload(InputStream xlsx) throws IOException {
        access.requireUser();
        // Parsed before the transaction: a large file should not hold a database connection while it is read.
        RealisationSheet.Table table = RealisationSheet.read(xlsx, maxRows);
        return transaction.execute(status -> {
            WorkbookScope scope = new WorkbookScope(indicators.list(null, null), access::canEdit,
                    p -> reporting.list(null, p, null));
            WorkbookCheck.Plan plan = WorkbookCheck.check(table, scope);
            checkRules(plan);
            // In batches, not row by row: a national workbook holds tens of thousands of values.
            reporting.applyBatch(
                    plan.creates().stream().map(c -> new RealisationRepository.NewValue(c.indicator(), c.region(),
                            c.period(), c.value(), c.note())).toList(),
                    plan.updates().stream().map(u -> new RealisationRepository.ChangedValue(u.stored().id(), u.version(),
                            u.value(), u.note(), u.stored().outlierConfirmation())).toList());
            return summary(plan);
        });
    }

    /** Writes workbook rows in the template's format (the template, and synthetic files for the benchmark). */
    public static void write(List<WorkbookLine> lines, OutputStream out) throws IOException {
        RealisationSheet.write(lines, out);
    }

    /**
     * Reads and judges a workbook against in-memory lookups without writing anything: what an upload would do, or
     * {@link id.matagaruda.shared.FileRejectedException}. The upload runs the same check; the benchmark times it without a database.
     */
    public static ImportSummary check(InputStream xlsx, WorkbookScope scope, int maxRows) throws IOException {
        return summary(WorkbookCheck.check(RealisationSheet.read(xlsx, maxRows), scope));
    }

    /** The template row of an indicator for a period, with a stored realisation or without ({@code null}). */
    public static WorkbookLine line(CatalogueRow indicator, Period period, Realisation stored) {
        return new WorkbookLine(indicator.kode(), indicator.nama(), indicator.kodeWilayah(), period.toString(),
                indicator.satuan(), Achievement.target(indicator, period).map(t -> t.stripTrailingZeros()).orElse(null),
                stored == null ? null : stored.value(), stored == null ? null : stored.note(),
                stored == null ? null : stored.status().code(), stored == null ? null : stored.version());
    }

    /** The validation rules held as data, for every value of the file at once; a broken one rejects the file. */
    private void checkRules(WorkbookCheck.Plan plan) {
        List<DataQuality.Candidate> values = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (WorkbookCheck.Create c : plan.creates()) {
            values.add(new DataQuality.Candidate(c.indicator(), c.region(), c.period(), c.value()));
            rows.add(c.row());
        }
        for (WorkbookCheck.Update u : plan.updates()) {
            values.add(new DataQuality.Candidate(u.stored().indicator(), u.stored().region(), u.stored().period(),
                    u.value()));
            rows.add(u.row());
        }
        List<List<QualityFinding>> findings = quality.ruleCheckBatch(values);
        List<id.matagaruda.shared.RowProblem> problems = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            for (QualityFinding f : findings.get(i)) {
                if (QualityFinding.ATURAN.equals(f.jenis())) {
                    problems.add(id.matagaruda.shared.RowProblem.of(rows.get(i), "nilai", "rep.import.asIs", f.detail()));
                }
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(id.matagaruda.shared.RowProblem::row));
            throw new id.matagaruda.shared.FileRejectedException("import.subject.workbook", problems);
        }
    }

    private static ImportSummary summary(WorkbookCheck.Plan plan) {
        return new ImportSummary(plan.rows(), plan.creates().size(), plan.updates().size(), plan.unchanged(),
                plan.skipped());
    }

    private String region(String region) {
        String reg = region == null ? "" : region.trim();
        if (reg.isEmpty()) {
            throw new InvalidInputException(FieldProblem.of("region", "validation.NotBlank"));
        }
        if (!reg.equals("00")) {
            regions.get(reg);
        }
        return reg;
    }

    private static Period period(String period) {
        Period p = Period.parse(period).orElseThrow(() -> new InvalidInputException(
                FieldProblem.of("period", "reporting.period.format", String.valueOf(period))));
        if (p.year() < CatalogueRow.FIRST_YEAR || p.year() > CatalogueRow.LAST_YEAR) {
            throw new InvalidInputException(FieldProblem.of("period", "reporting.period.plan", p.toString(),
                    CatalogueRow.FIRST_YEAR, CatalogueRow.LAST_YEAR));
        }
        return p;
    }
}
