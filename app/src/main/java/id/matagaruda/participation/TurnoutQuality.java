package id.matagaruda.participation;

import id.matagaruda.shared.Methodologies;
import id.matagaruda.shared.Methodology;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Data quality before learning. Rules, in this order (a row keeps its first flag); thresholds come from
 * {@code methodology/turnout-quality.yaml}:
 * <ol>
 * <li>missing counts: dpt or pengguna_hak_pilih blank;</li>
 * <li>dpt 0;</li>
 * <li>more voters than the rolls allow: pengguna_hak_pilih above dpt + dptb, or, without dptb, turnout above the
 *     bound (DPTb voters can lift turnout past 100% by a few points, not more);</li>
 * <li>suspiciously complete: turnout at or above the near-complete bound (the noken system, a count copied from the
 *     roll), a rule of its own so that such a row is never read as "far below" a group of other 100% rows;</li>
 * <li>documented incomplete coverage: the province/year/type rules of {@code participation/cakupan_tidak_lengkap.csv};
 *     without {@code jenis} and {@code tahun} columns both are read from the election's name;</li>
 * <li>far below the nation: robust z of the row against every row of the same election with a computable turnout;</li>
 * <li>a province incomplete as a whole: robust z of the province's total turnout against the totals of the other
 *     provinces of the same election; every remaining row of such a province is flagged;</li>
 * <li>far below comparable regions: robust z among the unflagged rows of the same province and election, or, where the
 *     province has fewer than the minimum, among the same region type (kabupaten or kota) nationwide.</li>
 * </ol>
 * Every robust z is (x - median) / max(1.4826 MAD, floor): the modified z of Iglewicz and Hoaglin with a floor on the
 * scale, so a near-constant group (a MAD of 0) gives a bounded z instead of an absurd one.
 */
public final class TurnoutQuality {

    public static final String METHODOLOGY = "turnout-quality";
    public static final String COVERAGE_RULES = "participation/cakupan_tidak_lengkap.csv";
    /** 1 / Phi^-1(0.75): MAD x this estimates the standard deviation of a normal sample. */
    static final double MAD_TO_SD = 1.4826;

    /** One documented coverage gap: a province (two-digit code) in a year, for one election type or all ("*"). */
    public record CoverageRule(String provinsi, int tahun, String jenis, String alasan) {}

    /** The thresholds of {@code methodology/turnout-quality.yaml}. */
    public record Settings(double boundWithoutDptb, double zThreshold, double scaleFloor, int minPeers,
            double nationalThreshold, double provinceThreshold, int minProvinces, double nearComplete,
            String reference) {

        public static Settings of(Methodology m) {
            return new Settings(m.number("batas_tanpa_dptb"), m.number("z_robust.batas"),
                    m.number("z_robust.skala_minimum"), m.integer("z_robust.min_pembanding"), m.number("nasional.batas"),
                    m.number("provinsi_tidak_lengkap.batas"), m.integer("provinsi_tidak_lengkap.min_provinsi"),
                    m.number("hampir_lengkap.batas"), m.reference());
        }

        public static Settings shipped() {
            return of(Methodologies.get(METHODOLOGY));
        }
    }

    /** Median, scale (max(1.4826 MAD, floor)) and size of a reference group. */
    record Robust(double median, double scale, int n) {
        double z(double x) {
            return (x - median) / scale;
        }
    }

    private final List<CoverageRule> coverage;
    private final Function<String, String> regionType;
    private final Function<String, String> regionName;
    private final Settings settings;

    public TurnoutQuality(List<CoverageRule> coverage, Function<String, String> regionType) {
        this(coverage, regionType, kode -> kode, Settings.shipped());
    }

    public TurnoutQuality(List<CoverageRule> coverage, Function<String, String> regionType,
            Function<String, String> regionName, Settings settings) {
        this.coverage = List.copyOf(coverage);
        this.regionType = regionType;
        this.regionName = regionName;
        this.settings = settings;
    }

    public static TurnoutQuality shipped() {
        return withCoverage(shippedCoverage());
    }

