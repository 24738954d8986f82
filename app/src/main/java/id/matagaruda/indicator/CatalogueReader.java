package id.matagaruda.indicator;

import id.matagaruda.shared.FileRejectedException;
import id.matagaruda.shared.RowProblem;
import id.matagaruda.indicator.internal.CatalogueXlsx;
import id.matagaruda.region.Region;
import id.matagaruda.region.RegionCode;
import id.matagaruda.region.RegionLevel;
import id.matagaruda.shared.NumberReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a catalogue file (CSV or XLSX) into validated rows. Every problem of the whole file is collected, each naming
 * its row and column, and the file is rejected whole when there is any: nothing is ever half-imported.
 */
public final class CatalogueReader {

    /** What a catalogue file is called in the summary of a refusal. */
    public static final String SUBJECT = "import.subject.catalogue";

    private static final Pattern KODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,39}");
    private static final Pattern PERIODE = Pattern.compile("(\\d{4})\\s*-\\s*(\\d{4})");

    private final Function<String, Optional<Region>> regions;
    private final Map<String, CatalogueRow> known;

    /**
     * @param regions looks up a province or kab/kota by code
     * @param known indicators outside the file that {@code kode_induk} may name (e.g. those already stored)
     */
    public CatalogueReader(Function<String, Optional<Region>> regions, Map<String, CatalogueRow> known) {
        this.regions = regions;
        this.known = known;
    }

    /** Reads CSV (comma or semicolon separated, UTF-8, optional BOM) or XLSX, told apart by their first bytes. */
    public List<CatalogueRow> read(InputStream input) throws IOException {
        BufferedInputStream in = new BufferedInputStream(input);
        in.mark(4);
        byte[] magic = in.readNBytes(2);
        in.reset();
        RawTable table = magic.length == 2 && magic[0] == 'P' && magic[1] == 'K' ? CatalogueXlsx.read(in) : readCsv(in);
        return validate(table);
    }

    static RawTable readCsv(InputStream in) throws IOException {
        byte[] bytes = in.readAllBytes();
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        // Excel in an Indonesian locale saves CSV with semicolons. Empty lines are kept (then skipped) so that
        // record numbers stay the file's line numbers, which the error list cites.
        char delimiter = firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        List<String> header = null;
        List<RawTable.Row> rows = new ArrayList<>();
        try (Reader reader = new java.io.StringReader(text)) {
            for (CSVRecord r : format.parse(reader)) {
                List<String> cells = new ArrayList<>();
                r.forEach(c -> cells.add(c.trim()));
                if (header == null) {
                    header = cells;
                } else if (!cells.stream().allMatch(String::isEmpty)) {
                    rows.add(new RawTable.Row((int) r.getRecordNumber(), cells));
                }
            }
        }
        return new RawTable(header == null ? List.of() : header, rows);
    }

    /** Validates a table read from any format; throws {@link FileRejectedException} listing every problem. */
    public List<CatalogueRow> validate(RawTable table) {
        List<RowProblem> problems = new ArrayList<>();
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < table.header().size(); i++) {
            col.putIfAbsent(table.header().get(i).trim(), i);
        }
        for (String c : CatalogueRow.COLUMNS) {
            if (!col.containsKey(c)) {
                problems.add(RowProblem.of(1, c, "catalogue.missingColumn"));
            }
        }
        if (!problems.isEmpty()) {
            throw new FileRejectedException(SUBJECT, problems);
        }
        if (table.rows().isEmpty()) {
            throw new FileRejectedException(SUBJECT, List.of(RowProblem.of(2, "kode", "catalogue.noRows")));
        }

        List<CatalogueRow> rows = new ArrayList<>();
        Map<String, Integer> firstRowOfCode = new HashMap<>();
        for (RawTable.Row raw : table.rows()) {
            Cells c = new Cells(raw, col, problems);
            String kode = c.text("kode");
            if (kode.isEmpty()) {
                c.problem("kode", "catalogue.required");
            } else if (!KODE.matcher(kode).matches()) {
                c.problem("kode", "catalogue.badCode", kode);
            } else if (firstRowOfCode.containsKey(kode)) {
                c.problem("kode", "catalogue.duplicateCode", kode, String.valueOf(firstRowOfCode.get(kode)));
            } else {
                firstRowOfCode.put(kode, raw.number());
            }
            String nama = c.text("nama");
            if (nama.isEmpty()) {
                c.problem("nama", "catalogue.required");
            } else if (nama.length() > 300) {
                c.problem("nama", "catalogue.tooLong", 300);
            }
            Tingkat tingkat = Tingkat.fromCode(c.text("tingkat")).orElse(null);
            if (tingkat == null) {
                c.problem("tingkat", "catalogue.badLevel", c.text("tingkat"));
            }
            String wilayah = checkRegion(c, tingkat);
            String satuan = c.text("satuan");
            if (satuan.isEmpty()) {
                c.problem("satuan", "catalogue.required");
            }
            Polaritas polaritas = Polaritas.fromCode(c.text("polaritas")).orElse(null);
            if (polaritas == null) {
                c.problem("polaritas", "catalogue.badPolarity", c.text("polaritas"));
            }
            Frekuensi frekuensi = Frekuensi.fromCode(c.text("frekuensi")).orElse(null);
            if (frekuensi == null) {
                c.problem("frekuensi", "catalogue.badFrequency", c.text("frekuensi"));
            }
            BigDecimal baseline = c.number("baseline");
            TreeMap<Integer, BigDecimal> targets = new TreeMap<>();
            for (int year = CatalogueRow.FIRST_YEAR; year <= CatalogueRow.LAST_YEAR; year++) {
                targets.put(year, c.number("target_" + year));
            }
            checkPeriod(c);
            String induk = c.text("kode_induk");
            if (tingkat == Tingkat.NASIONAL && !induk.isEmpty()) {
                c.problem("kode_induk", "catalogue.nationalNoParent");
            }
            boolean wajib = false;
            String wajibText = c.text("wajib_daerah").toLowerCase(java.util.Locale.ROOT);
            if (tingkat == Tingkat.NASIONAL) {
                if (wajibText.equals("ya")) {
                    wajib = true;
                } else if (!wajibText.equals("tidak")) {
                    c.problem("wajib_daerah", "catalogue.mandatoryYesNo");
                }
            } else if (!wajibText.isEmpty()) {
                c.problem("wajib_daerah", "catalogue.mandatoryNationalOnly");
            }
            String dataDukung = c.optional("data_dukung");
            List<String> evidence = dataDukung == null ? List.of()
                    : Arrays.stream(dataDukung.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            String kumulatifText = c.text("kumulatif").toLowerCase(java.util.Locale.ROOT);
            if (!kumulatifText.isEmpty() && !kumulatifText.equals("ya") && !kumulatifText.equals("tidak")) {
                c.problem("kumulatif", "catalogue.cumulativeYesNo");
            }
            Integer tahunBaseline = null;
            String tahunText = c.text("tahun_baseline");
            if (!tahunText.isEmpty()) {
                if (tahunText.matches("\\d{4}") && Integer.parseInt(tahunText) >= 1990
                        && Integer.parseInt(tahunText) <= CatalogueRow.FIRST_YEAR) {
                    tahunBaseline = Integer.valueOf(tahunText);
                } else {
                    c.problem("tahun_baseline", "catalogue.badBaselineYear", tahunText, String.valueOf(CatalogueRow.FIRST_YEAR));
                }
            }
            BigDecimal nilaiMin = c.number("nilai_min");
            BigDecimal nilaiMaks = c.number("nilai_maks");
            Integer desimal = null;
            String desimalText = c.text("desimal");
            if (!desimalText.isEmpty()) {
                if (desimalText.matches("\\d{1,2}")) {
                    desimal = Integer.valueOf(desimalText);
                } else {
                    c.problem("desimal", "catalogue.badDecimals", desimalText);
                }
            }
            if (!satuan.isEmpty()) {
                // The declared range must fit the unit: a count stays whole and non-negative, an index inside 0-100.
                for (UnitRules.Problem p : UnitRules.checkDeclared(satuan, nilaiMin, nilaiMaks, desimal)) {
                    c.problem(p.column(), p.messageKey(), p.args());
                }
            }
            CatalogueRow.Details details = new CatalogueRow.Details(limited(c, "formula", 1000),
                    limited(c, "sumber_data", 300), limited(c, "penanggung_jawab", 200), tahunBaseline, nilaiMin,
                    nilaiMaks, desimal);
            rows.add(new CatalogueRow(raw.number(), kode, nama, tingkat, wilayah, satuan, polaritas, frekuensi, baseline,
                    targets, induk.isEmpty() ? null : induk, wajib, limited(c, "definisi", 2000), evidence,
                    kumulatifText.equals("ya"), details));
        }
        checkCascade(rows, problems);
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(RowProblem::row)
                    .thenComparing(p -> CatalogueRow.COLUMNS.indexOf(p.column())));
            throw new FileRejectedException(SUBJECT, problems);
        }
        return rows;
    }

    private String checkRegion(Cells c, Tingkat tingkat) {
        String kode = c.text("kode_wilayah");
        if (tingkat == Tingkat.NASIONAL) {
            if (!kode.isEmpty() && !kode.equals("00")) {
                c.problem("kode_wilayah", "catalogue.nationalRegion");
            }
            return "00";
        }
        if (kode.isEmpty()) {
            c.problem("kode_wilayah", tingkat == null ? "catalogue.regionRequired" : "catalogue.regionRequiredFor", tingkat == null ? "" : tingkat.code());
            return kode;
        }
        Optional<String> format = RegionCode.problem(kode);
        if (format.isPresent()) {
            c.problem("kode_wilayah", "catalogue.badRegion", kode);
            return kode;
        }
        Optional<Region> region = regions.apply(kode);
        if (region.isEmpty()) {
            c.problem("kode_wilayah", "catalogue.unknownRegion", kode);
        } else if (tingkat == Tingkat.PROVINSI && region.get().level() != RegionLevel.PROVINSI) {
            c.problem("kode_wilayah", "catalogue.notProvince", kode, region.get().nama());
        } else if (tingkat == Tingkat.KABKOTA && region.get().level() != RegionLevel.KABKOTA) {
            c.problem("kode_wilayah", "catalogue.notKabkota", kode, region.get().nama());
        }
        return kode;
    }

    private static void checkPeriod(Cells c) {
        String periode = c.optional("periode");
        if (periode == null) {
            return;
        }
        var m = PERIODE.matcher(periode);
        if (!m.matches()) {
            c.problem("periode", "catalogue.badPeriod", periode);
        } else if (Integer.parseInt(m.group(1)) > CatalogueRow.FIRST_YEAR
                || Integer.parseInt(m.group(2)) < CatalogueRow.LAST_YEAR) {
            c.problem("periode", "catalogue.periodNotCovering", periode, String.valueOf(CatalogueRow.FIRST_YEAR), String.valueOf(CatalogueRow.LAST_YEAR));
        }
    }

    /** kode_induk must exist, sit one or more levels up (a kab/kota only under its own province) and form no cycle. */
    private void checkCascade(List<CatalogueRow> rows, List<RowProblem> problems) {
        Map<String, CatalogueRow> all = new HashMap<>(known);
        rows.forEach(r -> all.put(r.kode(), r));
        for (CatalogueRow r : rows) {
            if (r.kodeInduk() == null || r.tingkat() == null) {
                continue;
            }
            CatalogueRow parent = all.get(r.kodeInduk());
            if (parent == null) {
                problems.add(RowProblem.of(r.row(), "kode_induk", "catalogue.unknownParent", r.kodeInduk()));
                continue;
            }
            Set<String> seen = new HashSet<>(List.of(r.kode()));
            CatalogueRow up = parent;
            boolean cycle = false;
            while (up != null) {
                if (!seen.add(up.kode())) {
                    cycle = true;
                    break;
                }
                up = up.kodeInduk() == null ? null : all.get(up.kodeInduk());
            }
            if (cycle) {
                problems.add(RowProblem.of(r.row(), "kode_induk", "catalogue.parentCycle", r.kode(), r.kodeInduk()));
            } else if (parent.tingkat() != null && parent.tingkat().ordinal() >= r.tingkat().ordinal()) {
                problems.add(RowProblem.of(r.row(), "kode_induk", "catalogue.parentLevel", parent.kode(), parent.tingkat().code(),
                        r.tingkat().code()));
            } else if (parent.tingkat() == Tingkat.PROVINSI && r.kodeWilayah() != null
                    && !r.kodeWilayah().startsWith(parent.kodeWilayah() + ".")) {
                problems.add(RowProblem.of(r.row(), "kode_induk", "catalogue.parentProvince", parent.kode(), parent.kodeWilayah(),
                        r.kodeWilayah()));
            }
        }
    }

    private static String limited(Cells c, String column, int max) {
        String value = c.optional(column);
        if (value != null && value.length() > max) {
            c.problem(column, "catalogue.tooLong", max);
        }
        return value;
    }


    private static final class Cells {
        private final RawTable.Row raw;
        private final Map<String, Integer> col;
        private final List<RowProblem> problems;

        Cells(RawTable.Row raw, Map<String, Integer> col, List<RowProblem> problems) {
            this.raw = raw;
            this.col = col;
            this.problems = problems;
        }

        String text(String column) {
            Integer i = col.get(column);
            return i == null ? "" : raw.cell(i).trim();
        }

        String optional(String column) {
            String t = text(column);
            return t.isEmpty() ? null : t;
        }

        BigDecimal number(String column) {
            String t = text(column);
            if (t.isEmpty()) {
                return null;
            }
            // Text is read in the importing user's language (1.234,5 or 1,234.5), an Excel number cell as the plain
            // text it was written to; never rounded: the catalogue columns hold four decimals, so a fifth is refused
            // rather than cut off by the database.
            Locale locale = NumberReader.userLocale();
            Integer i = col.get(column);
            NumberReader.Reading r = NumberReader.read(t, i != null && raw.numeric(i) ? NumberReader.Style.PLAIN
                    : NumberReader.Style.of(locale));
            if (!r.ok()) {
                problem(column, r.refusal().messageKey(), r.refusal().args().toArray());
                return null;
            }
            Optional<NumberReader.Refusal> scale = NumberReader.scaleRefusal(r.value(), NumberReader.DEFAULT_DECIMALS);
            if (scale.isPresent()) {
                problem(column, scale.get().messageKey(), scale.get().args().toArray());
                return null;
            }
            return r.value();
        }

        void problem(String column, String key, Object... args) {
            problems.add(RowProblem.of(raw.number(), column, key, args));
        }
    }
}
