package id.matagaruda.forecast;

import id.matagaruda.forecast.internal.Backtester;
import id.matagaruda.forecast.internal.EventPlacement;
import id.matagaruda.forecast.internal.Panel;
import id.matagaruda.forecast.internal.Periods;
import id.matagaruda.shared.FieldProblem;
import id.matagaruda.shared.InvalidInputException;
import java.util.List;

/** Conflict-risk backtests and forecasts from a list of events: pure computation, no database, no server. */
public final class RiskEngine {

    private RiskEngine() {
    }

    public static Backtest backtest(List<ConflictEvent> events, RiskSettings settings) {
        return backtester(events, settings, null).run();
    }

    /** The rows the backtest's models learn from and are tested on, as CSV (for a peer model on the same rows). */
    public static void featureTable(List<ConflictEvent> events, RiskSettings settings, Appendable out)
            throws java.io.IOException {
        backtester(events, settings, null).writeTable(out);
    }

    /** The backtest, then forecasts for the periods after the data with the method the backtest justified. */
    public static RiskForecast forecast(List<ConflictEvent> events, RiskSettings settings) {
        return forecast(events, settings, null);
    }

    /**
     * As {@link #forecast(List, RiskSettings)}, with the data known to run until {@code dataUntil} (a period label):
     * quiet periods after the last event still count as observed zeros.
     */
    public static RiskForecast forecast(List<ConflictEvent> events, RiskSettings settings, String dataUntil) {
        Backtester b = backtester(events, settings, dataUntil);
        return b.forecast(b.run());
    }

    /**
     * A model trained on all the data, for scoring the periods after it again and again (the benchmark; a server
     * that refreshes maps). {@code model} is "logistic" or "xgboost".
     */
    public static Trained train(List<ConflictEvent> events, RiskSettings settings, String dataUntil, String model) {
        Backtester b = backtester(events, settings, dataUntil);
        return new Trained(b, b.trainFinal(model), b.trainFinal("poisson"));
    }

    /** A fitted model and its features; close it to free the native trees. */
    public static final class Trained implements AutoCloseable {
        private final Backtester backtester;
        private final id.matagaruda.forecast.internal.Model model;
        private final id.matagaruda.forecast.internal.Model counter;

        private Trained(Backtester backtester, id.matagaruda.forecast.internal.Model model,
                id.matagaruda.forecast.internal.Model counter) {
            this.backtester = backtester;
            this.model = model;
            this.counter = counter;
        }

        /** Every region's risk for the periods after the data, with drivers. */
        public List<RegionRisk> score() {
            return backtester.score(model, counter, null);
        }

        @Override
        public void close() {
            model.close();
            counter.close();
        }
    }

    private static Backtester backtester(List<ConflictEvent> events, RiskSettings settings, String dataUntil) {
        EventPlacement.Result placed = EventPlacement.place(events, settings.level(), settings.period(),
                settings.categories());
        if (placed.placed().isEmpty()) {
            throw new InvalidInputException(FieldProblem.of("events", "forecast.error.noEvents"));
        }
        Integer end = dataUntil == null ? null : Periods.parse(dataUntil, settings.period());
        Panel panel = Panel.build(placed.placed(), settings.level(), settings.period(), null, end);
        return new Backtester(panel, settings, placed.counts());
    }
}