    /** The shipped regions and methodology with the given coverage rules (none: the statistical rules alone). */
    public static TurnoutQuality withCoverage(List<CoverageRule> coverage) {
        id.matagaruda.region.ReferenceRegions regions = id.matagaruda.region.ReferenceRegions.shipped();
        return new TurnoutQuality(coverage,
                kode -> regions.find(kode).map(r -> r.jenis() == null ? "" : r.jenis()).orElse(""),
                kode -> regions.find(kode).map(id.matagaruda.region.Region::nama).orElse(kode), Settings.shipped());
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

    public Settings settings() {
        return settings;
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
            if (r.turnout() != null) {
                byElection.computeIfAbsent(r.pemilihan().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(r);
            }
        }
        for (List<TurnoutRecord> election : byElection.values()) {
            farBelowNation(election, flags);
            incompleteProvinces(election, flags);
            farBelowPeers(election, flags);
        }
        return flags.values().stream().sorted(Comparator.comparingInt(QualityFlag::line)).toList();
    }

    /**
     * Against every row of the election with a computable turnout, flagged or not: the median and MAD resist the bad
     * rows themselves, and the reference then does not depend on which coverage rules happen to be documented.
     */
    private void farBelowNation(List<TurnoutRecord> election, Map<TurnoutRecord, QualityFlag> flags) {
        if (election.size() < settings.minPeers()) {
            return;
        }
        Robust nation = robust(election.stream().map(TurnoutRecord::turnout).toList());
        for (TurnoutRecord r : election) {
            double z = nation.z(r.turnout());
            if (!flags.containsKey(r) && z < settings.nationalThreshold()) {
                flags.put(r, new QualityFlag(r.line(), r.kodeWilayah(), r.pemilihan(), QualityFlag.FAR_BELOW_NATIONAL,
                        String.format(Locale.ROOT, "partisipasi %.2f%% jauh di bawah seluruh kab/kota pada pemilihan yang "
                                + "sama (median nasional %.2f%%, skala %.2f poin, z robust %.1f < %.1f)", r.turnout(),
                                nation.median(), nation.scale(), z, settings.nationalThreshold()),
                        new QualityFlag.Reference(round2(r.turnout()), QualityFlag.GROUP_NATIONAL, null,
                                round2(nation.median()), round2(nation.scale()), nation.n(), round2(z),
                                settings.nationalThreshold(), null, settings.reference())));
            }
        }
    }

    /** Province totals (sum of voters over sum of DPT) against each other; a province far below loses all its rows. */
    private void incompleteProvinces(List<TurnoutRecord> election, Map<TurnoutRecord, QualityFlag> flags) {
        Map<String, long[]> sums = new TreeMap<>();
        for (TurnoutRecord r : election) {
            long[] s = sums.computeIfAbsent(r.provinsi(), k -> new long[2]);
            s[0] += r.penggunaHakPilih();
            s[1] += r.dpt();
        }
        if (sums.size() < settings.minProvinces()) {
            return;
        }
        Map<String, Double> totals = new LinkedHashMap<>();
        sums.forEach((p, s) -> totals.put(p, s[0] * 100.0 / s[1]));
        Robust provinces = robust(List.copyOf(totals.values()));
        for (TurnoutRecord r : election) {
            double total = totals.get(r.provinsi());
            double z = provinces.z(total);
            if (!flags.containsKey(r) && z < settings.provinceThreshold()) {
                String name = regionName.apply(r.provinsi());
                flags.put(r, new QualityFlag(r.line(), r.kodeWilayah(), r.pemilihan(), QualityFlag.PROVINCE_INCOMPLETE,
                        String.format(Locale.ROOT, "hitungan provinsi %s tampak tidak lengkap: partisipasi total provinsi "
                                + "%.2f%% jauh di bawah provinsi lain (median %.2f%%, skala %.2f poin, z robust %.1f < %.1f); "
                                + "partisipasi baris ini %.2f%%", name, total, provinces.median(), provinces.scale(), z,
                                settings.provinceThreshold(), r.turnout()),
                        new QualityFlag.Reference(round2(total), QualityFlag.GROUP_PROVINCES, name,
                                round2(provinces.median()), round2(provinces.scale()), provinces.n(), round2(z),
                                settings.provinceThreshold(), null, settings.reference())));
            }
        }
    }

    /** The province's own kab/kota (unflagged so far), or the same region type nationwide when too few. */
    private void farBelowPeers(List<TurnoutRecord> election, Map<TurnoutRecord, QualityFlag> flags) {
        Map<String, List<Double>> byProvince = new HashMap<>();
        Map<String, List<Double>> byType = new HashMap<>();
        List<TurnoutRecord> open = election.stream().filter(r -> !flags.containsKey(r)).toList();
        for (TurnoutRecord r : open) {
            byProvince.computeIfAbsent(r.provinsi(), k -> new ArrayList<>()).add(r.turnout());
            byType.computeIfAbsent(regionType.apply(r.kodeWilayah()), k -> new ArrayList<>()).add(r.turnout());
        }
        Map<List<Double>, Robust> cache = new IdentityHashMap<>();
        for (TurnoutRecord r : open) {
            List<Double> province = byProvince.get(r.provinsi());
            boolean withinProvince = province.size() >= settings.minPeers();
            String type = regionType.apply(r.kodeWilayah());
            List<Double> peers = withinProvince ? province : byType.get(type);
            if (peers.size() < settings.minPeers()) {
                continue;
            }
            Robust group = cache.computeIfAbsent(peers, this::robust);
            double z = group.z(r.turnout());
            if (z < settings.zThreshold()) {
                String words = withinProvince ? "kab/kota lain di provinsi yang sama"
                        : type.toLowerCase(Locale.ROOT) + " lain se-Indonesia";
                flags.put(r, new QualityFlag(r.line(), r.kodeWilayah(), r.pemilihan(), QualityFlag.FAR_BELOW,
                        String.format(Locale.ROOT, "partisipasi %.2f%% jauh di bawah %s (median %.2f%%, skala %.2f poin, "
                                + "z robust %.1f < %.1f)", r.turnout(), words, group.median(), group.scale(), z,
                                settings.zThreshold()),
                        new QualityFlag.Reference(round2(r.turnout()),
                                withinProvince ? QualityFlag.GROUP_PROVINCE : QualityFlag.GROUP_REGION_TYPE,
                                withinProvince ? regionName.apply(r.provinsi()) : type, round2(group.median()),
                                round2(group.scale()), group.n(), round2(z), settings.zThreshold(), null,
                                settings.reference())));
            }
        }
    }

    private QualityFlag structural(TurnoutRecord r) {
        if (r.dpt() == null || r.penggunaHakPilih() == null) {
            String which = r.dpt() == null && r.penggunaHakPilih() == null ? "dpt dan pengguna_hak_pilih"
                    : r.dpt() == null ? "dpt" : "pengguna_hak_pilih";
            return flag(r, QualityFlag.MISSING, "hitungan kosong: " + which + " tidak diisi", null);
        }
        if (r.dpt() == 0) {
            return flag(r, QualityFlag.DPT_ZERO, "dpt 0: partisipasi tidak dapat dihitung", null);
        }
        if (r.dptb() != null) {
            if (r.penggunaHakPilih() > r.dpt() + r.dptb()) {
                return flag(r, QualityFlag.ABOVE_DPTB, String.format(Locale.ROOT,
                        "pengguna hak pilih %d melebihi DPT + DPTb %d (%.2f%% dari DPT)", r.penggunaHakPilih(),
                        r.dpt() + r.dptb(), r.turnout()),
                        QualityFlag.Reference.bound(round2(r.turnout()), 100.0, settings.reference()));
            }
        } else if (r.turnout() > settings.boundWithoutDptb()) {
            return flag(r, QualityFlag.ABOVE_BOUND, String.format(Locale.ROOT,
                    "partisipasi %.2f%% di atas batas %.0f%% (tanpa DPTb, pemilih pindahan tidak menjelaskannya)",
                    r.turnout(), settings.boundWithoutDptb()),
                    QualityFlag.Reference.bound(round2(r.turnout()), settings.boundWithoutDptb(), settings.reference()));
        }
        // with dptb, KPU's reading (of DPT + DPTb) is the one that can reach 100% honestly
        double complete = r.turnoutWithDptb() != null ? r.turnoutWithDptb() : r.turnout();
        if (complete >= settings.nearComplete()) {
            return flag(r, QualityFlag.NEAR_COMPLETE, String.format(Locale.ROOT,
                    "partisipasi %.2f%% hampir atau sama dengan 100%% (batas %.1f%%): hampir seluruh pemilih terdaftar "
                            + "tercatat memilih, seperti pada sistem noken atau hitungan yang disalin dari DPT",
                    complete, settings.nearComplete()),
                    QualityFlag.Reference.bound(round2(complete), settings.nearComplete(), settings.reference()));
        }
        Integer tahun = r.tahun();
        String jenis = r.jenis() != null ? r.jenis() : electionType(r.pemilihan());
        for (CoverageRule c : coverage) {
            if (c.provinsi().equals(r.provinsi()) && tahun != null && c.tahun() == tahun
                    && (c.jenis().equals("*") || c.jenis().equals(jenis))) {
                return flag(r, QualityFlag.COVERAGE, "cakupan data tidak lengkap: " + c.alasan(),
                        new QualityFlag.Reference(round2(r.turnout()), QualityFlag.GROUP_PROVINCE,
                                regionName.apply(c.provinsi()), null, null, null, null, null, c.alasan(),
                                COVERAGE_RULES));
            }
        }
        return null;
    }

    /**
     * The election type named in {@code pemilihan} ("Pemilu Presiden 2019" is pilpres), for files without a
     * {@code jenis} column; null when the name does not say.
     */
    static String electionType(String pemilihan) {
        String p = pemilihan.toLowerCase(Locale.ROOT);
        if (p.contains("presiden") || p.contains("pilpres")) {
            return "pilpres";
        }
        if (p.contains("legislatif") || p.contains("pileg") || p.matches(".*\\bdprd?\\b.*")) {
            return "pileg";
        }
        if (p.contains("gubernur") || p.contains("pilgub")) {
            return "pilgub";
        }
        if (p.contains("bupati") || p.contains("pilbup")) {
            return "pilbup";
        }
        if (p.contains("walikota") || p.contains("wali kota") || p.contains("pilwalkot")) {
            return "pilwalkot";
        }
        return null;
    }

    private Robust robust(List<Double> values) {
        double median = median(values);
        double mad = median(values.stream().map(x -> Math.abs(x - median)).toList());
        return new Robust(median, Math.max(MAD_TO_SD * mad, settings.scaleFloor()), values.size());
    }

    private static QualityFlag flag(TurnoutRecord r, String rule, String reason, QualityFlag.Reference reference) {
        return new QualityFlag(r.line(), r.kodeWilayah(), r.pemilihan(), rule, reason, reference);
    }

    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
