package id.matagaruda.reporting.internal;

import id.matagaruda.indicator.CatalogueRow;
import id.matagaruda.reporting.Period;
import id.matagaruda.reporting.Realisation;
import id.matagaruda.reporting.RealisationStatus;
import id.matagaruda.shared.FileRejectedException;
import id.matagaruda.shared.RowProblem;
import id.matagaruda.reporting.WorkbookScope;
import id.matagaruda.shared.NumberReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Judges a whole realisation workbook against a {@link WorkbookScope} and plans what it would write; every problem of
 * every row is collected (row, column, Indonesian text) and any problem rejects the file. Pure: no database, no user.
 */
public final class WorkbookCheck {

    private static final int MAX_NOTE = 2000;

    private WorkbookCheck() {}

    /** A realisation to create. */
    public record Create(int row, String indicator, String region, String period, BigDecimal value, String note) {}

    /** A stored realisation to change, at the version the file was made from. */
    public record Update(int row, Realisation stored, int version, BigDecimal value, String note) {}

    /** What the file would do, in row order. */
    public record Plan(int rows, List<Create> creates, List<Update> updates, int unchanged, int skipped) {}

    public static Plan check(RealisationSheet.Table table, WorkbookScope scope) {
        List<RowProblem> problems = new ArrayList<>();
        for (String column : table.missingColumns()) {
            if (!column.equals("catatan")) {
                problems.add(RowProblem.of(1, column, "rep.import.missingColumn"));
            }
        }
        if (!problems.isEmpty()) {
            throw new FileRejectedException(RealisationSheet.SUBJECT, problems);
        }
        boolean noteColumn = !table.missingColumns().contains("catatan");
        List<Create> creates = new ArrayList<>();
        List<Update> updates = new ArrayList<>();
        Map<String, Integer> firstRow = new HashMap<>();
        int unchanged = 0;
        int skipped = 0;
        for (RealisationSheet.Line line : table.lines()) {
            Row row = new Row(line, problems);
            String nilai = line.cell("nilai");
            if (nilai.isEmpty()) {
                skipped++;
                continue;
            }
            int before = problems.size();
            String kode = line.cell("kode_indikator");
            String region = line.cell("kode_wilayah");
            String periode = line.cell("periode");
            CatalogueRow indicator = null;
            boolean regionInScope = false;
            if (region.isEmpty()) {
                row.problem("kode_wilayah", "rep.import.required");
            } else if (!scope.editable(region)) {
                row.problem("kode_wilayah", "rep.import.regionOutOfScope", region);
            } else {
                regionInScope = true;
            }
            if (kode.isEmpty()) {
                row.problem("kode_indikator", "rep.import.required");
            } else if (regionInScope || region.isEmpty()) {
                indicator = scope.indicator(kode);
                if (indicator == null) {
                    row.problem("kode_indikator", "rep.import.unknownIndicator", kode);
                } else if (regionInScope && !indicator.kodeWilayah().equals(region)) {
                    row.problem("kode_wilayah", "rep.import.indicatorOfOtherRegion", kode, indicator.kodeWilayah(), region);
                }
            }
            Period period = period(row, periode, indicator);
            BigDecimal value = number(row, nilai, line.numeric("nilai"));
            String note = noteColumn ? blank(line.cell("catatan")) : null;
            if (note != null && note.length() > MAX_NOTE) {
                row.problem("catatan", "rep.import.noteTooLong", MAX_NOTE);
            }
            Integer version = version(row, line.cell("versi"));
            if (problems.size() > before || indicator == null || period == null) {
                continue;
            }
            String key = kode + "|" + region + "|" + period;
            Integer first = firstRow.putIfAbsent(key, line.number());
            if (first != null) {
                row.problem("kode_indikator", "rep.import.duplicateRow", String.valueOf(first), kode, region, String.valueOf(period));
                continue;
            }
            Realisation stored = scope.stored(kode, region, period);
            if (stored == null) {
                creates.add(new Create(line.number(), kode, region, period.toString(), value, note));
                continue;
            }
            String newNote = noteColumn ? note : stored.note();
            boolean changed = stored.value() == null || stored.value().compareTo(value) != 0
                    || !Objects.equals(blank(stored.note()), newNote);
            if (!changed) {
                unchanged++;
            } else if (stored.status() == RealisationStatus.DIAJUKAN || stored.status() == RealisationStatus.DISETUJUI) {
                row.problem("nilai", "rep.import.locked", stored.status().code());
            } else if (version == null) {
                row.problem("versi", "rep.import.versionMissing", String.valueOf(stored.version()));
            } else if (version != stored.version()) {
                row.problem("versi", version < stored.version() ? "rep.import.versionStale" : "rep.import.versionMismatch",
                        String.valueOf(version), String.valueOf(stored.version()));
            } else {
                updates.add(new Update(line.number(), stored, version, value, newNote));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(RowProblem::row)
                    .thenComparingInt(p -> RealisationSheet.COLUMNS.indexOf(p.column())));
            throw new FileRejectedException(RealisationSheet.SUBJECT, problems);
        }
        return new Plan(table.lines().size(), creates, updates, unchanged, skipped);
    }

    private static Period period(Row row, String text, CatalogueRow indicator) {
        if (text.isEmpty()) {
            row.problem("periode", "rep.import.required");
            return null;
        }
        Optional<Period> p = Period.parse(text);
        if (p.isEmpty()) {
            row.problem("periode", "rep.import.badPeriod", text);
            return null;
        }
        if (indicator != null && p.get().frekuensi() != indicator.frekuensi()) {
            row.problem("periode", "rep.import.periodFrequency", text, indicator.kode(), indicator.frekuensi().code());
            return null;
        }
        if (p.get().year() < CatalogueRow.FIRST_YEAR || p.get().year() > CatalogueRow.LAST_YEAR) {
            row.problem("periode", "rep.import.periodOutsidePlan", text, String.valueOf(CatalogueRow.FIRST_YEAR), String.valueOf(CatalogueRow.LAST_YEAR));
            return null;
        }
        return p.get();
    }

    // An Excel number cell arrives as plain machine text; a text cell is read as the user writes numbers. Either way
    // the value is exact and never rounded: a fifth decimal is refused, not cut off.
    private static BigDecimal number(Row row, String text, boolean numericCell) {
        Locale locale = NumberReader.userLocale();
        NumberReader.Reading r = NumberReader.read(text,
                numericCell ? NumberReader.Style.PLAIN : NumberReader.Style.of(locale));
        Optional<NumberReader.Refusal> refusal = r.ok()
                ? NumberReader.scaleRefusal(r.value(), NumberReader.DEFAULT_DECIMALS) : Optional.of(r.refusal());
        if (refusal.isPresent()) {
            row.problem("nilai", refusal.get().messageKey(), refusal.get().args().toArray());
            return null;
        }
        BigDecimal v = r.value().stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    private static Integer version(Row row, String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            int v = Integer.parseInt(text);
            if (v >= 1) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below, like any other number that is no version
        }
        row.problem("versi", "rep.import.badVersion", text);
        return null;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private record Row(RealisationSheet.Line line, List<RowProblem> problems) {
        void problem(String column, String key, Object... args) {
            problems.add(RowProblem.of(line.number(), column, key, args));
        }
    }
}
