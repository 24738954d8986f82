package id.matagaruda.geoparse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Geoparses a JSON Lines stream: each object's {@code title}/{@code judul} and {@code text}/{@code teks} (and
 * {@code lat}/{@code lon} when both are there) give {@code kode_wilayah} (or null) and {@code kandidat_wilayah}. A bad
 * line is reported on the error stream with its number and still written, with {@code kode_wilayah: null} and a
 * {@code galat}; a line that is not a JSON object is written as {@code {"baris_asli": "..."}} with the same fields.
 * A {@code kode_wilayah} the source already gave is kept as {@code kode_wilayah_sumber}.
 */
public final class GeoparseJsonLines {

    /** Lines read (blank lines not counted), lines given a region, lines with a {@code galat}. */
    public record Summary(long lines, long located, long errors) {}

    private final Geoparser geoparser;
    private final ObjectMapper mapper = JsonMapper.builder().build();

    public GeoparseJsonLines(Geoparser geoparser) {
        this.geoparser = geoparser;
    }

    public Summary process(BufferedReader in, Writer out, PrintStream errors) throws IOException {
        long lines = 0;
        long located = 0;
        long bad = 0;
        long number = 0;
        String line;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            lines++;
            ObjectNode result = processLine(line);
            if (result.has("galat")) {
                bad++;
                errors.println("baris " + number + ": " + result.get("galat").asString());
            } else if (!result.get("kode_wilayah").isNull()) {
                located++;
            }
            out.write(mapper.writeValueAsString(result));
            out.write('\n');
        }
        out.flush();
        return new Summary(lines, located, bad);
    }

    /** One line's output object. */
    public ObjectNode processLine(String line) {
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (JacksonException e) {
            return failed(raw(line), "bukan JSON yang sah: " + firstLine(e.getOriginalMessage()));
        }
        if (node == null || !node.isObject()) {
            return failed(raw(line), "baris harus berupa objek JSON");
        }
        ObjectNode obj = (ObjectNode) node;
        StringBuilder text = new StringBuilder();
        for (String field : new String[] {"title", "judul", "text", "teks"}) {
            JsonNode v = obj.get(field);
            if (v == null || v.isNull()) {
                continue;
            }
            if (!v.isString()) {
                return failed(obj, field + " harus berupa teks");
            }
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(v.asString());
        }
        Double lat;
        Double lon;
        try {
            lat = coordinate(obj, "lat", 90);
            lon = coordinate(obj, "lon", 180);
        } catch (IllegalArgumentException e) {
            return failed(obj, e.getMessage());
        }
        if ((lat == null) != (lon == null)) {
            return failed(obj, "lat dan lon harus diisi berdua");
        }
        if (text.toString().isBlank() && lat == null) {
            return failed(obj, "tidak ada title/text maupun lat/lon");
        }
        GeoResult r = geoparser.parse(text.toString(), lat, lon);
        keepSourceCode(obj);
        obj.put("kode_wilayah", r.kodeWilayah());
        ArrayNode candidates = obj.putArray("kandidat_wilayah");
        for (GeoResult.Candidate c : r.kandidat()) {
            candidates.addObject().put("kode", c.kode()).put("nama", c.nama()).put("skor", c.skor());
        }
        return obj;
    }

    private static Double coordinate(ObjectNode obj, String field, double limit) {
        JsonNode v = obj.get(field);
        if (v == null || v.isNull() || (v.isString() && v.asString().isBlank())) {
            return null;
        }
        double d;
        if (v.isNumber()) {
            d = v.doubleValue();
        } else if (v.isString()) {
            try {
                d = Double.parseDouble(v.asString().trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(field + " harus berupa angka");
            }
        } else {
            throw new IllegalArgumentException(field + " harus berupa angka");
        }
        if (!Double.isFinite(d) || d < -limit || d > limit) {
            throw new IllegalArgumentException(field + " harus di antara -" + (int) limit + " dan " + (int) limit);
        }
        return d;
    }

    private ObjectNode raw(String line) {
        ObjectNode o = mapper.createObjectNode();
        o.put("baris_asli", line);
        return o;
    }

    private static ObjectNode failed(ObjectNode obj, String galat) {
        keepSourceCode(obj);
        obj.putNull("kode_wilayah");
        obj.putArray("kandidat_wilayah");
        obj.put("galat", galat);
        return obj;
    }

    private static void keepSourceCode(ObjectNode obj) {
        JsonNode source = obj.get("kode_wilayah");
        if (source != null && !source.isNull() && !(source.isString() && source.asString().isBlank())) {
            obj.set("kode_wilayah_sumber", source);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
