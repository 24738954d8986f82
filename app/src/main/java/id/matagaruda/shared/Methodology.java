package id.matagaruda.shared;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One methodology file ({@code methodology/<id>.yaml}): thresholds, bands and defaults a methodologist may change
 * without touching code. Every computed figure that used it can name {@link #id()} and {@link #version()}.
 *
 * <p>The header keys are {@code id}, {@code versi}, {@code judul}, {@code title} (English), {@code sumber} and
 * {@code berlaku_sejak}; everything else is the body, read by the module that owns the file through the typed getters.
 */
public record Methodology(String id, String version, String judul, String title, String sumber, String berlakuSejak,
        Map<String, Object> body) {

    /** "risk-bands v2": what a computed figure records as the method that produced it. */
    public String reference() {
        return id + " v" + version;
    }

    public BigDecimal decimal(String path) {
        Object v = at(path);
        if (v instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        throw wrong(path, "a number", v);
    }

    public double number(String path) {
        return decimal(path).doubleValue();
    }

    public int integer(String path) {
        return decimal(path).intValueExact();
    }

    public String text(String path) {
        Object v = at(path);
        if (v instanceof String s) {
            return s;
        }
        throw wrong(path, "a text", v);
    }

    public boolean flag(String path) {
        Object v = at(path);
        if (v instanceof Boolean b) {
            return b;
        }
        throw wrong(path, "true or false", v);
    }

    /** A list of maps (e.g. bands), each read with {@link #decimalIn}/{@link #textIn}. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> list(String path) {
        Object v = at(path);
        if (v instanceof List<?> l && l.stream().allMatch(e -> e instanceof Map)) {
            return (List<Map<String, Object>>) v;
        }
        throw wrong(path, "a list of entries", v);
    }

    public boolean has(String path) {
        return find(path) != null;
    }

    /** A value at a dotted path ({@code bands.tinggi.min}); absent keys are an error naming the file and the key. */
    public Object at(String path) {
        Object v = find(path);
        if (v == null) {
            throw new IllegalStateException("methodology " + reference() + " has no value at '" + path + "'");
        }
        return v;
    }

    private Object find(String path) {
        Object cur = body;
        for (String part : path.split("\\.")) {
            if (!(cur instanceof Map<?, ?> m)) {
                return null;
            }
            cur = m.get(part);
        }
        return cur;
    }

    private IllegalStateException wrong(String path, String expected, Object got) {
        return new IllegalStateException("methodology " + reference() + ": '" + path + "' should be " + expected
                + " but is " + got);
    }
}
