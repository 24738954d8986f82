package id.matagaruda.events.internal;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the records of an input file in chunks: JSON Lines or CSV with a header, gzip-compressed or not (told by the
 * magic bytes). Lines longer than {@link #MAX_LINE} are skipped unread and reported; a truncated or corrupt gzip ends the
 * stream with one reported problem at the line reached. Memory does not depend on the file size.
 */
final class LineSource implements Closeable {

    static final int MAX_LINE = 1 << 20;

    private final CountingInputStream counted;
    private final InputStream in;
    private final boolean csv;
    private Iterator<CSVRecord> records;
    private CSVParser parser;
    private long line;
    private boolean ended;

    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int limit;
    private byte[] lineBytes = new byte[4096];

    LineSource(InputStream raw, String name) throws IOException {
        counted = new CountingInputStream(raw);
        BufferedInputStream buffered = new BufferedInputStream(counted, 1 << 16);
        buffered.mark(4);
        int b1 = buffered.read();
        int b2 = buffered.read();
        buffered.reset();
        InputStream content = b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(buffered, 1 << 16) : buffered;
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv") || lower.endsWith(".csv.gz")) {
            csv = true;
        } else if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")
                || lower.endsWith(".jsonl.gz") || lower.endsWith(".ndjson.gz") || lower.endsWith(".json.gz")) {
            csv = false;
        } else {
            BufferedInputStream peek = new BufferedInputStream(content, 1 << 16);
            peek.mark(1024);
            int c;
            try {
                do {
                    c = peek.read();
                } while (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0xEF || c == 0xBB || c == 0xBF);
            } catch (EOFException | ZipException e) {
                c = '{';
            }
            peek.reset();
            csv = c != '{' && c != -1;
            content = peek;
        }
        this.in = content;
    }

    boolean isCsv() {
        return csv;
    }

    /** Compressed bytes consumed so far (for progress against the file size). */
    long bytesRead() {
        return counted.count;
    }

    /** The next up to {@code max} records; empty at the end. */
    List<RawLine> next(int max) {
        List<RawLine> out = new ArrayList<>(max);
        while (!ended && out.size() < max) {
            RawLine r;
            try {
                r = csv ? nextCsv() : nextJson();
            } catch (IOException | UncheckedIOException e) {
                ended = true;
                r = RawLine.problem(line + 1, "gzip_terpotong", "berkas berakhir atau rusak setelah baris " + line + ": "
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            }
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    private RawLine nextJson() throws IOException {
        while (true) {
            int len = 0;
            boolean tooLong = false;
            boolean any = false;
            while (true) {
                if (pos == limit) {
                    limit = in.read(buffer, 0, buffer.length);
                    pos = 0;
                    if (limit <= 0) {
                        limit = 0;
                        ended = true;
                        break;
                    }
                }
                int start = pos;
                while (pos < limit && buffer[pos] != '\n') {
                    pos++;
                }
                int n = pos - start;
                any |= n > 0;
                if (!tooLong) {
                    if (len + n > MAX_LINE) {
                        tooLong = true;
                    } else {
                        if (len + n > lineBytes.length) {
                            lineBytes = java.util.Arrays.copyOf(lineBytes, Math.max(len + n, lineBytes.length * 2));
                        }
                        System.arraycopy(buffer, start, lineBytes, len, n);
                        len += n;
                    }
                }
                if (pos < limit) {
                    pos++;
                    any = true;
                    break;
                }
            }
            if (!any && ended) {
                return null;
            }
            line++;
            if (tooLong) {
                return RawLine.problem(line, "baris_terlalu_panjang", "baris lebih dari " + MAX_LINE + " byte");
            }
            int end = len;
            if (end > 0 && lineBytes[end - 1] == '\r') {
                end--;
            }
            int begin = line == 1 && end >= 3 && (lineBytes[0] & 0xff) == 0xEF && (lineBytes[1] & 0xff) == 0xBB
                    && (lineBytes[2] & 0xff) == 0xBF ? 3 : 0;
            String s = new String(lineBytes, begin, end - begin, StandardCharsets.UTF_8);
            if (!s.isBlank()) {
                return RawLine.json(line, s);
            }
            if (ended) {
                return null;
            }
        }
    }

    private RawLine nextCsv() throws IOException {
        if (records == null) {
            parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                    .setAllowMissingColumnNames(true).setTrim(false).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            records = parser.iterator();
            line = 1;
        }
        if (!records.hasNext()) {
            ended = true;
            return null;
        }
        CSVRecord r = records.next();
        line = r.getRecordNumber() + 1;
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> names = parser.getHeaderNames();
        for (int i = 0; i < r.size(); i++) {
            String name = i < names.size() ? names.get(i) : "kolom_" + (i + 1);
            String header = name.startsWith("\uFEFF") ? name.substring(1) : name;
            fields.put(header, r.get(i));
        }
        return RawLine.csv(line, fields);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private static final class CountingInputStream extends FilterInputStream {
        volatile long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
