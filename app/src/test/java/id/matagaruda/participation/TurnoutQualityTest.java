package id.matagaruda.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Quality flags on the real Pilpres 2019 file and on small fixtures for each rule. */
class TurnoutQualityTest {

    private final TurnoutQuality quality = TurnoutQuality.shipped();

    @Test
    void everyPapuaAndPapuaBaratRowOf2019IsFlaggedIncludingTheSuccessorProvinces() {
        List<TurnoutRecord> rows = TurnoutCsv.shipped2019();
        Map<String, QualityFlag> flags = quality.check(rows).stream()
                .collect(Collectors.toMap(QualityFlag::kodeWilayah, f -> f));
        List<TurnoutRecord> papua = rows.stream()
                .filter(r -> Set.of("91", "92", "93", "94", "95", "96").contains(r.provinsi())).toList();
        assertThat(papua).hasSize(42);
        assertThat(papua).allSatisfy(r -> assertThat(flags).containsKey(r.kodeWilayah()));
        assertThat(flags.get("91.05").reason()).contains("cakupan data tidak lengkap");
        assertThat(flags.get("93.04").rule()).as("Asmat has no KPU count").isEqualTo(QualityFlag.MISSING);
    }

    @Test
    void farBelowItsProvinceIsFlaggedByTheRobustTest() {
        Map<String, QualityFlag> flags = quality.check(TurnoutCsv.shipped2019()).stream()
                .collect(Collectors.toMap(QualityFlag::kodeWilayah, f -> f));
        QualityFlag aru = flags.get("81.07");
        assertThat(aru.rule()).isEqualTo(QualityFlag.FAR_BELOW);
        assertThat(aru.reason()).contains("28.84%").contains("z robust");
        assertThat(flags.get("32.73")).as("Kota Bandung is ordinary").isNull();
    }

    @Test
    void turnoutAboveWhatDptbExplainsOrAboveTheBoundIsFlagged() {
        List<TurnoutRecord> rows = TurnoutCsv.withShippedRegions().read("""
                kode_wilayah,pemilihan,dpt,pengguna_hak_pilih,dptb
                32.73,Pilkada 2024,1000,1040,50
                32.04,Pilkada 2024,1000,1060,50
                32.01,Pilkada 2024,1000,1060,
                32.02,Pilkada 2024,0,0,
                """.getBytes(StandardCharsets.UTF_8));
        Map<String, String> rules = quality.check(rows).stream()
                .collect(Collectors.toMap(QualityFlag::kodeWilayah, QualityFlag::rule));
        assertThat(rules).doesNotContainKey("32.73")
                .containsEntry("32.04", QualityFlag.ABOVE_DPTB)
                .containsEntry("32.01", QualityFlag.ABOVE_BOUND)
                .containsEntry("32.02", QualityFlag.DPT_ZERO);
    }

    @Test
    void flaggedRowsAreLeftOutOfTrainingUnlessAskedFor() {
        List<TurnoutRecord> rows = TurnoutCsv.shipped2019();
        TurnoutAnalysis.Result strict = TurnoutAnalysis.shipped().run(rows, new TurnoutAnalysis.Options(7, 3, false));
        TurnoutAnalysis.Result all = TurnoutAnalysis.shipped().run(rows, new TurnoutAnalysis.Options(7, 3, true));
        int flagged = strict.backtest().flags().size();
        assertThat(strict.backtest().used()).isEqualTo(514 - flagged);
        assertThat(all.backtest().used()).as("all rows with a computable turnout").isEqualTo(513);
    }
}
