package id.matagaruda.participation;

import static org.assertj.core.api.Assertions.assertThat;

import id.matagaruda.region.ReferenceRegions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * With an earlier election in the input, the previous turnout of the same region becomes a feature and a driver. The
 * later election here is synthetic (seeded): Pilkada turnout of 0.9 x the region's 2019 turnout - 6, plus noise.
 */
class TurnoutHistoryTest {

    @Test
    void previousTurnoutIsLearnedAndNamedAsADriver() {
        List<TurnoutRecord> rows = new ArrayList<>(TurnoutCsv.shipped2019());
        Random noise = new Random(3);
        int line = 1000;
        for (TurnoutRecord r : TurnoutCsv.shipped2019()) {
            if (r.turnout() == null || r.provinsi().compareTo("91") >= 0) {
                continue;
            }
            double t = 0.9 * r.turnout() - 6 + noise.nextGaussian();
            long dpt = r.dpt();
            String jenis = ReferenceRegions.shipped().find(r.kodeWilayah()).orElseThrow().jenis().equals("Kota")
                    ? "pilwalkot" : "pilbup";
            rows.add(new TurnoutRecord(line++, r.kodeWilayah(), "Pilkada 2024", dpt, Math.round(dpt * t / 100), null,
                    null, null, null, jenis, 2024, Map.of()));
        }
        TurnoutAnalysis.Result result = TurnoutAnalysis.shipped().run(rows, new TurnoutAnalysis.Options(5, 3, false));
        BacktestReport b = result.backtest();
        assertThat(b.model().mae()).isLessThan(b.provinceMean().mae());
        RegionForecast bandung = result.forecast("32.73").orElseThrow();
        assertThat(bandung.drivers()).anyMatch(d -> d.key().equals("partisipasi_sebelumnya"));
        assertThat(bandung.observed()).as("the latest election is the region's observed turnout").isLessThan(80);
    }
}
