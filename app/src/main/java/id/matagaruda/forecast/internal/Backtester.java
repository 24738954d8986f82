package id.matagaruda.forecast.internal;

import id.matagaruda.forecast.Backtest;
import id.matagaruda.forecast.CountScores;
import id.matagaruda.forecast.CvScore;
import id.matagaruda.forecast.RiskBands;
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

    /** A candidate: model family and setting (logistic: C; xgboost: tree depth). */
    record Config(String family, double param) {
        String setting() {
            return family.equals("logistic") ? "C=" + fmt(param) : "depth=" + (int) param;
        }
    }

    /** The candidates, in the order that breaks ties (the simpler first). */
    static final List<Config> CONFIGS = List.of(new Config("logistic", 0.1), new Config("logistic", 0.3),
            new Config("logistic", 1), new Config("logistic", 3), new Config("xgboost", 2), new Config("xgboost", 3));

    /** Raw out-of-fold predictions per candidate, row (origin - firstOrigin) * n + i; NaN where not computed. */
    private final Map<Config, double[]> raw = new LinkedHashMap<>();
    private int oofStart;
    private Config chosen;
    private String chosenCalibration;

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
        Map<String, Config> byFamily = new LinkedHashMap<>();
        Map<String, String> calibrationOf = new LinkedHashMap<>();
        for (String family : List.of("logistic", "xgboost")) {
            CvScore best = selection.scores.stream().filter(c -> c.model().equals(family))
                    .min(Comparator.comparingDouble(CvScore::brier)).orElseThrow();
            boolean isChosen = family.equals(chosen.family());
            byFamily.put(family, isChosen ? chosen : configOf(best));
            calibrationOf.put(family, isChosen ? chosenCalibration : best.calibration());
        }
        Map<String, Model> models = new LinkedHashMap<>();
        Map<String, Calibrator> calibrators = new LinkedHashMap<>();
        Model counter = null;
        try {
            for (int k = 0; k < tests; k++) {
                int t = trainUntil + 1 + k;
                testPeriods.add(Periods.window(t, h, settings.period()));
                if (k % refit == 0) {
                    closeAll(models.values().toArray(Model[]::new));
                    closeAll(counter);
                    int lastTrain = t - h;
                    for (String family : byFamily.keySet()) {
                        models.put(family, fit(byFamily.get(family), firstOrigin, lastTrain));
                        calibrators.put(family, calibrator(byFamily.get(family), calibrationOf.get(family), lastTrain));
                    }
                    counter = fit("poisson", firstOrigin, lastTrain);
                }
                double[] rowsAtT = rowsOf(t, t);
                double[] pc = counter.predict(rowsAtT, width);
                for (String family : byFamily.keySet()) {
                    double[] pr = models.get(family).predict(rowsAtT, width);
                    double[] store = raw.get(byFamily.get(family));
                    for (int i = 0; i < n; i++) {
                        pr[i] = panel.exists(i, t) ? pr[i] : 0;
                        store[(t - firstOrigin) * n + i] = pr[i];
                        p.get(family)[k * n + i] = panel.exists(i, t) ? calibrators.get(family).applyAsDouble(pr[i]) : 0;
                    }
                }
                for (int i = 0; i < n; i++) {
                    int r = k * n + i;
                    y[r] = panel.target(i, t, h) ? 1 : 0;
                    counts[r] = panel.total(i, t, h);
                    p.get("zero")[r] = 0;
                    p.get("persistence")[r] = persistence(i, t);
                    p.get("historical_rate")[r] = historicalRate(i, t);
                    poisson[r] = pc[i];
                    meanCount[r] = historicalMeanCount(i, t);
                }
            }
        } finally {
            closeAll(models.values().toArray(Model[]::new));
            closeAll(counter);
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
                features.specs().stream().map(Features.Spec::key).toList(), selection.calibration,
                selection.chosen, selection.folds, Periods.label(oofStart, settings.period()), selection.scores);
    }

    private static Config configOf(CvScore s) {
        return CONFIGS.stream().filter(c -> c.family().equals(s.model()) && c.setting().equals(s.setting()))
                .findFirst().orElseThrow();
    }

    /** A calibrator of the candidate's raw out-of-fold predictions whose outcomes are known by {@code lastKnown}. */
    private Calibrator calibrator(Config c, String method, int lastKnown) {
        double[] r = raw.get(c);
        int to = Math.min(lastKnown, lastLabelled);
        List<double[]> pairs = new ArrayList<>();
        for (int o = oofStart; o <= to; o++) {
            for (int i = 0; i < n; i++) {
                double v = r[(o - firstOrigin) * n + i];
                if (!Double.isNaN(v) && panel.exists(i, o)) {
                    pairs.add(new double[] {v, panel.target(i, o, h) ? 1 : 0});
                }
            }
        }
        double[] ps = new double[pairs.size()];
        double[] ys = new double[pairs.size()];
        for (int k = 0; k < ps.length; k++) {
            ps[k] = pairs.get(k)[0];
            ys[k] = pairs.get(k)[1];
        }
        return Calibrator.fit(method, ps, ys);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Integer.toString((int) v) : Double.toString(v);
    }

    /**
     * The feature table the models learn from, one row per region and labelled origin, for a peer to fit on exactly the
     * same rows: period, region, part ("latih" = training origin, "uji" = held-out test origin, "jeda" = neither),
     * whether the region existed, the outcome, the two non-trivial baselines, then every feature as stored.
     */
    public void writeTable(Appendable out) throws java.io.IOException {
        out.append("periode,kode_wilayah,bagian,ada,y,persistence,historical_rate");
        for (Features.Spec s : features.specs()) {
            out.append(',').append(s.key());
        }
        out.append('\n');
        int lastTrain = trainUntil - h + 1;
        for (int o = firstOrigin; o <= lastLabelled; o++) {
            String part = o <= lastTrain ? "latih" : o > trainUntil ? "uji" : "jeda";
            for (int i = 0; i < n; i++) {
                out.append(Periods.window(o, h, settings.period())).append(',').append(panel.codes.get(i)).append(',')
                        .append(part).append(',').append(panel.exists(i, o) ? "1" : "0").append(',')
                        .append(panel.target(i, o, h) ? "1" : "0").append(',')
                        .append(Double.toString(persistence(i, o))).append(',')
                        .append(Double.toString(historicalRate(i, o)));
                int row = ((o - firstOrigin) * n + i) * width;
                for (int j = 0; j < width; j++) {
                    double v = x[row + j];
                    out.append(',').append(Double.isNaN(v) ? "" : Double.toString(v));
                }
                out.append('\n');
            }
        }
    }

    /** Forecasts for the h periods after the data, with the method the backtest chose. */
    public RiskForecast forecast(Backtest backtest) {
        Model base = chosen == null ? trainFinal(backtest.selectedModel()) : fit(chosen, firstOrigin, lastLabelled);
        Calibrator cal = chosen == null ? Calibrator.identity() : calibrator(chosen, chosenCalibration, lastLabelled);
        try (Model model = new Calibrated(base, cal); Model counter = trainFinal("poisson")) {
            List<RegionRisk> out = score(model, counter, backtest.fallback() ? backtest.bestBaseline() : null);
            return new RiskForecast(backtest, out.get(0).periode(), backtest.used(), backtest.fallback(), out,
                    baseRate(), RiskBands.reference());
        }
    }

    /** A model fitted on every origin whose target window lies inside the data (default setting, uncalibrated). */
    public Model trainFinal(String kind) {
        return fit(kind, firstOrigin, lastLabelled);
    }

    /** The share of region-periods with an event over every labelled origin: what the risk bands are relative to. */
    public double baseRate() {
        double s = 0;
        int k = 0;
        for (int o = firstOrigin; o <= lastLabelled; o++) {
            for (int i = 0; i < n; i++) {
                if (panel.exists(i, o)) {
                    s += panel.target(i, o, h) ? 1 : 0;
                    k++;
                }
            }
        }
        return k == 0 ? 0 : s / k;
    }

    /** A model whose probabilities pass through a calibrator; drivers stay the raw model's log-odds contributions. */
    private record Calibrated(Model base, Calibrator calibrator) implements Model {
        @Override
        public String name() {
            return base.name();
        }

        @Override
        public double[] predict(double[] x, int w) {
            return calibrator.apply(base.predict(x, w));
        }

        @Override
        public double[][] contributions(double[] x, int w) {
            return base.contributions(x, w);
        }

        @Override
        public void close() {
            base.close();
        }
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
        double base = baseRate();
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
                    Math.round(prob * 1e4) / 1e4, RiskBands.category(prob, base), Math.round(count * 100) / 100.0, main,
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

    private record Selection(String model, String note, String calibration, String chosen, List<String> folds,
            List<CvScore> scores) {}

    /**
     * Rolling-origin cross-validation inside the training origins only. Every candidate predicts each block of origins
     * from a model fitted on the origins before it (their outcomes known by then): out-of-fold predictions from
     * {@code oofStart} to the last training origin. The last blocks are the validation folds; for each, the calibrator
     * is fitted on the out-of-fold predictions before it, exactly as the backtest and the forecast do later. The
     * candidate (model, setting, calibration) with the lowest mean Brier over the folds wins.
     */
    private Selection select() {
        boolean yearly = settings.period() == Granularity.YEAR;
        int lastTrain = trainUntil - h + 1;
        int block = yearly ? 1 : 6;
        int folds = yearly ? 7 : 2;
        int minTrain = yearly ? 6 : 12;
        oofStart = Math.max(firstOrigin + minTrain, lastTrain - (yearly ? 16 : 35));
        if (oofStart > lastTrain - block) {
            oofStart = Math.max(firstOrigin + 1, lastTrain - 2 * block + 1);
        }
        List<int[]> blocks = new ArrayList<>();
        for (int e = lastTrain; e >= oofStart; e -= block) {
            blocks.add(0, new int[] {Math.max(oofStart, e - block + 1), e});
        }
        int firstFold = Math.max(1, blocks.size() - folds);
        for (Config c : CONFIGS) {
            double[] r = new double[(lastLabelled - firstOrigin + 1) * n];
            java.util.Arrays.fill(r, Double.NaN);
            raw.put(c, r);
            for (int[] b : blocks) {
                if (b[0] - h < firstOrigin) {
                    continue;
                }
                try (Model m = fit(c, firstOrigin, b[0] - h)) {
                    double[] pr = m.predict(rowsOf(b[0], b[1]), width);
                    for (int o = b[0]; o <= b[1]; o++) {
                        for (int i = 0; i < n; i++) {
                            r[(o - firstOrigin) * n + i] = panel.exists(i, o) ? pr[(o - b[0]) * n + i] : 0;
                        }
                    }
                }
            }
        }
        List<CvScore> scores = new ArrayList<>();
        for (Config c : CONFIGS) {
            for (String method : Calibrator.METHODS) {
                double sq = 0;
                double sqRaw = 0;
                int k = 0;
                for (int f = firstFold; f < blocks.size(); f++) {
                    int[] b = blocks.get(f);
                    Calibrator cal = calibrator(c, method, b[0] - h);
                    for (int o = b[0]; o <= b[1]; o++) {
                        for (int i = 0; i < n; i++) {
                            double pr = raw.get(c)[(o - firstOrigin) * n + i];
                            if (Double.isNaN(pr)) {
                                continue;
                            }
                            double q = panel.exists(i, o) ? cal.applyAsDouble(pr) : 0;
                            double yv = panel.target(i, o, h) ? 1 : 0;
                            sq += (q - yv) * (q - yv);
                            sqRaw += (pr - yv) * (pr - yv);
                            k++;
                        }
                    }
                }
                scores.add(new CvScore(c.family(), c.setting(), method, sq / k, sqRaw / k));
            }
        }
        // too few training periods for a validation fold: the logistic model with C = 1 and Platt scaling, stated
        CvScore best = scores.stream().filter(sc -> sc.model().equals("logistic") && sc.setting().equals("C=1")
                && sc.calibration().equals("platt")).findFirst().orElseThrow();
        for (CvScore sc : scores) {
            if (!Double.isNaN(sc.brier()) && (Double.isNaN(best.brier()) || sc.brier() < best.brier() - 1e-12)) {
                best = sc;
            }
        }
        chosen = configOf(best);
        chosenCalibration = best.calibration();
        List<String> foldLabels = new ArrayList<>();
        for (int f = firstFold; f < blocks.size(); f++) {
            for (int o = blocks.get(f)[0]; o <= blocks.get(f)[1]; o++) {
                foldLabels.add(Periods.window(o, h, settings.period()));
            }
        }
        if (foldLabels.isEmpty() || Double.isNaN(best.brier())) {
            return new Selection(best.model(), "too few training periods for a validation fold: " + best.label()
                    + " by default", best.calibration(), best.model() + " " + best.setting(), foldLabels,
                    List.copyOf(scores));
        }
        String note = String.format(java.util.Locale.ROOT,
                "rolling-origin cross-validation inside the training periods: folds %s..%s, each predicted by models "
                        + "trained on the periods before it, calibrators fitted on out-of-fold predictions from %s; "
                        + "%d candidates; chosen %s (mean Brier %.5f)",
                foldLabels.get(0), foldLabels.get(foldLabels.size() - 1), Periods.label(oofStart, settings.period()),
                scores.size(), best.label(), best.brier());
        return new Selection(best.model(), note, best.calibration(), best.model() + " " + best.setting(), foldLabels,
                List.copyOf(scores));
    }

    private Model fit(Config c, int from, int to) {
        return c.family().equals("logistic") ? fit("logistic:" + c.param(), from, to) : fit("xgboost:" + c.param(), from, to);
    }

    private Model fit(String kind, int from, int to) {
        String family = kind.contains(":") ? kind.substring(0, kind.indexOf(':')) : kind;
        double param = kind.contains(":") ? Double.parseDouble(kind.substring(kind.indexOf(':') + 1)) : Double.NaN;
        double[] all = rowsOf(from, to);
        double[] target = family.equals("poisson") ? totals(from, to) : labels(from, to);
        // a region-period before the region existed is no evidence either way: left out of training
        int kept = 0;
        for (int t = from; t <= to; t++) {
            for (int i = 0; i < n; i++) {
                kept += panel.exists(i, t) ? 1 : 0;
            }
        }
        double[] xs = new double[kept * width];
        double[] ys = new double[kept];
        int k = 0;
        for (int t = from; t <= to; t++) {
            for (int i = 0; i < n; i++) {
                int r = (t - from) * n + i;
                if (panel.exists(i, t)) {
                    System.arraycopy(all, r * width, xs, k * width, width);
                    ys[k++] = target[r];
                }
            }
        }
        double mean = java.util.Arrays.stream(ys).average().orElse(0);
        if (!family.equals("poisson") && (mean == 0 || mean == 1)) {
            return new Constant(family, mean, width);
        }
        return switch (family) {
            case "logistic" -> Double.isNaN(param) ? Glm.fit(Glm.Family.LOGISTIC, xs, width, ys)
                    : Glm.fit(Glm.Family.LOGISTIC, xs, width, ys, 1 / param, features.indicators());
            case "poisson" -> Glm.fit(Glm.Family.POISSON, xs, width, ys);
            case "xgboost" -> Double.isNaN(param) ? Trees.fit(xs, width, ys, settings.seed())
                    : Trees.fit(xs, width, ys, settings.seed(), (int) param);
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
