package id.matagaruda.reporting;

import id.matagaruda.indicator.CatalogueRow;
import id.matagaruda.indicator.Frekuensi;
import id.matagaruda.indicator.Polaritas;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The SAKIP achievement rules: the target of a period (a semester or quarter target when one is set), capaian per polarity and its category. Rounding: capaian is
 * rounded half-up to two decimals before it is categorised (sangat tinggi >= 91, tinggi >= 76, sedang >= 66,
 * rendah > 50, sangat rendah <= 50).
 */
public final class Achievement {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private Achievement() {}

    /**
     * The target a period is held to: the annual target for a yearly report; for a semester or quarter, the annual
     * target pro rata when the indicator is cumulative (a running count), otherwise the annual target itself.
     */
    public static Optional<BigDecimal> target(CatalogueRow indicator, Period period) {
        return target(indicator, period, null);
    }

    /** As above, but a target set for the semester or quarter itself ({@code explicit}, may be null) comes first. */
    public static Optional<BigDecimal> target(CatalogueRow indicator, Period period, BigDecimal explicit) {
        if (explicit != null && period.frekuensi() != Frekuensi.TAHUNAN) {
            return Optional.of(explicit);
        }
        BigDecimal annual = indicator.targets().get(period.year());
        if (annual == null) {
            return Optional.empty();
        }
        if (period.frekuensi() == Frekuensi.TAHUNAN || !indicator.kumulatif()) {
            return Optional.of(annual);
        }
        return Optional.of(annual.multiply(BigDecimal.valueOf(period.part()))
                .divide(BigDecimal.valueOf(period.perYear()), MathContext.DECIMAL64));
    }

    /** Capaian in percent, two decimals; empty when the target is zero (the ratio has no meaning). */
    public static Optional<BigDecimal> capaian(BigDecimal realisasi, BigDecimal target, Polaritas polaritas) {
        if (target.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal ratio = realisasi.divide(target, MathContext.DECIMAL64);
        BigDecimal value = polaritas == Polaritas.POSITIF ? ratio.multiply(HUNDRED) : TWO.subtract(ratio).multiply(HUNDRED);
        return Optional.of(value.setScale(2, RoundingMode.HALF_UP));
    }

    /** A number without trailing zeros and never in exponent form (80, not 8E+1; 72.5, not 72.5000). */
    public static BigDecimal plain(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    public static String category(BigDecimal capaian) {
        if (capaian.compareTo(BigDecimal.valueOf(91)) >= 0) {
            return "sangat tinggi";
        }
        if (capaian.compareTo(BigDecimal.valueOf(76)) >= 0) {
            return "tinggi";
        }
        if (capaian.compareTo(BigDecimal.valueOf(66)) >= 0) {
            return "sedang";
        }
        return capaian.compareTo(BigDecimal.valueOf(50)) > 0 ? "rendah" : "sangat rendah";
    }
}
