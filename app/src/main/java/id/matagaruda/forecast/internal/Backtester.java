package id.matagaruda.forecast.internal;

import id.matagaruda.forecast.Backtest;
import id.matagaruda.forecast.CountScores;
import id.matagaruda.forecast.Driver;
import id.matagaruda.forecast.EventCounts;
import id.matagaruda.forecast.RegionRisk;
import id.matagaruda.forecast.RiskForecast;
import id.matagaruda.forecast.RiskSettings;
import id.matagaruda.forecast.RiskSettings.Granularity;
import id.matagaruda.forecast.Scores;
import id.matagaruda.region.ReferenceRegions;
import id.matagaruda.region.Region;
import id.matagaruda.shared.FieldProblem;
import id.matagaruda.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Rolling-origin evaluation and forecasting over a panel. Origins are the first period of each target window; the
 * models for origin t learn only from origins whose whole target window ends before t. Models are refitted every
 * {@code refit} origins (each year for yearly data, each 12 months for monthly data).
 */
public final class Backtester {

    static final int CATEGORY_FEATURES = 4;

    private final Panel panel;
    private final RiskSettings settings;
    private final EventCounts events;
    private final int h;
    private final int firstOrigin;
    private final int lastLabelled;
    private final int trainUntil;
    private final Features features;
    private final double[] x;
    private final int width;
    private final int n;

