package id.matagaruda.reporting.internal;

import id.matagaruda.indicator.CatalogueRow;
import id.matagaruda.reporting.Period;
import id.matagaruda.reporting.Realisation;
import id.matagaruda.reporting.RealisationStatus;
import id.matagaruda.reporting.WorkbookProblem;
import id.matagaruda.reporting.WorkbookRejectedException;
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
        List<WorkbookProblem> problems = new ArrayList<>();
        for (String column : table.missingColumns()) {
            if (!column.equals("catatan")) {
                problems.add(new WorkbookProblem(1, column, "kolom wajib tidak ada di baris judul; pakai templat dari Mata Garuda"));
            }
        }
        if (!problems.isEmpty()) {
            throw new WorkbookRejectedException(problems);
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
                row.problem("kode_wilayah", "wajib diisi");
            } else if (!scope.editable(region)) {
                row.problem("kode_wilayah", "wilayah " + region + " di luar kewenangan Anda; realisasi hanya boleh "
                        + "diisi untuk wilayah Anda sendiri dan wilayah di bawahnya");
            } else {
                regionInScope = true;
            }
            if (kode.isEmpty()) {
                row.problem("kode_indikator", "wajib diisi");
            } else if (regionInScope || region.isEmpty()) {
                indicator = scope.indicator(kode);
                if (indicator == null) {
                    row.problem("kode_indikator", "indikator '" + kode + "' tidak ada atau di luar cakupan Anda");
                } else if (regionInScope && !indicator.kodeWilayah().equals(region)) {
                    row.problem("kode_wilayah", "indikator " + kode + " milik wilayah " + indicator.kodeWilayah()
                            + ", bukan " + region);
                }
            }
            Period period = period(row, periode, indicator);
            BigDecimal value = number(row, nilai, line.numeric("nilai"));
            String note = noteColumn ? blank(line.cell("catatan")) : null;
            if (note != null && note.length() > MAX_NOTE) {
                row.problem("catatan", "paling banyak " + MAX_NOTE + " karakter");
            }
            Integer version = version(row, line.cell("versi"));
            if (problems.size() > before || indicator == null || period == null) {
                continue;
            }
            String key = kode + "|" + region + "|" + period;
            Integer first = firstRow.putIfAbsent(key, line.number());
            if (first != null) {
                row.problem("kode_indikator", "baris ini mengulang baris " + first + " (indikator " + kode + ", wilayah "
                        + region + ", periode " + period + " yang sama)");
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
                row.problem("nilai", "realisasi berstatus " + stored.status().code() + " dan terkunci; nilai atau "
                        + "catatannya tidak boleh diubah (minta verifikator mengembalikan atau membuka kembali)");
            } else if (version == null) {
                row.problem("versi", "realisasi ini sudah diisi (versi " + stored.version() + "); unduh templat terbaru "
                        + "agar perubahan orang lain tidak tertimpa");
            } else if (version != stored.version()) {
                row.problem("versi", version < stored.version()
                        ? "realisasi sudah diubah orang lain sejak templat diunduh (versi di berkas " + version
                                + ", kini " + stored.version() + "); unduh templat terbaru lalu ulangi"
                        : "versi " + version + " tidak cocok dengan versi tersimpan " + stored.version());
            } else {
                updates.add(new Update(line.number(), stored, version, value, newNote));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(WorkbookProblem::row)
                    .thenComparingInt(p -> RealisationSheet.COLUMNS.indexOf(p.column())));
            throw new WorkbookRejectedException(problems);
        }
        return new Plan(table.lines().size(), creates, updates, unchanged, skipped);
    }

    private static Period period(Row row, String text, CatalogueRow indicator) {
        if (text.isEmpty()) {
            row.problem("periode", "wajib diisi");
            return null;
        }
        Optional<Period> p = Period.parse(text);
        if (p.isEmpty()) {
            row.problem("periode", "'" + text + "' bukan periode; tulis 2025, 2025-S1 atau 2025-Q3");
            return null;
        }
        if (indicator != null && p.get().frekuensi() != indicator.frekuensi()) {
            row.problem("periode", "periode " + text + " tidak sesuai frekuensi indikator " + indicator.kode() + " ("
                    + indicator.frekuensi().code() + ")");
            return null;
        }
        if (p.get().year() < CatalogueRow.FIRST_YEAR || p.get().year() > CatalogueRow.LAST_YEAR) {
            row.problem("periode", "periode " + text + " di luar rencana " + CatalogueRow.FIRST_YEAR + "-"
                    + CatalogueRow.LAST_YEAR);
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
            row.problem("nilai", refusal.get().text(locale));
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
        row.problem("versi", "'" + text + "' bukan nomor versi; salin dari templat atau kosongkan untuk baris baru");
        return null;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private record Row(RealisationSheet.Line line, List<WorkbookProblem> problems) {
        void problem(String column, String text) {
            problems.add(new WorkbookProblem(line.number(), column, text));
        }
    }
}
