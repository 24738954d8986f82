package id.matagaruda.indicator;

import java.util.Locale;
import java.util.Map;

/**
 * Units of measure (satuan) compared the way a planner would: obvious synonyms are the same unit ("%" and "persen",
 * "indeks" and "poin"). Intensive units (persen, indeks, rasio) aggregate as a population-weighted mean; counts
 * (jumlah and everything else) as a sum.
 */
public final class Satuan {

    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("%", "persen"), Map.entry("persen", "persen"), Map.entry("persentase", "persen"),
            Map.entry("prosen", "persen"), Map.entry("percent", "persen"), Map.entry("per seratus", "persen"),
            Map.entry("indeks", "indeks"), Map.entry("poin", "indeks"), Map.entry("point", "indeks"),
            Map.entry("nilai indeks", "indeks"), Map.entry("skor", "indeks"), Map.entry("index", "indeks"),
            Map.entry("rasio", "rasio"), Map.entry("ratio", "rasio"),
            Map.entry("rp", "rupiah"), Map.entry("rp.", "rupiah"),
            Map.entry("jumlah", "jumlah"), Map.entry("buah", "jumlah"), Map.entry("unit", "jumlah"));

    private Satuan() {}

    /** The canonical unit: lower case, single spaces, synonyms folded. */
    public static String normalise(String satuan) {
        if (satuan == null) {
            return "";
        }
        String s = satuan.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return SYNONYMS.getOrDefault(s, s);
    }

    public static boolean same(String a, String b) {
        return normalise(a).equals(normalise(b));
    }

    /** Persen, indeks and rasio are averaged over regions (weighted by population); other units are summed. */
    public static boolean intensive(String satuan) {
        String n = normalise(satuan);
        return n.equals("persen") || n.equals("indeks") || n.equals("rasio");
    }
}
