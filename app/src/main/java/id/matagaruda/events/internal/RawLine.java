package id.matagaruda.events.internal;

import java.util.Map;

/**
 * One input record as read: a JSON line ({@code json}), or a CSV row ({@code fields}), or a problem the reader found
 * itself ({@code problem}: an over-long line, a truncated gzip).
 */
record RawLine(long line, String json, Map<String, String> fields, String problem, String detail) {

    static RawLine json(long line, String text) {
        return new RawLine(line, text, null, null, null);
    }

    static RawLine csv(long line, Map<String, String> fields) {
        return new RawLine(line, null, fields, null, null);
    }

    static RawLine problem(long line, String reason, String detail) {
        return new RawLine(line, null, null, reason, detail);
    }

    String excerpt() {
        String s = json != null ? json : fields != null ? fields.toString() : detail;
        if (s == null) {
            return "";
        }
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}
