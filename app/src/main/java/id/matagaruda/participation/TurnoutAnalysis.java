package id.matagaruda.participation;

import id.matagaruda.shared.FileRejectedException;
import id.matagaruda.shared.RowProblem;
import id.matagaruda.participation.internal.FeatureSpace;
import id.matagaruda.participation.internal.TurnoutModel;
import id.matagaruda.region.ReferenceRegions;
import id.matagaruda.region.Region;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The whole turnout analysis of one input: quality flags, K-fold and grouped backtests against the baselines, then the
 * model fitted on every used row with an 80% interval (split-conformal width: the quantile of the K-fold out-of-fold
 * absolute errors) and the drivers per kab/kota. Deterministic for a seed.
 */
public final class TurnoutAnalysis {

    public static final String METHOD = "xgboost-turnout@1";
    public static final double NOMINAL = 0.80;

    /** {@code includeFlagged}: learn from flagged rows too (only those with a computable turnout). */
    public record Options(long seed, int folds, boolean includeFlagged) {
        public static Options defaults() {
            return new Options(42, 5, false);
        }
    }

    public record Result(BacktestReport backtest, List<RegionForecast> forecasts, double intervalHalfWidth) {
        public java.util.Optional<RegionForecast> forecast(String kode) {
            return forecasts.stream().filter(f -> f.kodeWilayah().equals(kode)).findFirst();
        }
    }

    private final TurnoutQuality quality;
    private final TurnoutModel.Params params;

    public TurnoutAnalysis(TurnoutQuality quality) {
        this.quality = quality;
        this.params = TurnoutModel.Params.defaults();
    }

    public static TurnoutAnalysis shipped() {
        return new TurnoutAnalysis(TurnoutQuality.shipped());
    }

    public Result run(List<TurnoutRecord> rows, Options options) {
        if (options.folds() < 2) {
            throw new IllegalArgumentException("folds must be at least 2");
        }
        List<QualityFlag> flags = quality.check(rows);
        Map<Integer, QualityFlag> flagByLine = new HashMap<>();
        flags.forEach(f -> flagByLine.put(f.line(), f));
        List<TurnoutRecord> used = rows.stream()
                .filter(r -> r.turnout() != null && (options.includeFlagged() || !flagByLine.containsKey(r.line())))
                .toList();
        if (used.size() < options.folds() * 2) {
            throw new FileRejectedException(TurnoutCsv.SUBJECT, List.of(RowProblem.of(0, "-", "turnout.analysis.tooFewRows",
                    used.size(), options.folds() * 2)));
        }
        FeatureSpace space = new FeatureSpace(rows, flagByLine.keySet());
        int n = used.size();
        double[] y = used.stream().mapToDouble(TurnoutRecord::turnout).toArray();

        // K-fold: model, intervals from inner folds of the training part, and both baselines, on training folds only.
        List<Integer> fold = TurnoutModel.Folds.byRegion(used, options.folds(), options.seed());
        double[] model = new double[n];
        double[] national = new double[n];
        double[] province = new double[n];
        double[] halfWidth = new double[n];
        for (int f = 0; f < options.folds(); f++) {
            List<TurnoutRecord> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (fold.get(i) == f) {
                    test.add(i);
                } else {
                    train.add(used.get(i));
                }
            }
            double mean = train.stream().mapToDouble(TurnoutRecord::turnout).average().orElseThrow();
            Map<String, double[]> sums = sums(train);
            double q = conformalWidth(outOfFoldErrors(train, space, options.seed() + 1000L * (f + 1), options.folds()));
            List<TurnoutRecord> testRows = test.stream().map(used::get).toList();
            double[] p;
            try (TurnoutModel.Fitted fitted = TurnoutModel.fit(train, space, options.seed() + f, params)) {
                p = fitted.predict(testRows);
            }
            for (int j = 0; j < test.size(); j++) {
                int i = test.get(j);
                model[i] = p[j];
                national[i] = mean;
                double[] s = sums.get(used.get(i).provinsi());
                province[i] = s == null ? mean : s[0] / s[1];
                halfWidth[i] = q;
            }
        }
        int covered = 0;
        double[] absErrors = new double[n];
        for (int i = 0; i < n; i++) {
            absErrors[i] = Math.abs(y[i] - model[i]);
            if (absErrors[i] <= halfWidth[i]) {
                covered++;
            }
        }

