package id.matagaruda.reporting;

import id.matagaruda.indicator.CatalogueRow;
import id.matagaruda.indicator.Frekuensi;
import id.matagaruda.indicator.Polaritas;
import id.matagaruda.shared.Methodologies;
import id.matagaruda.shared.Methodology;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The SAKIP achievement rules: the target of a period (a semester or quarter target when one is set), capaian per
 * polarity and its category. The categories and the rounding are methodology held as data
 * ({@code methodology/capaian-bands.yaml}, Permendagri 86/2017): capaian is rounded half-up to the file's decimals
 * before it is categorised, so the printed value and its category never disagree.
 */
public final class Achievement {

    /** The file the categories come from; a capaian records its {@link Methodology#reference()}. */
    public static final Methodology BANDS = Methodologies.get("capaian-bands");

    /** One category: capaian at or above {@code bawah} ({@code inklusif}) or strictly above it; the last has no bound. */
    public record Band(String label, String labelEn, BigDecimal bawah, boolean inklusif) {}

    private static final List<Band> CATEGORIES = BANDS.list("kategori").stream()
            .map(m -> new Band(String.valueOf(m.get("label")), String.valueOf(m.getOrDefault("label_en", m.get("label"))),
                    m.get("bawah") == null ? null : new BigDecimal(m.get("bawah").toString()),
                    !Boolean.FALSE.equals(m.get("inklusif"))))
            .toList();
    private static final int DECIMALS = BANDS.integer("desimal");

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
        return Optional.of(value.setScale(DECIMALS, RoundingMode.HALF_UP));
    }

    /** A number without trailing zeros and never in exponent form (80, not 8E+1; 72.5, not 72.5000). */
    public static BigDecimal plain(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** The category of a (rounded) capaian, from the highest band down. */
    public static String category(BigDecimal capaian) {
        for (Band b : CATEGORIES) {
            if (b.bawah() == null) {
                return b.label();
            }
            int c = capaian.compareTo(b.bawah());
            if (c > 0 || c == 0 && b.inklusif()) {
                return b.label();
            }
        }
        return CATEGORIES.get(CATEGORIES.size() - 1).label();
    }

    /** The categories from the highest down, for legends and charts. */
    public static List<Band> bands() {
        return CATEGORIES;
    }

    /** "sangat tinggi >= 91; tinggi >= 76; sedang >= 66; rendah > 50; sangat rendah <= 50", as a legend prints it. */
    public static String legend() {
        StringBuilder out = new StringBuilder();
        BigDecimal previous = null;
        boolean previousInclusive = true;
        for (Band b : CATEGORIES) {
            if (out.length() > 0) {
                out.append("; ");
            }
            if (b.bawah() != null) {
                out.append(b.label()).append(b.inklusif() ? " >= " : " > ").append(plain(b.bawah()).toPlainString());
            } else if (previous != null) {
                out.append(b.label()).append(previousInclusive ? " < " : " <= ").append(plain(previous).toPlainString());
            } else {
                out.append(b.label());
            }
            previous = b.bawah();
            previousInclusive = b.inklusif();
        }
        return out.toString();
    }
}
