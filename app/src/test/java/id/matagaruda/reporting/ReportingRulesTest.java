package id.matagaruda.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.matagaruda.indicator.CatalogueRow;
import id.matagaruda.indicator.Frekuensi;
import id.matagaruda.indicator.Polaritas;
import id.matagaruda.indicator.Tingkat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** Periods, targets per period, capaian per polarity and its categories. */
class ReportingRulesTest {

    static CatalogueRow indicator(Frekuensi f, Polaritas p, boolean kumulatif, double target2025) {
        TreeMap<Integer, BigDecimal> t = new TreeMap<>();
        for (int y = 2025; y <= 2029; y++) {
            t.put(y, y == 2025 ? BigDecimal.valueOf(target2025) : null);
        }
        return new CatalogueRow(0, "X", "X", Tingkat.KABKOTA, "32.73", "persen", p, f, null, t, null, false, null,
                List.of(), kumulatif);
    }

    @Test
    void periodsAreYearsSemestersAndQuartersWithDueDatesAMonthAfterTheirEnd() {
        assertThat(Period.parse("2025")).get().hasToString("2025");
        assertThat(Period.parse("2025-s1")).get().extracting(Period::frekuensi).isEqualTo(Frekuensi.SEMESTERAN);
        assertThat(Period.parse("2025-Q3")).get().extracting(Period::part).isEqualTo(3);
        assertThat(Period.parse("2025-Q5")).isEmpty();
        assertThat(Period.parse("25-Q1")).isEmpty();
        assertThat(Period.parse("2025-Q1").orElseThrow().defaultDueDate()).isEqualTo(LocalDate.of(2025, 4, 30));
        assertThat(Period.parse("2025-S2").orElseThrow().defaultDueDate()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(Period.parse("2025").orElseThrow().defaultDueDate()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(Period.of(2025, Frekuensi.TRIWULANAN)).extracting(Period::toString)
                .containsExactly("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4");
    }

    @Test
    void quarterTargetsArePassedProRataOnlyForCumulativeIndicators() {
        Period q3 = Period.parse("2025-Q3").orElseThrow();
        assertThat(Achievement.target(indicator(Frekuensi.TRIWULANAN, Polaritas.POSITIF, true, 100), q3))
                .get().satisfies(t -> assertThat(t).isEqualByComparingTo("75"));
        assertThat(Achievement.target(indicator(Frekuensi.TRIWULANAN, Polaritas.POSITIF, false, 80), q3))
                .get().satisfies(t -> assertThat(t).isEqualByComparingTo("80"));
        assertThat(Achievement.target(indicator(Frekuensi.TAHUNAN, Polaritas.POSITIF, false, 80),
                Period.parse("2026").orElseThrow())).isEmpty();
    }

    @Test
    void capaianFollowsSakipPolarityRulesAndRoundsHalfUpToTwoDecimals() {
        assertThat(Achievement.capaian(new BigDecimal("75"), new BigDecimal("80"), Polaritas.POSITIF))
                .get().satisfies(c -> assertThat(c).isEqualByComparingTo("93.75"));
        // negative polarity: fewer unresolved conflicts than the ceiling is better than 100
        assertThat(Achievement.capaian(new BigDecimal("8"), new BigDecimal("10"), Polaritas.NEGATIF))
                .get().satisfies(c -> assertThat(c).isEqualByComparingTo("120.00"));
        assertThat(Achievement.capaian(new BigDecimal("2"), new BigDecimal("3"), Polaritas.POSITIF))
                .get().satisfies(c -> assertThat(c).isEqualByComparingTo("66.67"));
        assertThat(Achievement.capaian(BigDecimal.ONE, BigDecimal.ZERO, Polaritas.POSITIF)).isEmpty();
    }

    @Test
    void categoriesUseTheRegionalBands() {
        assertThat(Achievement.category(new BigDecimal("91.00"))).isEqualTo("sangat tinggi");
        assertThat(Achievement.category(new BigDecimal("90.99"))).isEqualTo("tinggi");
        assertThat(Achievement.category(new BigDecimal("76"))).isEqualTo("tinggi");
        assertThat(Achievement.category(new BigDecimal("75.99"))).isEqualTo("sedang");
        assertThat(Achievement.category(new BigDecimal("66"))).isEqualTo("sedang");
        assertThat(Achievement.category(new BigDecimal("65.5"))).isEqualTo("rendah");
        assertThat(Achievement.category(new BigDecimal("50.01"))).isEqualTo("rendah");
        assertThat(Achievement.category(new BigDecimal("50"))).isEqualTo("sangat rendah");
    }

    @Property
    void capaianIsMonotoneInTheRealisationPerPolarity(@ForAll @DoubleRange(min = 0, max = 1000) double a,
            @ForAll @DoubleRange(min = 0, max = 1000) double b, @ForAll @DoubleRange(min = 0.1, max = 1000) double target) {
        BigDecimal lo = BigDecimal.valueOf(Math.min(a, b));
        BigDecimal hi = BigDecimal.valueOf(Math.max(a, b));
        BigDecimal t = BigDecimal.valueOf(target);
        assertThat(Achievement.capaian(hi, t, Polaritas.POSITIF).orElseThrow())
                .isGreaterThanOrEqualTo(Achievement.capaian(lo, t, Polaritas.POSITIF).orElseThrow());
        assertThat(Achievement.capaian(hi, t, Polaritas.NEGATIF).orElseThrow())
                .isLessThanOrEqualTo(Achievement.capaian(lo, t, Polaritas.NEGATIF).orElseThrow());
    }
}
