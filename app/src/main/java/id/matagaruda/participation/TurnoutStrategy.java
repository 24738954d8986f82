package id.matagaruda.participation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Turns forecasts into a programme mix per region below target. Ranking rule: a programme's expected effect for a
 * region is the sum, over the region's drivers that pull turnout down and that the programme addresses, of
 * |driver effect| x the programme's {@code efek}, capped at the gap; the national shortfall (model base below the
 * target) counts as the driver "nasional". Programmes are ranked by expected effect (menu order on ties) and the best
 * {@link #TOP_PROGRAMMES} with a positive effect are recommended. Regions are ranked by gap, largest shortfall first.
 */
public final class TurnoutStrategy {

    public static final int TOP_DRIVERS = 3;
    public static final int TOP_PROGRAMMES = 3;
    public static final String NATIONAL = "nasional";

    private final ProgrammeMenu menu;

    public TurnoutStrategy(ProgrammeMenu menu) {
        this.menu = menu;
    }

    /** The methodology file holding the default target. */
    public static final String TARGET_METHODOLOGY = "turnout-target";

    /**
     * The target used when the caller names none (KPU's national turnout target), from
     * {@code methodology/turnout-target.yaml}.
     */
    public static double defaultTarget() {
        return id.matagaruda.shared.Methodologies.get(TARGET_METHODOLOGY).number("target_bawaan");
    }

    /** The caller's target, or the default when it named none. */
    public static double targetOrDefault(Double target) {
        return target == null ? defaultTarget() : target;
    }

    public static void requireTarget(double target) {
        if (!(target >= 0 && target <= 100)) {
            throw new id.matagaruda.shared.InvalidInputException(
                    id.matagaruda.shared.FieldProblem.of("target", "participation.target.range", target));
        }
    }

    public List<StrategyRow> plan(List<RegionForecast> forecasts, double target) {
        requireTarget(target);
        List<StrategyRow> rows = new ArrayList<>();
        for (RegionForecast f : forecasts) {
            double gap = round2(target - f.prediksi());
            boolean below = gap > 0;
            List<DriverEffect> down = new ArrayList<>(f.downDrivers());
            if (f.nationalMean() < target) {
                down.add(new DriverEffect(NATIONAL, "Rata-rata nasional di bawah target", round2(f.nationalMean() - target),
                        String.format(Locale.ROOT, "nilai dasar model %.1f%%", f.nationalMean())));
            }
            List<Recommendation> recs = below ? recommend(down, gap) : List.of();
            List<DriverEffect> top = f.downDrivers().stream().limit(TOP_DRIVERS).toList();
            rows.add(new StrategyRow(f.kodeWilayah(), f.nama(), f.provinsi(), f.prediksi(), f.batasBawah(), f.batasAtas(),
                    target, gap, below, f.observed(), f.flag(), top, recs));
        }
        rows.sort(Comparator.comparingDouble((StrategyRow r) -> -r.selisih()).thenComparing(StrategyRow::kodeWilayah));
        return rows;
    }

    private List<Recommendation> recommend(List<DriverEffect> down, double gap) {
        List<Recommendation> out = new ArrayList<>();
        for (Programme p : menu.programmes()) {
            double effect = 0;
            List<String> addressed = new ArrayList<>();
            for (DriverEffect d : down) {
                if (p.pendorong().contains(d.key())) {
                    effect += Math.abs(d.effect()) * p.efek();
                    addressed.add(d.nama() + String.format(Locale.ROOT, " (%.1f poin)", d.effect()));
                }
            }
            effect = Math.min(effect, gap);
            if (effect > 0.005) {
                out.add(new Recommendation(p.id(), p.nama(), round2(effect),
                        "menangani " + String.join(", ", addressed) + ". " + p.alasan()));
            }
        }
        // stable sort keeps menu order on equal effects
        out.sort(Comparator.comparingDouble((Recommendation r) -> -r.expectedEffect()));
        return List.copyOf(out.subList(0, Math.min(TOP_PROGRAMMES, out.size())));
    }

    static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
