package id.matagaruda.participation;

import id.matagaruda.shared.FileRejectedException;
import id.matagaruda.shared.RowProblem;
import id.matagaruda.region.ReferenceRegions;
import id.matagaruda.region.Region;
import id.matagaruda.region.RegionLevel;
import id.matagaruda.shared.NumberReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the turnout input contract {@code kode_wilayah,pemilihan,dpt,pengguna_hak_pilih} with the optional columns
 * {@code dptb,tps,suara_sah,suara_tidak_sah,jenis,tahun} and any {@code indeks_*} column (an index value used as a
 * feature). Every row is checked; one broken rule rejects the whole file with every problem listed. A blank count is not
 * an error: the row is kept and flagged by {@link TurnoutQuality}.
 */
public final class TurnoutCsv {

    public static final List<String> REQUIRED = List.of("kode_wilayah", "pemilihan", "dpt", "pengguna_hak_pilih");
    public static final List<String> OPTIONAL = List.of("dptb", "tps", "suara_sah", "suara_tidak_sah", "jenis", "tahun");
    public static final Set<String> ELECTION_TYPES = Set.of("pilpres", "pileg", "pilgub", "pilbup", "pilwalkot");
    public static final String SHIPPED_2019 = "participation/pilpres2019_kabkota.csv";
    private static final int MAX_PROBLEMS = 200;
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    private final Function<String, Optional<Region>> regions;

    public TurnoutCsv(Function<String, Optional<Region>> regions) {
        this.regions = regions;
    }

    public static TurnoutCsv withShippedRegions() {
        return new TurnoutCsv(ReferenceRegions.shipped()::find);
    }

