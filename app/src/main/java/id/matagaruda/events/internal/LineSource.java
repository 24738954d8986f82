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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import id.matagaruda.events.IngestLimits;
import id.matagaruda.shared.InflationGuard;
import java.io.Reader;

/**
 * Streams the records of an input file in chunks: JSON Lines or CSV with a header, gzip-compressed or not (told by the
 * magic bytes). Lines, CSV records and CSV fields over the {@link IngestLimits} are skipped and reported with their line
 * number; a truncated or corrupt gzip ends the stream with one reported problem at the line reached; a gzip that inflates
 * past its limits throws {@link id.matagaruda.shared.FileRejectedException}. Memory does not depend on the file size.
 */
final class LineSource implements Closeable {

    private final CountingInputStream counted;
    private final InputStream in;
    private final boolean csv;
    private final IngestLimits limits;
    private Reader reader;
    private List<String> header;
    private final char[] cbuf = new char[1 << 16];
    private int cpos;
    private int clen;
    private long physicalLine = 1;
    private long line;
    private boolean ended;

    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int limit;
    private byte[] lineBytes = new byte[4096];

    LineSource(InputStream raw, String name) throws IOException {
        this(raw, name, IngestLimits.DEFAULT);
    }

    LineSource(InputStream raw, String name, IngestLimits limits) throws IOException {
        this.limits = limits;
        counted = new CountingInputStream(raw);
        BufferedInputStream buffered = new BufferedInputStream(counted, 1 << 16);
        buffered.mark(4);
        int b1 = buffered.read();
        int b2 = buffered.read();
        buffered.reset();
        InputStream content = b1 == 0x1f && b2 == 0x8b ? InflationGuard.gzip(new GZIPInputStream(buffered, 1 << 16),
                () -> counted.count, limits.maxUncompressedBytes(), limits.maxRatio(), "import.subject.eventFile")
                : buffered;
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
                    if (len + n > limits.maxLineChars()) {
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
                return RawLine.problem(line, "baris_terlalu_panjang", "baris lebih dari " + limits.maxLineChars() + " byte");
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
        if (reader == null) {
            reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            CsvRecord h = readRecord();
            if (h == null) {
                ended = true;
                return null;
            }
            if (h.problem != null) {
                ended = true;
                return RawLine.problem(h.line, h.problem, "baris judul: " + h.detail);
            }
            header = new ArrayList<>(h.fields.size());
            for (String name : h.fields) {
                header.add(name.startsWith("\uFEFF") ? name.substring(1) : name);
            }
        }
        CsvRecord r = readRecord();
        if (r == null) {
            ended = true;
            return null;
        }
        line = physicalLine - 1;
        if (r.problem != null) {
            return RawLine.problem(r.line, r.problem, r.detail);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < r.fields.size(); i++) {
            String name = i < header.size() ? header.get(i) : "kolom_" + (i + 1);
            fields.put(name, r.fields.get(i));
        }
        return RawLine.csv(r.line, fields);
    }

    /** One CSV record (RFC 4180: comma, double quote, doubled quote inside), or the problem that made it unreadable. */
    private record CsvRecord(long line, List<String> fields, String problem, String detail) {}

    private static final int START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int AFTER_QUOTE = 3;

    /**
     * Reads one record by hand rather than with a general CSV library, because a library keeps an unclosed quote open
     * to the end of the file, holding everything after it in one field: here a field may not outgrow
     * {@code maxFieldChars} nor a record {@code maxLineChars}; past either the record is rejected at the line it started
     * on, the rest of the physical line is skipped, and reading resumes at the next line.
     */
    private CsvRecord readRecord() throws IOException {
        int c;
        while (true) {
            c = readChar();
            if (c == -1) {
                return null;
            }
            if (c == '\n') {
                physicalLine++;
            } else if (c == '\r') {
                if (peekChar() == '\n') {
                    readChar();
                }
                physicalLine++;
            } else {
                break;
            }
        }
        long startLine = physicalLine;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int state = START;
        long quoteLine = startLine;
        long chars = 0;
        while (true) {
            if (++chars > limits.maxLineChars()) {
                String detail = state == QUOTED && physicalLine > quoteLine
                        ? unclosed(quoteLine, startLine) : "baris lebih dari " + limits.maxLineChars() + " karakter";
                String reason = state == QUOTED && physicalLine > quoteLine ? "kutip_tidak_ditutup" : "baris_terlalu_panjang";
                skipRestOfLine(c);
                return new CsvRecord(startLine, null, reason, detail);
            }
            switch (state) {
                case START, UNQUOTED -> {
                    if (c == -1 || c == '\n' || c == '\r') {
                        fields.add(field.toString());
                        endOfLine(c);
                        return new CsvRecord(startLine, fields, null, null);
                    } else if (c == ',') {
                        fields.add(field.toString());
                        field.setLength(0);
                        state = START;
                    } else if (c == '"' && state == START) {
                        state = QUOTED;
                        quoteLine = physicalLine;
                    } else {
                        field.append((char) c);
                        state = UNQUOTED;
                    }
                }
                case QUOTED -> {
                    if (c == -1) {
                        return new CsvRecord(startLine, null, "kutip_tidak_ditutup",
                                "tanda kutip yang dibuka di baris " + quoteLine + " tidak ditutup sampai akhir berkas");
                    } else if (c == '"') {
                        if (peekChar() == '"') {
                            readChar();
                            field.append('"');
                        } else {
                            state = AFTER_QUOTE;
                        }
                    } else {
                        if (c == '\n') {
                            physicalLine++;
                        }
                        field.append((char) c);
                    }
                }
                default -> {
                    if (c == ',') {
                        fields.add(field.toString());
                        field.setLength(0);
                        state = START;
                    } else if (c == -1 || c == '\n' || c == '\r') {
                        fields.add(field.toString());
                        endOfLine(c);
                        return new CsvRecord(startLine, fields, null, null);
                    } else {
                        long at = physicalLine;
                        skipRestOfLine(c);
                        // a quote left open is usually "closed" by the opening quote of a later line's field
                        return at > quoteLine
                                ? new CsvRecord(startLine, null, "kutip_tidak_ditutup", "tanda kutip yang dibuka di baris "
                                        + quoteLine + " tidak ditutup (tanda kutip berikutnya ada di baris " + at
                                        + "); baris " + startLine + "-" + at + " dilewati")
                                : new CsvRecord(startLine, null, "kutip_rusak",
                                        "karakter '" + (char) c + "' setelah tanda kutip penutup di baris " + at);
                    }
                }
            }
            if (field.length() > limits.maxFieldChars()) {
                boolean unclosed = state == QUOTED && physicalLine > quoteLine;
                String detail = unclosed ? unclosed(quoteLine, startLine)
                        : "kolom " + (fields.size() + 1) + " lebih dari " + limits.maxFieldChars() + " karakter";
                if (c != '\n') {
                    skipRestOfLine(c);
                }
                return new CsvRecord(startLine, null, unclosed ? "kutip_tidak_ditutup" : "kolom_terlalu_panjang", detail);
            }
            c = readChar();
        }
    }

    private String unclosed(long quoteLine, long startLine) {
        return "tanda kutip yang dibuka di baris " + quoteLine + " tidak ditutup dalam " + limits.maxFieldChars()
                + " karakter; baris " + startLine + "-" + physicalLine + " dilewati";
    }

    /** After a line break just read ({@code c}), counts it; a CR LF pair is one break. */
    private void endOfLine(int c) throws IOException {
        if (c == '\r' && peekChar() == '\n') {
            readChar();
        }
        if (c != -1) {
            physicalLine++;
        }
    }

    /** Skips to the start of the next physical line; {@code last} is the character just read. */
    private void skipRestOfLine(int last) throws IOException {
        int c = last;
        while (c != -1 && c != '\n') {
            c = readChar();
        }
        if (c == '\n') {
            physicalLine++;
        }
    }

    private int readChar() throws IOException {
        if (cpos == clen) {
            clen = reader.read(cbuf, 0, cbuf.length);
            cpos = 0;
            if (clen <= 0) {
                clen = 0;
                return -1;
            }
        }
        return cbuf[cpos++];
    }

    private int peekChar() throws IOException {
        if (cpos == clen) {
            clen = reader.read(cbuf, 0, cbuf.length);
            cpos = 0;
            if (clen <= 0) {
                clen = 0;
                return -1;
            }
        }
        return cbuf[cpos];
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
