package id.matagaruda.region.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/** Reads the reference CSV files shipped under {@code reference/} (see reference/SOURCES.md for provenance). */
public final class ReferenceCsv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private ReferenceCsv() {}

    public static List<CSVRecord> read(String path) {
        try (Reader in = new InputStreamReader(new ClassPathResource("reference/" + path).getInputStream(),
                StandardCharsets.UTF_8)) {
            return FORMAT.parse(in).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference file " + path, e);
        }
    }

    /**
     * The area file was once round-tripped through a spreadsheet, so codes lost trailing zeros ("11.1" for 11.10,
     * "31.0" for the province 31). Restores the two-digit segments.
     */
    public static String restoreCode(String raw) {
        String[] parts = raw.trim().split("\\.");
        if (parts.length == 2 && parts[1].equals("0")) {
            return parts[0];
        }
        if (parts.length == 2 && parts[1].length() == 1) {
            return parts[0] + "." + parts[1] + "0";
        }
        return raw.trim();
    }

    public static String searchable(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").trim();
    }
}