    /** Pemilu Presiden 2019 per kab/kota (KPU Situng via KawalPemilu), shipped in the jar; see participation/SOURCES.md. */
    public static List<TurnoutRecord> shipped2019() {
        try (InputStream in = TurnoutCsv.class.getClassLoader().getResourceAsStream(SHIPPED_2019)) {
            if (in == null) {
                throw new IllegalStateException(SHIPPED_2019 + " missing from the jar");
            }
            return withShippedRegions().read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<TurnoutRecord> read(byte[] bytes) {
        return read(new ByteArrayInputStream(bytes));
    }

    /** What a turnout file is called in the summary of a refusal. */
    public static final String SUBJECT = "import.subject.turnout";

    private static FileRejectedException rejected(RowProblem problem) {
        return new FileRejectedException(SUBJECT, List.of(problem));
    }

    public List<TurnoutRecord> read(InputStream in) {
        List<RowProblem> problems = new ArrayList<>();
        List<TurnoutRecord> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();
        try (Reader reader = new InputStreamReader(stripBom(in), StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
            if (header.isEmpty()) {
                throw rejected(RowProblem.of(0, "-", "turnout.file.noHeader"));
            }
            for (String need : REQUIRED) {
                if (!header.contains(need)) {
                    problems.add(RowProblem.of(1, need, "turnout.file.missingColumn", String.join(",", REQUIRED)));
                }
            }
            for (String h : header) {
                if (!REQUIRED.contains(h) && !OPTIONAL.contains(h) && !h.startsWith("indeks_")) {
                    problems.add(RowProblem.of(1, h.isEmpty() ? "(tanpa nama)" : h, "turnout.file.unknownColumn", String.join(",", OPTIONAL)));
                }
            }
            if (header.size() != Set.copyOf(header).size()) {
                problems.add(RowProblem.of(1, "-", "turnout.file.duplicateColumn"));
            }
            if (!problems.isEmpty()) {
                throw new FileRejectedException(SUBJECT, problems);
            }
            Map<String, Integer> seen = new HashMap<>();
            for (CSVRecord r : parser) {
                int line = (int) r.getRecordNumber() + 1;
                if (r.size() != header.size()) {
                    problems.add(RowProblem.of(line, "-", "turnout.file.columnCount", r.size(), header.size()));
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    cells.put(header.get(i), r.get(i));
                }
                TurnoutRecord row = row(line, cells, problems);
                if (row != null) {
                    String key = row.kodeWilayah() + "|" + row.pemilihan().toLowerCase(Locale.ROOT);
                    Integer first = seen.putIfAbsent(key, line);
                    if (first != null) {
                        problems.add(RowProblem.of(line, "kode_wilayah", "turnout.file.duplicateRow", row.kodeWilayah(), row.pemilihan(), String.valueOf(first)));
                    } else {
                        rows.add(row);
                    }
                }
                if (problems.size() >= MAX_PROBLEMS) {
                    break;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // commons-csv reports a quote left open to the end of the file as an UncheckedIOException naming the line
            throw rejected(RowProblem.of(0, "-", "turnout.file.unreadable", String.valueOf(e.getMessage())));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(RowProblem.of(0, "-", "turnout.file.noRows"));
        }
        if (!problems.isEmpty()) {
            throw new FileRejectedException(SUBJECT, problems);
        }
        return List.copyOf(rows);
    }

    private TurnoutRecord row(int line, Map<String, String> c, List<RowProblem> problems) {
        int before = problems.size();
        String kode = c.get("kode_wilayah");
        if (kode.isEmpty()) {
            problems.add(RowProblem.of(line, "kode_wilayah", "turnout.file.required"));
        } else {
            Optional<Region> region = regions.apply(kode);
            if (region.isEmpty()) {
                problems.add(RowProblem.of(line, "kode_wilayah", "turnout.file.unknownRegion", kode));
            } else if (region.get().level() != RegionLevel.KABKOTA) {
                problems.add(RowProblem.of(line, "kode_wilayah", "turnout.file.notKabkota", kode, region.get().nama()));
            }
        }
        String pemilihan = c.get("pemilihan");
        if (pemilihan.isEmpty()) {
            problems.add(RowProblem.of(line, "pemilihan", "turnout.file.required"));
        }
        Long dpt = count(line, "dpt", c.get("dpt"), problems);
        Long pengguna = count(line, "pengguna_hak_pilih", c.get("pengguna_hak_pilih"), problems);
        Long dptb = count(line, "dptb", c.get("dptb"), problems);
        Long tps = count(line, "tps", c.get("tps"), problems);
        Long sah = count(line, "suara_sah", c.get("suara_sah"), problems);
        Long tidakSah = count(line, "suara_tidak_sah", c.get("suara_tidak_sah"), problems);
        String jenis = c.getOrDefault("jenis", "").toLowerCase(Locale.ROOT);
        if (!jenis.isEmpty() && !ELECTION_TYPES.contains(jenis)) {
            problems.add(RowProblem.of(line, "jenis", "turnout.file.badType", jenis));
        }
        Integer tahun = null;
        String tahunText = c.getOrDefault("tahun", "");
        if (!tahunText.isEmpty()) {
            try {
                tahun = Integer.parseInt(tahunText);
                if (tahun < 1955 || tahun > 2100) {
                    problems.add(RowProblem.of(line, "tahun", "turnout.file.yearOutOfRange", String.valueOf(tahun)));
                }
            } catch (NumberFormatException e) {
                problems.add(RowProblem.of(line, "tahun", "turnout.file.notYear", tahunText));
            }
        } else {
            Matcher m = YEAR.matcher(pemilihan);
            if (m.find()) {
                tahun = Integer.parseInt(m.group());
            }
        }
        Map<String, Double> indeks = new LinkedHashMap<>();
        Locale locale = NumberReader.userLocale();
        for (Map.Entry<String, String> e : c.entrySet()) {
            if (e.getKey().startsWith("indeks_") && !e.getValue().isEmpty()) {
                NumberReader.Reading v = NumberReader.read(e.getValue(), NumberReader.Style.of(locale));
                if (v.ok()) {
                    indeks.put(e.getKey(), v.value().doubleValue());
                } else {
                    problems.add(RowProblem.of(line, e.getKey(), v.refusal().messageKey(), v.refusal().args().toArray()));
                }
            }
        }
        if (tps != null && tps == 0) {
            problems.add(RowProblem.of(line, "tps", "turnout.file.zeroTps"));
        }
        if (problems.size() > before) {
            return null;
        }
        return new TurnoutRecord(line, kode, pemilihan, dpt, pengguna, dptb, tps == null ? null : tps.intValue(), sah,
                tidakSah, jenis.isEmpty() ? null : jenis, tahun, indeks);
    }

    private static Long count(int line, String column, String text, List<RowProblem> problems) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        // Counts are read like every other number (1.234.567 in Indonesian, 1,234,567 in English) and must be whole.
        Locale locale = NumberReader.userLocale();
        NumberReader.Reading r = NumberReader.read(text.replace("_", ""), NumberReader.Style.of(locale));
        if (!r.ok()) {
            problems.add(RowProblem.of(line, column, r.refusal().messageKey(), r.refusal().args().toArray()));
            return null;
        }
        if (NumberReader.decimals(r.value()) > 0) {
            problems.add(RowProblem.of(line, column, "turnout.file.notInteger", text));
            return null;
        }
        long v = r.value().longValueExact();
        if (v < 0) {
            problems.add(RowProblem.of(line, column, "turnout.file.negative", String.valueOf(v)));
            return null;
        }
        return v;
    }

    private static InputStream stripBom(InputStream in) throws IOException {
        java.io.PushbackInputStream p = new java.io.PushbackInputStream(in, 3);
        byte[] bom = new byte[3];
        int n = p.read(bom, 0, 3);
        if (n == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF) {
            return p;
        }
        if (n > 0) {
            p.unread(bom, 0, n);
        }
        return p;
    }
}
