package id.matagaruda.nlp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads labelled texts from CSV or TSV with a header row: the separator from the extension (.csv, .tsv, .tab) or, for
 * other names, from the header line. Rows with an empty text or label are skipped and counted.
 */
public final class LabelledFiles {

    private LabelledFiles() {
    }

    public static LabelledData read(Path file, String textColumn, String labelColumn) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return read(bytes, file.getFileName().toString(), textColumn, labelColumn);
    }

    public static LabelledData read(byte[] bytes, String name, String textColumn, String labelColumn)
            throws IOException {
        char separator = separator(name, bytes);
        CSVFormat.Builder format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setDelimiter(separator).setIgnoreEmptyLines(true);
        if (separator == '\t') {
            // Tab-separated exports rarely quote; a stray quote in a tweet must not swallow the following lines.
            format.setQuote(null);
        }
        List<LabelledText> rows = new ArrayList<>();
        int skipped = 0;
        try (Reader reader = new InputStreamReader(bomless(bytes), StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format.get()).get()) {
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty()) {
                throw new LabelledFileException(name + ": tidak ada baris judul (header)", null);
            }
            int text = column(header, textColumn, "teks", name);
            int label = column(header, labelColumn, "label", name);
            for (CSVRecord r : parser) {
                String t = text < r.size() ? r.get(text).trim() : "";
                String l = label < r.size() ? r.get(label).trim() : "";
                if (t.isEmpty() || l.isEmpty()) {
                    skipped++;
                } else {
                    rows.add(new LabelledText(t, l));
                }
            }
        }
        return new LabelledData(rows, name, sha256(bytes), skipped);
    }

    private static int column(List<String> header, String wanted, String role, String file) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).trim().equalsIgnoreCase(wanted)) {
                return i;
            }
        }
        throw new LabelledFileException("kolom " + role + " '" + wanted + "' tidak ada di " + file
                + "; kolom yang ada: " + String.join(", ", header), wanted);
    }

    private static char separator(String name, byte[] bytes) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".tsv") || lower.endsWith(".tab")) {
            return '\t';
        }
        if (lower.endsWith(".csv")) {
            return ',';
        }
        String first = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8).lines().findFirst()
                .orElse("");
        long tabs = first.chars().filter(c -> c == '\t').count();
        long commas = first.chars().filter(c -> c == ',').count();
        long semicolons = first.chars().filter(c -> c == ';').count();
        return tabs >= Math.max(1, Math.max(commas, semicolons)) ? '\t' : semicolons > commas ? ';' : ',';
    }

    private static ByteArrayInputStream bomless(byte[] bytes) {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf;
        return bom ? new ByteArrayInputStream(bytes, 3, bytes.length - 3) : new ByteArrayInputStream(bytes);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
