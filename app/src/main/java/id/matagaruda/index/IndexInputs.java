package id.matagaruda.index;

import id.matagaruda.shared.FileRejectedException;
import id.matagaruda.shared.RowProblem;
import id.matagaruda.region.ReferenceRegions;
import id.matagaruda.region.RegionCode;
import id.matagaruda.shared.NumberReader;
import id.matagaruda.shared.NumberText;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the long input format {@code kode_wilayah,tahun,indikator,nilai} (decimal point) for one spec and rejects the
 * whole file when any row is wrong, listing every problem with its row and column. An empty {@code nilai} is a value
 * known to be missing, which the spec's imputation rule (or an empty result) deals with.
 */
public final class IndexInputs {

    /** What an input file is called in the summary of a refusal. */
    public static final String SUBJECT = "import.subject.indexInputs";

    public static final List<String> COLUMNS = List.of("kode_wilayah", "tahun", "indikator", "nilai");

    private final IndexSpec spec;
    private final Predicate<String> knownRegion;

    public IndexInputs(IndexSpec spec, Predicate<String> knownRegion) {
        this.spec = spec;
        this.knownRegion = knownRegion;
    }

    /** Validates region codes against the regions shipped in the jar; {@code 00} is the nation. */
    public static IndexInputs withShippedRegions(IndexSpec spec) {
        ReferenceRegions regions = ReferenceRegions.shipped();
        return new IndexInputs(spec, k -> k.equals("00") || regions.find(k).isPresent());
    }

    public List<Observation> read(InputStream in) throws IOException {
        return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    public List<Observation> read(Reader reader) throws IOException {
        List<RowProblem> problems = new ArrayList<>();
        List<Observation> out = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser csv = CSVParser.parse(reader, format)) {
            List<String> header = csv.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").trim()).toList();
            for (String c : COLUMNS) {
                if (!header.contains(c)) {
                    problems.add(RowProblem.of(1, c, "index.input.missingColumn", c));
                }
            }
            if (!problems.isEmpty()) {
                throw new FileRejectedException(SUBJECT, problems);
            }
            Map<String, Integer> seen = new HashMap<>();
            int index = 0;
            for (CSVRecord r : csv) {
                int row = (int) r.getRecordNumber() + 1;
                index++;
                String kode = cell(r, header, "kode_wilayah");
                String tahunText = cell(r, header, "tahun");
                String indikatorText = cell(r, header, "indikator");
                String nilaiText = cell(r, header, "nilai");
                int before = problems.size();
                if (!RegionCode.isValid(kode)) {
                    problems.add(RowProblem.of(row, "kode_wilayah", "index.input.badRegion", kode));
                } else if (!knownRegion.test(kode)) {
                    problems.add(RowProblem.of(row, "kode_wilayah", "index.input.unknownRegion", kode));
                }
                Integer tahun = null;
                try {
                    tahun = Integer.parseInt(tahunText);
                    if (tahun < 1900 || tahun > 2100) {
                        problems.add(RowProblem.of(row, "tahun", "index.input.yearOutOfRange", String.valueOf(tahun)));
                    }
                } catch (NumberFormatException e) {
                    problems.add(RowProblem.of(row, "tahun", "index.input.notYear", tahunText));
                }
                SpecNode indicator = spec.indicator(indikatorText).orElse(null);
                if (indicator == null) {
                    problems.add(RowProblem.of(row, "indikator", "index.input.unknownIndicator", indikatorText, spec.ref()));
                }
                Double nilai = null;
                if (!nilaiText.isEmpty()) {
                    // The nilai column is documented as machine text (decimal point, no grouping): read it so.
                    NumberReader.Reading read = NumberReader.read(nilaiText, NumberReader.Style.PLAIN);
                    if (read.ok()) {
                        nilai = read.value().doubleValue();
                    } else {
                        problems.add(RowProblem.of(row, "nilai", read.refusal().messageKey(), read.refusal().args().toArray()));
                    }
                }
                if (nilai != null && indicator != null && indicator.impossible() != null
                        && !indicator.impossible().contains(nilai)) {
                    problems.add(RowProblem.of(row, "nilai", "index.input.impossible", nilaiText, indicator.id(),
                            plain(indicator.impossible().min()), plain(indicator.impossible().max())));
                }
                if (indicator != null && tahun != null && problems.size() == before) {
                    String key = kode + "|" + tahun + "|" + indicator.id();
                    Integer first = seen.putIfAbsent(key, row);
                    if (first != null) {
                        problems.add(RowProblem.of(row, "indikator", "index.input.duplicate", kode, String.valueOf(tahun),
                                indicator.id(), String.valueOf(first)));
                    }
                }
                if (problems.size() == before) {
                    out.add(new Observation(kode, tahun, indicator.id(), nilai));
                }
            }
            if (index == 0) {
                problems.add(RowProblem.of(1, "nilai", "index.input.noRows"));
            }
        }
        if (!problems.isEmpty()) {
            throw new FileRejectedException(SUBJECT, problems);
        }
        return out;
    }

    private static String cell(CSVRecord r, List<String> header, String column) {
        int i = header.indexOf(column);
        return i < r.size() ? r.get(i).trim() : "";
    }

    private static String plain(double v) {
        return NumberText.plain(v);
    }
}
