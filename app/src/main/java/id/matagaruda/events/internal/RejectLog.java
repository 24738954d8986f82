package id.matagaruda.events.internal;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/** The rejected lines of one run as JSON Lines: line number, reason, detail and an excerpt. Created on first use. */
final class RejectLog implements Closeable {

    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper();
    private BufferedWriter out;

    RejectLog(Path file) {
        this.file = file;
    }

    void write(long line, String reason, String detail, String excerpt) throws IOException {
        if (out == null) {
            Files.createDirectories(file.getParent());
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        }
        ObjectNode n = mapper.createObjectNode();
        n.put("baris", line);
        n.put("alasan", reason);
        n.put("rincian", detail);
        n.put("cuplikan", excerpt);
        out.write(mapper.writeValueAsString(n));
        out.write('\n');
    }

    /** The file, or null when nothing was rejected. */
    Path file() {
        return out == null ? null : file;
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
        }
    }
}
