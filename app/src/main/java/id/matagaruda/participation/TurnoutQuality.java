package id.matagaruda.participation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Data quality before learning. Rules, in this order (a row keeps its first flag):
 * <ol>
 * <li>missing counts: dpt or pengguna_hak_pilih blank;</li>
 * <li>dpt 0;</li>
 * <li>more voters than the rolls allow: pengguna_hak_pilih above dpt + dptb, or, without dptb, turnout above
 *     {@link #BOUND_WITHOUT_DPTB}% (DPTb voters can lift turnout past 100% by a few points, not more);</li>
 * <li>documented incomplete coverage: the province/year/type rules of {@code participation/cakupan_tidak_lengkap.csv}
 *     (Papua and Papua Barat 2019 and their 2022 successors 93-96);</li>
 * <li>far below comparable regions: robust z = 0.6745 (x - median) / MAD of turnout among the unflagged rows of the same
 *     province and election, below {@link #ROBUST_Z}; where the province has fewer than {@link #MIN_PEERS} such rows,
 *     among the same region type (kabupaten or kota) nationwide.</li>
 * </ol>
 */
public final class TurnoutQuality {

    public static final double BOUND_WITHOUT_DPTB = 105.0;
    /** Iglewicz and Hoaglin's cut-off for the modified z score. */
    public static final double ROBUST_Z = -3.5;
    public static final int MIN_PEERS = 5;
    public static final String COVERAGE_RULES = "participation/cakupan_tidak_lengkap.csv";

    /** One documented coverage gap: a province (two-digit code) in a year, for one election type or all ("*"). */
    public record CoverageRule(String provinsi, int tahun, String jenis, String alasan) {}

    private final List<CoverageRule> coverage;
    private final Function<String, String> regionType;

    public TurnoutQuality(List<CoverageRule> coverage, Function<String, String> regionType) {
        this.coverage = List.copyOf(coverage);
        this.regionType = regionType;
    }

    public static TurnoutQuality shipped() {
        return new TurnoutQuality(shippedCoverage(), kode -> id.matagaruda.region.ReferenceRegions.shipped().find(kode)
                .map(r -> r.jenis() == null ? "" : r.jenis()).orElse(""));
    }

    public static List<CoverageRule> shippedCoverage() {
        List<CoverageRule> rules = new ArrayList<>();
        try (InputStream in = TurnoutQuality.class.getClassLoader().getResourceAsStream(COVERAGE_RULES)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                rules.add(new CoverageRule(r.get("provinsi"), Integer.parseInt(r.get("tahun")), r.get("jenis"), r.get("alasan")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules;
    }

    public List<CoverageRule> coverage() {
        return coverage;
    }

    /** The flags of the given rows, at most one per row, in file order. */
    public List<QualityFlag> check(List<TurnoutRecord> rows) {
        Map<TurnoutRecord, QualityFlag> flags = new LinkedHashMap<>();
        for (TurnoutRecord r : rows) {
            QualityFlag f = structural(r);
            if (f != null) {
                flags.put(r, f);
            }
        }
        Map<String, List<TurnoutRecord>> byElection = new LinkedHashMap<>();
        for (TurnoutRecord r : rows) {
            if (!flags.containsKey(r)) {
                byElection.computeIfAbsent(r.pemilihan().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(r);
            }
        }
        for (List<TurnoutRecord> election : byElection.values()) {
            Map<String, List<Double>> byProvince = new HashMap<>();
            Map<String, List<Double>> byType = new HashMap<>();
            for (TurnoutRecord r : election) {
                byProvince.computeIfAbsent(r.provinsi(), k -> new ArrayList<>()).add(r.turnout());
                byType.computeIfAbsent(regionType.apply(r.kodeWilayah()), k -> new ArrayList<>()).add(r.turnout());
            }
            for (TurnoutRecord r : election) {
                List<Double> province = byProvince.get(r.provinsi());
                boolean withinProvince = province.size() >= MIN_PEERS;
                List<Double> peers = withinProvince ? province : byType.get(regionType.apply(r.kodeWilayah()));
                if (peers.size() < MIN_PEERS) {
                    continue;
                }
                double median = median(peers);
                List<Double> deviations = peers.stream().map(x -> Math.abs(x - median)).toList();
                double mad = median(deviations);
                if (mad <= 0) {
                    continue;
                }
                double z = 0.6745 * (r.turnout() - median) / mad;
                if (z < ROBUST_Z) {
                    String group = withinProvince ? "kab/kota lain di provinsi yang sama"
                            : regionType.apply(r.kodeWilayah()).toLowerCase(Locale.ROOT) + " lain se-Indonesia";
                    flags.put(r, new QualityFlag(r.line(), r.kodeWilayah(), r.pemilihan(), QualityFlag.FAR_BELOW,
                            String.format(Locale.ROOT, "partisipasi %.2f%% jauh di bawah %s (median %.2f%%, z robust %.1f < %.1f)",
                                    r.turnout(), group, median, z, ROBUST_Z)));
                }
            }
        }
        return flags.values().stream().sorted(Comparator.comparingInt(QualityFlag::line)).toList();
    }

    private QualityFlag structural(TurnoutRecord r) {
        if (r.dpt() == null || r.penggunaHakPilih() == null) {
            String which = r.dpt() == null && r.penggunaHakPilih() == null ? "dpt dan pengguna_hak_pilih"
                    : r.dpt() == null ? "dpt" : "pengguna_hak_pilih";
            return flag(r, QualityFlag.MISSING, "hitungan kosong: " + which + " tidak diisi");
        }
        if (r.dpt() == 0) {
            return flag(r, QualityFlag.DPT_ZERO, "dpt 0: partisipasi tidak dapat dihitung");
        }
        if (r.dptb() != null) {
            if (r.penggunaHakPilih() > r.dpt() + r.dptb()) {
                return flag(r, QualityFlag.ABOVE_DPTB, String.format(Locale.ROOT,
                        "pengguna hak pilih %d melebihi DPT + DPTb %d (%.2f%% dari DPT)", r.penggunaHakPilih(),
                        r.dpt() + r.dptb(), r.turnout()));
            }
        } else if (r.turnout() > BOUND_WITHOUT_DPTB) {
            return flag(r, QualityFlag.ABOVE_BOUND, String.format(Locale.ROOT,
                    "partisipasi %.2f%% di atas batas %.0f%% (tanpa DPTb, pemilih pindahan tidak menjelaskannya)",
                    r.turnout(), BOUND_WITHOUT_DPTB));
        }
        for (CoverageRule c : coverage) {
            if (c.provinsi().equals(r.provinsi()) && r.tahun() != null && c.tahun() == r.tahun()
                    && (c.jenis().equals("*") || c.jenis().equals(r.jenis()))) {
                return flag(r, QualityFlag.COVERAGE, "cakupan data tidak lengkap: " + c.alasan());
            }
        }
        return null;
    }

    private static QualityFlag flag(TurnoutRecord r, String rule, String reason) {
        return new QualityFlag(r.line(), r.kodeWilayah(), r.pemilihan(), rule, reason);
    }

    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
