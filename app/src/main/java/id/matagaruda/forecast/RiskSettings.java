package id.matagaruda.forecast;

import id.matagaruda.shared.FieldProblem;
import id.matagaruda.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What to forecast: the region level, the period, the last period the models may learn from ({@code trainUntil}, the
 * periods after it are held out; null lets the engine hold out the last third), the horizon in periods (1-6), the event
 * categories that count (empty = all) and the seed of every random choice.
 */
public record RiskSettings(Level level, Granularity period, String trainUntil, int horizon, Set<String> categories,
        long seed) {

    public enum Level {
        PROVINSI, KABKOTA;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Granularity {
        YEAR, MONTH;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final long DEFAULT_SEED = 20240101L;

    public RiskSettings {
        categories = categories == null ? Set.of() : Set.copyOf(new TreeSet<>(categories));
    }

    /** Parses and checks the settings as a user types them; every wrong field is reported at once. */
    public static RiskSettings parse(String level, String period, String trainUntil, Integer horizon,
            String categories, Long seed) {
        List<FieldProblem> problems = new ArrayList<>();
        Level l = null;
        Granularity g = null;
        try {
            l = Level.valueOf(level == null ? "" : level.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of("level", "forecast.error.level"));
        }
        try {
            g = Granularity.valueOf(period == null ? "" : period.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of("period", "forecast.error.period"));
        }
        int h = horizon == null ? 1 : horizon;
        if (h < 1 || h > 6) {
            problems.add(FieldProblem.of("horizon", "forecast.error.horizon"));
        }
        String tu = trainUntil == null || trainUntil.isBlank() ? null : trainUntil.trim();
        if (tu != null && g != null && !tu.matches(g == Granularity.YEAR ? "\\d{4}" : "\\d{4}-(0[1-9]|1[0-2])")) {
            problems.add(FieldProblem.of("train-until", "forecast.error.trainUntil",
                    g == Granularity.YEAR ? "YYYY" : "YYYY-MM"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Set<String> cats = new TreeSet<>();
        if (categories != null) {
            for (String c : categories.split(",")) {
                if (!c.isBlank()) {
                    cats.add(c.trim().toLowerCase(Locale.ROOT));
                }
            }
        }
        return new RiskSettings(l, g, tu, h, cats, seed == null ? DEFAULT_SEED : seed);
    }
}
