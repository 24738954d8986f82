package id.matagaruda.indicator;

import id.matagaruda.shared.Methodologies;
import id.matagaruda.shared.Methodology;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The unit rules held as data ({@code methodology/unit-rules.yaml}): per canonical satuan a range, the decimals a
 * value may carry and whether it is a count; and the effective rule of one indicator, where a range or precision the
 * catalogue declares (on the indicator or, failing that, on its nearest cascade parent of the same unit) replaces the
 * unit's own within the unit's absolute bounds.
 */
public final class UnitRules {

    public static final String ID = "unit-rules";
    private static final int MAX_CASCADE_DEPTH = 10;

    private UnitRules() {}

    public static Methodology methodology() {
        return Methodologies.get(ID);
    }

    /** One line of the unit table, for the page that lists the rules. */
    public record UnitRule(String satuan, BigDecimal min, BigDecimal max, int decimals, boolean wholeNumber,
            boolean rangeMayChange, BigDecimal absoluteMin, BigDecimal absoluteMax) {}

    /** Every unit the file names, in the file's order, then the rule for any other unit ({@code lainnya}). */
    public static List<UnitRule> table() {
        Methodology m = methodology();
        List<UnitRule> out = new ArrayList<>();
        for (String unit : section(m, "satuan").keySet()) {
            out.add(read(m, "satuan." + unit, unit));
        }
        for (String unit : counts(m)) {
            out.add(read(m, "cacah", unit));
        }
        out.add(read(m, "lainnya", "lainnya"));
        return out;
    }

    /** The rule of a unit alone, before any declared range. */
    public static UnitRule forUnit(String satuan) {
        Methodology m = methodology();
        String unit = Satuan.normalise(satuan);
        if (section(m, "satuan").containsKey(unit)) {
            return read(m, "satuan." + unit, unit);
        }
        if (counts(m).contains(unit)) {
            return read(m, "cacah", unit);
        }
        return read(m, "lainnya", unit);
    }

    /**
     * The rule a value of {@code row} must satisfy. A regional indicator without its own declared range carries its
     * cascade parent's (the turnout range declared on the national indicator holds for every province and kab/kota
     * indicator under it), as long as the parent measures the same unit.
     */
    public static ValueRule effective(CatalogueRow row, Function<String, CatalogueRow> byCode) {
        UnitRule unit = forUnit(row.satuan());
        String reference = methodology().reference() + ": " + unit.satuan();
        BigDecimal min = unit.min();
        BigDecimal max = unit.max();
        int decimals = unit.decimals();
        String declaredBy = null;
        boolean rangeFound = false;
        boolean decimalsFound = false;
        Set<String> seen = new HashSet<>();
        CatalogueRow r = row;
        for (int depth = 0; r != null && depth < MAX_CASCADE_DEPTH && seen.add(r.kode()); depth++) {
            if (!Satuan.same(r.satuan(), row.satuan())) {
                break;
            }
            CatalogueRow.Details d = r.details();
            if (!rangeFound && unit.rangeMayChange() && (d.nilaiMin() != null || d.nilaiMaks() != null)) {
                min = d.nilaiMin() != null ? d.nilaiMin() : min;
                max = d.nilaiMaks() != null ? d.nilaiMaks() : max;
                declaredBy = r.kode();
                rangeFound = true;
            }
            if (!decimalsFound && d.desimal() != null) {
                decimals = unit.wholeNumber() ? 0 : d.desimal();
                decimalsFound = true;
            }
            r = r.kodeInduk() == null ? null : byCode.apply(r.kodeInduk());
        }
        return new ValueRule(unit.satuan(), min, max, decimals, unit.wholeNumber(), reference, declaredBy);
    }

