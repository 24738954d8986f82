package id.matagaruda.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.matagaruda.shared.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Programme recommendations from drivers: the ranking rule, the gap, and the menu held as data. */
class TurnoutStrategyTest {

    private static final ProgrammeMenu MENU = new ProgrammeMenu("uji", List.of(
            new Programme("A", 1, "Pembersihan DPT", List.of("rasio_dpt"), 0.5, "DPT menggelembung"),
            new Programme("B", 1, "Pendidikan pemilih", List.of("hls", "nasional"), 0.2, "pendidikan"),
            new Programme("C", 1, "Akses TPS", List.of("pemilih_per_tps"), 0.3, "jarak")));

    private static RegionForecast forecast(String kode, double prediksi, double base, DriverEffect... drivers) {
        return new RegionForecast(kode, "Wilayah " + kode, kode.substring(0, 2), prediksi, prediksi - 4, prediksi + 4,
                base, null, null, List.of(drivers));
    }

    @Test
    void ranksProgrammesByExpectedEffectOnTheDriversPullingTurnoutDown() {
        RegionForecast f = forecast("32.73", 70, 80,
                new DriverEffect("rasio_dpt", "Rasio DPT", -4, "120%"),
                new DriverEffect("pemilih_per_tps", "Pemilih per TPS", -6, "300"),
                new DriverEffect("hls", "HLS", 2, "13"));
        StrategyRow row = new TurnoutStrategy(MENU).plan(List.of(f), 77.5).get(0);
        assertThat(row.selisih()).isEqualTo(7.5);
        assertThat(row.belowTarget()).isTrue();
        assertThat(row.pendorongUtama()).extracting(DriverEffect::key).containsExactly("pemilih_per_tps", "rasio_dpt");
        // A: 0.5 x 4 = 2.0; C: 0.3 x 6 = 1.8; B addresses hls, which pushes turnout up here: not recommended
        assertThat(row.rekomendasi()).extracting(Recommendation::programmeId).containsExactly("A", "C");
        assertThat(row.rekomendasi().get(0).expectedEffect()).isEqualTo(2.0);
        assertThat(row.rekomendasi().get(0).alasan()).contains("Rasio DPT");
    }

    @Test
    void aNationalMeanBelowTargetIsADriverBroadProgrammesAddress() {
        StrategyRow row = new TurnoutStrategy(MENU).plan(List.of(forecast("32.73", 74, 76)), 77.5).get(0);
        assertThat(row.rekomendasi()).extracting(Recommendation::programmeId).containsExactly("B");
        assertThat(row.rekomendasi().get(0).expectedEffect()).isEqualTo(0.3);
    }

    @Test
    void regionsAtOrAboveTargetGetNoProgrammeAndRankBelowTheShortfalls() {
        List<StrategyRow> rows = new TurnoutStrategy(MENU).plan(List.of(
                forecast("32.01", 85, 80, new DriverEffect("rasio_dpt", "Rasio DPT", -1, "x")),
                forecast("32.73", 70, 80, new DriverEffect("rasio_dpt", "Rasio DPT", -10, "x"))), 77.5);
        assertThat(rows).extracting(StrategyRow::kodeWilayah).containsExactly("32.73", "32.01");
        assertThat(rows.get(1).belowTarget()).isFalse();
        assertThat(rows.get(1).rekomendasi()).isEmpty();
        assertThat(rows.get(0).rekomendasi().get(0).expectedEffect()).as("capped at the gap").isEqualTo(5.0);
    }

    @Test
    void aTargetOutside0To100IsRejected() {
        assertThatThrownBy(() -> new TurnoutStrategy(MENU).plan(List.of(), 120))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theShippedMenuCoversEveryDriverTheModelNames() {
        ProgrammeMenu menu = ProgrammeMenu.shipped();
        assertThat(menu.programmes()).hasSizeGreaterThanOrEqualTo(10);
        for (TurnoutDriver d : TurnoutDriver.values()) {
            if (d != TurnoutDriver.INDEKS) {
                assertThat(menu.programmes()).as(d.key()).anyMatch(p -> p.pendorong().contains(d.key()));
            }
        }
    }
}
