package id.matagaruda.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import id.matagaruda.shared.Methodology;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The risk bands read from methodology/risk-bands.yaml: relative to the base rate, with a floor, few regions high. */
class RiskBandsTest {

    @Test
    void theBandsFileLoadsWithItsVersionAndThresholds() {
        Methodology m = RiskBands.methodology();
        assertThat(m.id()).isEqualTo("risk-bands");
        assertThat(RiskBands.reference()).matches("risk-bands v\\d+");
        assertThat(m.text("ukuran")).isIn("rasio_odds", "rasio");
        assertThat(m.number("tinggi.rasio_min")).isGreaterThan(m.number("sedang.rasio_min"));
        assertThat(m.number("tinggi.peluang_min")).isBetween(0.0, 1.0);
    }

    @Test
    void aRegionIsHighOnlyWellAboveTheBaseRateAndAboveTheFloor() {
        double base = 0.05;
        assertThat(RiskBands.category(0.03, base)).isEqualTo("rawan rendah");
        assertThat(RiskBands.category(0.06, base)).isEqualTo("rawan sedang");
        assertThat(RiskBands.category(0.12, base)).isEqualTo("rawan tinggi");
        // twice a tiny base rate is still below the 10% floor
        assertThat(RiskBands.category(0.02, 0.005)).isEqualTo("rawan sedang");
        // with a high base rate (dense monthly data) the odds ratio still leaves room for a high band
        assertThat(RiskBands.category(0.6, 0.59)).isEqualTo("rawan sedang");
        assertThat(RiskBands.category(0.9, 0.59)).isEqualTo("rawan tinggi");
        assertThat(RiskBands.category(0.3, 0.59)).isEqualTo("rawan rendah");
    }

    @Test
    void theBandNeverFallsAsTheProbabilityRises() {
        List<String> order = List.of("rawan rendah", "rawan sedang", "rawan tinggi");
        for (double base : new double[] {0.01, 0.08, 0.3, 0.6}) {
            int last = 0;
            for (int k = 0; k <= 1000; k++) {
                int band = order.indexOf(RiskBands.category(k / 1000.0, base));
                assertThat(band).as("p=%s base=%s", k / 1000.0, base).isGreaterThanOrEqualTo(last);
                last = band;
            }
        }
    }

    @Test
    void theProvinceMapSinglesOutAFewProvincesAsHigh() {
        RiskForecast f = RiskEngine.forecast(EventFiles.ucdp(), RiskSettings.parse("provinsi", "year", "2012", 1, null,
                null));
        Map<String, Double> shares = RiskBands.shares(f.regions());
        System.out.println("province bands (base rate " + f.tingkatDasar() + "): " + RiskBands.counts(f.regions()));
        assertThat(shares.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0,
                org.assertj.core.api.Assertions.within(1e-9));
        assertThat(shares.get("rawan tinggi")).isGreaterThan(0).isLessThanOrEqualTo(0.25);
        assertThat(shares.get("rawan rendah")).isGreaterThan(0.5);
        assertThat(f.acuanPita()).isEqualTo(RiskBands.reference());
    }
}