        // Grouped: hold out one province at a time; only the national mean is a fair baseline there.
        List<String> provinces = new ArrayList<>(new TreeSet<>(used.stream().map(TurnoutRecord::provinsi).toList()));
        double[] groupedModel = new double[n];
        double[] groupedNational = new double[n];
        for (String prov : provinces) {
            List<TurnoutRecord> train = used.stream().filter(r -> !r.provinsi().equals(prov)).toList();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (used.get(i).provinsi().equals(prov)) {
                    test.add(i);
                }
            }
            double mean = train.stream().mapToDouble(TurnoutRecord::turnout).average().orElseThrow();
            double[] p;
            try (TurnoutModel.Fitted fitted = TurnoutModel.fit(train, space, options.seed() + prov.hashCode(), params)) {
                p = fitted.predict(test.stream().map(used::get).toList());
            }
            for (int j = 0; j < test.size(); j++) {
                groupedModel[test.get(j)] = p[j];
                groupedNational[test.get(j)] = mean;
            }
        }

        BacktestReport report = new BacktestReport(METHOD, options.seed(), options.folds(), options.includeFlagged(),
                NOMINAL, skill(y, model), covered / (double) n, 2 * Arrays.stream(halfWidth).average().orElse(0),
                skill(y, national), skill(y, province), skill(y, groupedModel), skill(y, groupedNational),
                provinces.size(), rows.size(), n, flags);

        double q = conformalWidth(absErrors);
        List<RegionForecast> forecasts;
        try (TurnoutModel.Fitted fitted = TurnoutModel.fit(used, space, options.seed(), params)) {
            forecasts = forecasts(rows, flagByLine, fitted, space, q);
        }
        return new Result(report, forecasts, q);
    }

    private List<RegionForecast> forecasts(List<TurnoutRecord> rows, Map<Integer, QualityFlag> flags,
            TurnoutModel.Fitted fitted, FeatureSpace space, double q) {
        Map<String, TurnoutRecord> latest = new LinkedHashMap<>();
        Comparator<TurnoutRecord> order = Comparator.comparing((TurnoutRecord r) -> r.tahun() == null ? 0 : r.tahun())
                .thenComparingInt(TurnoutRecord::line);
        rows.stream().sorted(order).forEach(r -> latest.put(r.kodeWilayah(), r));
        List<TurnoutRecord> regions = latest.values().stream()
                .sorted(Comparator.comparing(TurnoutRecord::kodeWilayah)).toList();
        List<float[]> x = new ArrayList<>();
        for (TurnoutRecord r : regions) {
            boolean usable = r.turnout() != null && !flags.containsKey(r.line());
            x.add(fitted.features(r, usable ? r.turnout() : null, usable));
        }
        double[] p = fitted.predictRows(x);
        float[][] contrib = fitted.contributions(x);
        List<FeatureSpace.Column> columns = space.columns();
        ReferenceRegions reference = ReferenceRegions.shipped();
        List<RegionForecast> out = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            TurnoutRecord r = regions.get(i);
            Map<String, double[]> byDriver = new LinkedHashMap<>();
            Map<String, String> names = new HashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                FeatureSpace.Column col = columns.get(c);
                byDriver.computeIfAbsent(col.driverKey(), k -> new double[1])[0] += contrib[i][c];
                names.put(col.driverKey(), col.driverName());
            }
            double base = contrib[i][columns.size()];
            List<DriverEffect> drivers = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Map.Entry<String, double[]> e : byDriver.entrySet()) {
                if (Math.abs(e.getValue()[0]) >= 0.005 && seen.add(e.getKey())) {
                    drivers.add(new DriverEffect(e.getKey(), names.get(e.getKey()), round2(e.getValue()[0]),
                            space.describe(e.getKey(), r, x.get(i), fitted.mean())));
                }
            }
            drivers.sort(Comparator.comparingDouble((DriverEffect d) -> -Math.abs(d.effect())));
            QualityFlag flag = flags.get(r.line());
            out.add(new RegionForecast(r.kodeWilayah(), reference.find(r.kodeWilayah()).map(Region::nama).orElse(r.kodeWilayah()),
                    r.provinsi(), round2(p[i]), round2(Math.max(0, p[i] - q)), round2(p[i] + q), round2(base),
                    r.turnout() == null ? null : round2(r.turnout()), flag == null ? null : flag.reason(),
                    List.copyOf(drivers)));
        }
        return out;
    }

    /** Out-of-fold absolute errors of the model within {@code train} (inner folds grouped by region). */
    private double[] outOfFoldErrors(List<TurnoutRecord> train, FeatureSpace space, long seed, int k) {
        List<Integer> fold = TurnoutModel.Folds.byRegion(train, k, seed);
        double[] errors = new double[train.size()];
        for (int f = 0; f < k; f++) {
            List<TurnoutRecord> inner = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < train.size(); i++) {
                if (fold.get(i) == f) {
                    test.add(i);
                } else {
                    inner.add(train.get(i));
                }
            }
            try (TurnoutModel.Fitted fitted = TurnoutModel.fit(inner, space, seed + f, params)) {
                double[] p = fitted.predict(test.stream().map(train::get).toList());
                for (int j = 0; j < test.size(); j++) {
                    errors[test.get(j)] = Math.abs(train.get(test.get(j)).turnout() - p[j]);
                }
            }
        }
        return errors;
    }

    /** Split-conformal half width: the ceil((n + 1) * 0.8)-th smallest absolute error. */
    static double conformalWidth(double[] errors) {
        double[] sorted = errors.clone();
        Arrays.sort(sorted);
        int k = (int) Math.ceil((sorted.length + 1) * NOMINAL);
        return sorted[Math.min(sorted.length, Math.max(1, k)) - 1];
    }

    private static Map<String, double[]> sums(List<TurnoutRecord> rows) {
        Map<String, double[]> sums = new HashMap<>();
        for (TurnoutRecord r : rows) {
            double[] s = sums.computeIfAbsent(r.provinsi(), k -> new double[2]);
            s[0] += r.turnout();
            s[1]++;
        }
        return sums;
    }

    private static BacktestReport.Skill skill(double[] y, double[] p) {
        double abs = 0;
        double sq = 0;
        for (int i = 0; i < y.length; i++) {
            abs += Math.abs(y[i] - p[i]);
            sq += (y[i] - p[i]) * (y[i] - p[i]);
        }
        return new BacktestReport.Skill(abs / y.length, Math.sqrt(sq / y.length), y.length);
    }

    static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