    public Backtester(Panel panel, RiskSettings settings, EventCounts events) {
        this.panel = panel;
        this.settings = settings;
        this.events = events;
        this.h = settings.horizon();
        this.n = panel.regions();
        this.firstOrigin = panel.start + 1;
        this.lastLabelled = panel.end - h + 1;
        int span = panel.end - panel.start + 1;
        this.trainUntil = settings.trainUntil() != null
                ? Periods.parse(settings.trainUntil(), settings.period())
                : panel.end - Math.max(3, span / 3);
        List<FieldProblem> problems = new ArrayList<>();
        if (trainUntil - h + 1 < firstOrigin + 1) {
            problems.add(FieldProblem.of("train-until", "forecast.error.tooEarly",
                    Periods.label(firstOrigin + h, settings.period())));
        }
        if (trainUntil + 1 > lastLabelled) {
            problems.add(FieldProblem.of("train-until", "forecast.error.tooLate",
                    Periods.label(lastLabelled - 1, settings.period())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        this.features = new Features(panel, h, topCategories());
        this.width = features.width();
        int[] origins = IntStream.rangeClosed(firstOrigin, panel.end + 1).toArray();
        this.x = features.matrix(origins);
    }

    public Features features() {
        return features;
    }

    /** The categories with their own feature: the most frequent up to the training end, when there are several. */
    private List<String> topCategories() {
        if (panel.categories.size() < 2) {
            return List.of();
        }
        int last = Math.min(trainUntil, panel.end) - panel.start;
        Map<String, Double> totals = new LinkedHashMap<>();
        for (int c = 0; c < panel.categories.size(); c++) {
            double s = 0;
            for (double[] region : panel.byCategory[c]) {
                for (int t = 0; t <= last; t++) {
                    s += region[t];
                }
            }
            totals.put(panel.categories.get(c), s);
        }
        return totals.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(CATEGORY_FEATURES).map(Map.Entry::getKey).toList();
    }

    public Backtest run() {
        Selection selection = select();
        int refit = settings.period() == Granularity.YEAR ? 1 : 12;
        List<String> testPeriods = new ArrayList<>();
        int tests = lastLabelled - trainUntil;
        int rows = tests * n;
        double[] y = new double[rows];
        double[] counts = new double[rows];
        Map<String, double[]> p = new LinkedHashMap<>();
        for (String m : List.of("logistic", "xgboost", "zero", "persistence", "historical_rate")) {
            p.put(m, new double[rows]);
        }
        double[] poisson = new double[rows];
        double[] meanCount = new double[rows];
        Model logistic = null;
        Model trees = null;
        Model counter = null;
        try {
            for (int k = 0; k < tests; k++) {
                int t = trainUntil + 1 + k;
                testPeriods.add(Periods.window(t, h, settings.period()));
                if (k % refit == 0) {
                    closeAll(logistic, trees, counter);
                    int lastTrain = t - h;
                    logistic = fit("logistic", firstOrigin, lastTrain);
                    trees = fit("xgboost", firstOrigin, lastTrain);
                    counter = fit("poisson", firstOrigin, lastTrain);
                }
                double[] rowsAtT = rowsOf(t, t);
                double[] pl = logistic.predict(rowsAtT, width);
                double[] pt = trees.predict(rowsAtT, width);
                double[] pc = counter.predict(rowsAtT, width);
                for (int i = 0; i < n; i++) {
                    int r = k * n + i;
                    y[r] = panel.target(i, t, h) ? 1 : 0;
                    counts[r] = panel.total(i, t, h);
                    p.get("logistic")[r] = pl[i];
                    p.get("xgboost")[r] = pt[i];
                    p.get("zero")[r] = 0;
                    p.get("persistence")[r] = persistence(i, t);
                    p.get("historical_rate")[r] = historicalRate(i, t);
                    poisson[r] = pc[i];
                    meanCount[r] = historicalMeanCount(i, t);
                }
            }
        } finally {
            closeAll(logistic, trees, counter);
        }
        Map<String, Scores> candidates = new LinkedHashMap<>();
        candidates.put("logistic", Metrics.scores(p.get("logistic"), y));
        candidates.put("xgboost", Metrics.scores(p.get("xgboost"), y));
        Map<String, Scores> baselines = new LinkedHashMap<>();
        for (String b : Backtest.BASELINES) {
            baselines.put(b, Metrics.scores(p.get(b), y));
        }
        String best = Backtest.BASELINES.stream().min(Comparator.comparingDouble(b -> baselines.get(b).brier()))
                .orElseThrow();
        Scores model = candidates.get(selection.model);
        double bestBrier = baselines.get(best).brier();
        double skill = bestBrier == 0 ? (model.brier() == 0 ? 0 : Double.NEGATIVE_INFINITY) : 1 - model.brier() / bestBrier;
        boolean beats = model.brier() < bestBrier;
        double rate = java.util.Arrays.stream(y).average().orElse(Double.NaN);
        return new Backtest(settings, Periods.label(trainUntil, settings.period()), testPeriods, selection.model,
                selection.note, model, candidates, baselines, best, skill, beats, beats ? selection.model : best,
                Metrics.calibration(p.get(selection.model), y, 10),
                new CountScores(mae(poisson, counts), mae(meanCount, counts)), events, rows, rate,
                features.specs().stream().map(Features.Spec::key).toList());
    }

    /** Forecasts for the h periods after the data, with the method the backtest chose. */
    public RiskForecast forecast(Backtest backtest) {
        try (Model model = trainFinal(backtest.selectedModel()); Model counter = trainFinal("poisson")) {
            List<RegionRisk> out = score(model, counter, backtest.fallback() ? backtest.bestBaseline() : null);
            return new RiskForecast(backtest, out.get(0).periode(), backtest.used(), backtest.fallback(), out);
        }
    }

    /** A model fitted on every origin whose target window lies inside the data. */
    public Model trainFinal(String kind) {
        return fit(kind, firstOrigin, lastLabelled);
    }

    /**
     * The regions' risk for the h periods after the data: from the model, or from {@code baseline} when it is not
     * null (the model did not beat it); the model's drivers are given either way.
     */
    public List<RegionRisk> score(Model model, Model counter, String baseline) {
        int origin = panel.end + 1;
        double[] rowsAt = rowsOf(origin, origin);
        ReferenceRegions regions = ReferenceRegions.shipped();
        List<RegionRisk> out = new ArrayList<>(n);
        double[] pm = model.predict(rowsAt, width);
        double[][] contrib = model.contributions(rowsAt, width);
        double[] expected = counter.predict(rowsAt, width);
        String periode = Periods.window(origin, h, settings.period());
        for (int i = 0; i < n; i++) {
            List<Driver> drivers = drivers(rowsAt, i, contrib[i]);
            double prob;
            double count;
            String main;
            if (baseline != null) {
                prob = baseline(baseline, i, origin);
                count = historicalMeanCount(i, origin);
                main = "garis dasar: " + baselineName(baseline);
            } else {
                prob = pm[i];
                count = expected[i];
                main = mainDrivers(drivers);
            }
            String code = panel.codes.get(i);
            out.add(new RegionRisk(code, regions.find(code).map(Region::nama).orElse(code), periode,
                    Math.round(prob * 1e4) / 1e4, RegionRisk.category(prob), Math.round(count * 100) / 100.0, main,
                    drivers));
        }
        return out;
    }

    public static String baselineName(String baseline) {
        return switch (baseline) {
            case "zero" -> "tidak ada kejadian (nol)";
            case "persistence" -> "persistensi (periode terakhir diulang)";
            case "historical_rate" -> "frekuensi historis wilayah";
            default -> baseline;
        };
    }

    private List<Driver> drivers(double[] rowsAt, int i, double[] contribution) {
        List<Driver> all = new ArrayList<>();
        for (int j = 0; j < width; j++) {
            if (contribution[j] == 0) {
                continue;
            }
            Features.Spec s = features.specs().get(j);
            double v = rowsAt[i * width + j];
            all.add(new Driver(s.key(), s.nama(), Double.isNaN(v) ? Double.NaN : Math.round(features.display(j, v) * 1e3) / 1e3,
                    Math.round(contribution[j] * 1e4) / 1e4));
        }
        all.sort(Comparator.comparingDouble((Driver d) -> -Math.abs(d.kontribusi())).thenComparing(Driver::fitur));
        return all.size() > 5 ? List.copyOf(all.subList(0, 5)) : List.copyOf(all);
    }

    private static String mainDrivers(List<Driver> drivers) {
        List<String> up = drivers.stream().filter(d -> d.kontribusi() > 0).limit(3).map(Driver::nama).toList();
        return up.isEmpty() ? "tidak ada pendorong yang menaikkan risiko" : String.join("; ", up);
    }

    private record Selection(String model, String note) {}

    /** Logistic or trees, by Brier on the last quarter of the training origins, fitted on the origins before them. */
    private Selection select() {
        int lastTrain = trainUntil - h + 1;
        int count = lastTrain - firstOrigin + 1;
        int validation = Math.max(1, Math.round(count * 0.25f));
        int valStart = lastTrain - validation + 1;
        int innerEnd = valStart - h;
        if (innerEnd < firstOrigin) {
            return new Selection("logistic", "too few training periods for an inner validation: logistic by default");
        }
        double[] yVal = labels(valStart, lastTrain);
        double[] xVal = rowsOf(valStart, lastTrain);
        double brierLogistic;
        double brierTrees;
        try (Model l = fit("logistic", firstOrigin, innerEnd); Model t = fit("xgboost", firstOrigin, innerEnd)) {
            brierLogistic = Metrics.brier(l.predict(xVal, width), yVal);
            brierTrees = Metrics.brier(t.predict(xVal, width), yVal);
        }
        String chosen = brierTrees < brierLogistic ? "xgboost" : "logistic";
        return new Selection(chosen, String.format(java.util.Locale.ROOT,
                "inner validation %s..%s (trained on origins up to %s): Brier logistic %.5f, xgboost %.5f",
                Periods.label(valStart, settings.period()), Periods.label(lastTrain, settings.period()),
                Periods.label(innerEnd, settings.period()), brierLogistic, brierTrees));
    }

    private Model fit(String kind, int from, int to) {
        double[] xs = rowsOf(from, to);
        double[] ys = kind.equals("poisson") ? totals(from, to) : labels(from, to);
        double mean = java.util.Arrays.stream(ys).average().orElse(0);
        if (!kind.equals("poisson") && (mean == 0 || mean == 1)) {
            return new Constant(kind, mean, width);
        }
        return switch (kind) {
            case "logistic" -> Glm.fit(Glm.Family.LOGISTIC, xs, width, ys);
            case "poisson" -> Glm.fit(Glm.Family.POISSON, xs, width, ys);
            case "xgboost" -> Trees.fit(xs, width, ys, settings.seed());
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private double[] rowsOf(int from, int to) {
        int a = (from - firstOrigin) * n * width;
        int b = (to - firstOrigin + 1) * n * width;
        return java.util.Arrays.copyOfRange(x, a, b);
    }

    private double[] labels(int from, int to) {
        double[] y = new double[(to - from + 1) * n];
        for (int t = from; t <= to; t++) {
            for (int i = 0; i < n; i++) {
                y[(t - from) * n + i] = panel.target(i, t, h) ? 1 : 0;
            }
        }
        return y;
    }

    private double[] totals(int from, int to) {
        double[] y = new double[(to - from + 1) * n];
        for (int t = from; t <= to; t++) {
            for (int i = 0; i < n; i++) {
                y[(t - from) * n + i] = panel.total(i, t, h);
            }
        }
        return y;
    }

    double baseline(String name, int i, int t) {
        return switch (name) {
            case "zero" -> 0;
            case "persistence" -> persistence(i, t);
            case "historical_rate" -> historicalRate(i, t);
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** 1 when the last h periods before t had an event: the last window repeated. */
    private double persistence(int i, int t) {
        double s = 0;
        for (int p = Math.max(panel.start, t - h); p < t; p++) {
            s += panel.counts[i][p - panel.start];
        }
        return s > 0 ? 1 : 0;
    }

    /** The share of the region's past origins (target window ended before t) with an event. */
    private double historicalRate(int i, int t) {
        int last = t - h;
        if (last < firstOrigin) {
            return 0;
        }
        int hits = 0;
        for (int s = firstOrigin; s <= last; s++) {
            if (panel.target(i, s, h)) {
                hits++;
            }
        }
        return (double) hits / (last - firstOrigin + 1);
    }

    private double historicalMeanCount(int i, int t) {
        int last = t - h;
        if (last < firstOrigin) {
            return 0;
        }
        double s = 0;
        for (int o = firstOrigin; o <= last; o++) {
            s += panel.total(i, o, h);
        }
        return s / (last - firstOrigin + 1);
    }

    private static double mae(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += Math.abs(a[i] - b[i]);
        }
        return s / a.length;
    }

    private static void closeAll(Model... models) {
        for (Model m : models) {
            if (m != null) {
                m.close();
            }
        }
    }

    /** A training window with only one outcome: its rate, and no drivers. */
    private record Constant(String name, double value, int width) implements Model {
        @Override
        public double[] predict(double[] x, int w) {
            double[] out = new double[x.length / w];
            java.util.Arrays.fill(out, value);
            return out;
        }

        @Override
        public double[][] contributions(double[] x, int w) {
            return new double[x.length / w][w + 1];
        }
    }
}