    /**
     * What is wrong with a range or precision the catalogue declares for an indicator of {@code satuan}, as message keys
     * of the import's error list; empty when it is consistent.
     */
    public static List<Problem> checkDeclared(String satuan, BigDecimal min, BigDecimal max, Integer decimals) {
        List<Problem> out = new ArrayList<>();
        UnitRule unit = forUnit(satuan);
        if (min != null && max != null && min.compareTo(max) > 0) {
            out.add(new Problem("nilai_min", "catalogue.unit.minAboveMax", plain(min), plain(max)));
        }
        if ((min != null || max != null) && !unit.rangeMayChange()) {
            out.add(new Problem(min != null ? "nilai_min" : "nilai_maks", "catalogue.unit.fixedRange", unit.satuan()));
        }
        if (min != null && unit.absoluteMin() != null && min.compareTo(unit.absoluteMin()) < 0) {
            out.add(new Problem("nilai_min", "catalogue.unit.minBelowUnit", plain(min), unit.satuan(), plain(unit.absoluteMin())));
        }
        if (max != null && unit.absoluteMax() != null && max.compareTo(unit.absoluteMax()) > 0) {
            out.add(new Problem("nilai_maks", "catalogue.unit.maxAboveUnit", plain(max), unit.satuan(), plain(unit.absoluteMax())));
        }
        if (max != null && unit.absoluteMin() != null && max.compareTo(unit.absoluteMin()) < 0) {
            out.add(new Problem("nilai_maks", "catalogue.unit.maxBelowUnit", plain(max), unit.satuan(), plain(unit.absoluteMin())));
        }
        if (unit.wholeNumber()) {
            if (min != null && ValueRule.decimalsOf(min) > 0) {
                out.add(new Problem("nilai_min", "catalogue.unit.minNotWhole", unit.satuan(), plain(min)));
            }
            if (max != null && ValueRule.decimalsOf(max) > 0) {
                out.add(new Problem("nilai_maks", "catalogue.unit.maxNotWhole", unit.satuan(), plain(max)));
            }
        }
        if (decimals != null) {
            // the stored column keeps four decimals; a declaration past that would promise a precision never kept
            if (decimals < 0 || decimals > id.matagaruda.shared.NumberReader.DEFAULT_DECIMALS) {
                out.add(new Problem("desimal", "catalogue.unit.decimalsRange", String.valueOf(decimals)));
            } else if (unit.wholeNumber() && decimals != 0) {
                out.add(new Problem("desimal", "catalogue.unit.decimalsWhole", unit.satuan()));
            }
        }
        return out;
    }

    /** A problem with a declared range, naming the catalogue column. */
    /** A declared range or precision that breaks the unit's rule: the column and a message key with its arguments. */
    public record Problem(String column, String messageKey, Object... args) {}

    private static UnitRule read(Methodology m, String path, String unit) {
        BigDecimal min = m.has(path + ".min") ? m.decimal(path + ".min") : null;
        BigDecimal max = m.has(path + ".maks") ? m.decimal(path + ".maks") : null;
        boolean whole = m.has(path + ".bilangan_bulat") && m.flag(path + ".bilangan_bulat");
        boolean mayChange = m.has(path + ".rentang_boleh_diubah") && m.flag(path + ".rentang_boleh_diubah");
        BigDecimal absMin = m.has(path + ".batas_mutlak_min") ? m.decimal(path + ".batas_mutlak_min") : null;
        BigDecimal absMax = m.has(path + ".batas_mutlak_maks") ? m.decimal(path + ".batas_mutlak_maks") : null;
        return new UnitRule(unit, min, max, m.integer(path + ".desimal"), whole, mayChange, absMin, absMax);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Methodology m, String path) {
        Object v = m.at(path);
        if (v instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalStateException("methodology " + m.reference() + ": '" + path + "' should be a mapping");
    }

    private static List<String> counts(Methodology m) {
        Object v = m.at("cacah.satuan");
        if (v instanceof List<?> l) {
            return l.stream().map(o -> Satuan.normalise(String.valueOf(o))).toList();
        }
        throw new IllegalStateException("methodology " + m.reference() + ": 'cacah.satuan' should be a list");
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
