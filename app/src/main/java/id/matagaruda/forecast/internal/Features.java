package id.matagaruda.forecast.internal;

import id.matagaruda.forecast.RiskSettings.Granularity;
import id.matagaruda.forecast.RiskSettings.Level;
import id.matagaruda.region.ReferenceRegions;
import id.matagaruda.region.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The features of a region at a forecast origin t, read only from periods before t (the leakage test holds this true),
 * plus context known in advance: population, the province's IPM of the previous years, the election calendar of the
 * target periods. Counts enter as log(1 + n) so that the logistic model is not ruled by one violent year.
 */
public final class Features {

    /**
     * One feature: key, Indonesian name, whether the value is stored as log(1 + x), and whether it is a 0/1 indicator
     * (the province a region lies in), which the logistic model penalises on its own scale rather than standardised.
     */
    public record Spec(String key, String nama, boolean logged, boolean indicator) {

        Spec(String key, String nama, boolean logged) {
            this(key, nama, logged, false);
        }
    }

    private final Panel panel;
    private final int horizon;
    private final List<Spec> specs = new ArrayList<>();
    private final int[] categoryColumns;
    private final double[][] cum;
    private final double[][] cumAny;
    private final double[][] cumKorban;
    private final double[][][] cumCategory;
    private final int[][] lastBefore;
    private final int[][] neighbours;
    private final int[][] siblings;
    private final String[] province;
    private final List<String> provinces;
    private final int[] provinceColumn;
    private final double[] population;
    private final double[] density;
    private final Covariates covariates = Covariates.shipped();

    /**
     * @param categories the event categories that get their own count feature (the most frequent in the training
     *                   periods; chosen by the caller so that the choice, too, uses no held-out data)
     */
    public Features(Panel panel, int horizon, List<String> categories) {
        this.panel = panel;
        this.horizon = horizon;
        int n = panel.regions();
        int t = panel.end - panel.start + 1;
        cum = new double[n][t + 1];
        cumAny = new double[n][t + 1];
        cumKorban = new double[n][t + 1];
        lastBefore = new int[n][t + 1];
        categoryColumns = categories.stream().mapToInt(panel.categories::indexOf).filter(c -> c >= 0).toArray();
        cumCategory = new double[categoryColumns.length][n][t + 1];
        for (int i = 0; i < n; i++) {
            lastBefore[i][0] = -1;
            for (int p = 0; p < t; p++) {
                double c = panel.history[i][p];
                cum[i][p + 1] = cum[i][p] + c;
                cumAny[i][p + 1] = cumAny[i][p] + (c > 0 ? 1 : 0);
                cumKorban[i][p + 1] = cumKorban[i][p] + panel.historyKorban[i][p];
                lastBefore[i][p + 1] = c > 0 ? p : lastBefore[i][p];
                for (int k = 0; k < categoryColumns.length; k++) {
                    cumCategory[k][i][p + 1] = cumCategory[k][i][p] + panel.byCategory[categoryColumns[k]][i][p];
                }
            }
        }
        Map<String, List<String>> adjacency = Neighbours.of(panel.level);
        neighbours = new int[n][];
        siblings = new int[n][];
        province = new String[n];
        population = new double[n];
        density = new double[n];
        ReferenceRegions regions = ReferenceRegions.shipped();
        for (int i = 0; i < n; i++) {
            String code = panel.codes.get(i);
            neighbours[i] = adjacency.getOrDefault(code, List.of()).stream().map(panel.index::get)
                    .filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).toArray();
            province[i] = code.substring(0, 2);
            Region r = regions.find(code).orElse(null);
            population[i] = r == null || r.population() == null ? Double.NaN : r.population();
            density[i] = r == null || r.density() == null ? Double.NaN : r.density();
        }
        for (int i = 0; i < n; i++) {
            List<Integer> same = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (j != i && (panel.level == Level.PROVINSI || province[j].equals(province[i]))) {
                    same.add(j);
                }
            }
            siblings[i] = same.stream().mapToInt(Integer::intValue).toArray();
        }
        specs.add(new Spec("lag1", "kejadian periode terakhir", true));
        specs.add(new Spec("lag2", "kejadian dua periode lalu", true));
        specs.add(new Spec("jumlah3", "kejadian 3 periode terakhir", true));
        specs.add(new Spec("jumlah6", "kejadian 6 periode terakhir", true));
        specs.add(new Spec("jumlah12", "kejadian 12 periode terakhir", true));
        specs.add(new Spec("tren", "tren kejadian (3 periode terakhir dibanding 3 sebelumnya)", false));
        specs.add(new Spec("sejak", "lama sejak kejadian terakhir (periode)", true));
        specs.add(new Spec("frekuensi", "frekuensi historis kejadian di wilayah", false));
        specs.add(new Spec("korban1", "korban jiwa periode terakhir", true));
        specs.add(new Spec("korban12", "korban jiwa 12 periode terakhir", true));
        specs.add(new Spec("tetangga1", "kejadian di wilayah tetangga, periode terakhir", true));
        specs.add(new Spec("tetangga12", "kejadian di wilayah tetangga, 12 periode terakhir", true));
        specs.add(panel.level == Level.PROVINSI
                ? new Spec("nasional12", "kejadian di provinsi lain, 12 periode terakhir", true)
                : new Spec("provinsi12", "kejadian di kab/kota lain se-provinsi, 12 periode terakhir", true));
        specs.add(new Spec("penduduk", "jumlah penduduk", true));
        specs.add(new Spec("kepadatan", "kepadatan penduduk", true));
        specs.add(new Spec("pilkada", "Pilkada serentak dalam periode sasaran", false));
        specs.add(new Spec("pilgub", "pemilihan gubernur dalam periode sasaran", false));
        specs.add(new Spec("pemilu", "Pemilu nasional dalam periode sasaran", false));
        specs.add(new Spec("ipm", "IPM provinsi", false));
        specs.add(new Spec("uhh", "umur harapan hidup (provinsi)", false));
        specs.add(new Spec("hls", "harapan lama sekolah (provinsi)", false));
        specs.add(new Spec("rls", "rata-rata lama sekolah (provinsi)", false));
        specs.add(new Spec("pengeluaran", "pengeluaran per kapita (provinsi)", false));
        for (int k : categoryColumns) {
            String c = panel.categories.get(k);
            specs.add(new Spec("kategori:" + c, "kejadian " + c + ", 12 periode terakhir", true));
        }
        // province indicators: a region's own lasting propensity (fixed effect) that counts alone do not carry
        provinces = Panel.regionsOf(Level.PROVINSI);
        provinceColumn = new int[n];
        for (int i = 0; i < n; i++) {
            provinceColumn[i] = provinces.indexOf(province[i]);
        }
        for (String p : provinces) {
            specs.add(new Spec("provinsi:" + p, "kekhasan provinsi " + regions.find(p).map(Region::nama).orElse(p),
                    false, true));
        }
    }

    public List<Spec> specs() {
        return specs;
    }

    public int width() {
        return specs.size();
    }

    public Panel panel() {
        return panel;
    }

    /** Writes the features of region i at origin period {@code origin} (start < origin <= end + 1) into out[from..]. */
    public void row(int i, int origin, double[] out, int from) {
        int to = origin - panel.start;
        if (to < 1 || to > panel.end - panel.start + 1) {
            throw new IllegalArgumentException("origin " + origin + " outside the panel");
        }
        Granularity g = panel.granularity;
        int f = from;
        double s3 = window(cum[i], to, 3);
        double prev3 = window(cum[i], to - 3, 3);
        out[f++] = log(window(cum[i], to, 1));
        out[f++] = log(window(cum[i], to - 1, 1));
        out[f++] = log(s3);
        out[f++] = log(window(cum[i], to, 6));
        out[f++] = log(window(cum[i], to, 12));
        out[f++] = log(s3) - log(prev3);
        int last = lastBefore[i][to];
        out[f++] = log(last < 0 ? to + 1 : to - last);
        out[f++] = cumAny[i][to] / to;
        out[f++] = log(window(cumKorban[i], to, 1));
        out[f++] = log(window(cumKorban[i], to, 12));
        double n1 = 0;
        double n12 = 0;
        for (int j : neighbours[i]) {
            n1 += window(cum[j], to, 1);
            n12 += window(cum[j], to, 12);
        }
        out[f++] = log(n1);
        out[f++] = log(n12);
        double others = 0;
        for (int j : siblings[i]) {
            others += window(cum[j], to, 12);
        }
        out[f++] = log(others);
        out[f++] = log(population[i]);
        out[f++] = log(density[i]);
        out[f++] = covariates.pilkada(origin, horizon, g) ? 1 : 0;
        out[f++] = covariates.pilgub(province[i], origin, horizon, g) ? 1 : 0;
        out[f++] = covariates.pemilu(origin, horizon, g) ? 1 : 0;
        double[] ipm = covariates.ipm(province[i], Periods.year(origin, g));
        for (int k = 0; k < Covariates.IPM.length; k++) {
            out[f++] = ipm == null ? Double.NaN : ipm[k];
        }
        for (int k = 0; k < categoryColumns.length; k++) {
            out[f++] = log(window(cumCategory[k][i], to, 12));
        }
        for (int k = 0; k < provinces.size(); k++) {
            out[f++] = k == provinceColumn[i] ? 1 : 0;
        }
    }

    /** Which columns are 0/1 indicators. */
    public boolean[] indicators() {
        boolean[] out = new boolean[specs.size()];
        for (int j = 0; j < out.length; j++) {
            out[j] = specs.get(j).indicator();
        }
        return out;
    }

    /** The rows of every region at each origin, origin-major: row (o * regions + i). */
    public double[] matrix(int[] origins) {
        int n = panel.regions();
        int w = width();
        double[] x = new double[origins.length * n * w];
        for (int o = 0; o < origins.length; o++) {
            for (int i = 0; i < n; i++) {
                row(i, origins[o], x, (o * n + i) * w);
            }
        }
        return x;
    }

    /** The value of a feature as people read it (events, inhabitants), undoing the log. */
    public double display(int feature, double stored) {
        return specs.get(feature).logged() ? Math.expm1(stored) : stored;
    }

    /** Sum of the {@code len} periods ending just before index {@code to} (exclusive), clipped at the panel start. */
    private static double window(double[] cumulative, int to, int len) {
        if (to <= 0) {
            return 0;
        }
        int from = Math.max(0, to - len);
        return cumulative[to] - cumulative[from];
    }

    private static double log(double v) {
        return Double.isNaN(v) ? Double.NaN : Math.log1p(Math.max(0, v));
    }
}
