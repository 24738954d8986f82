package id.matagaruda.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The model against the baselines on the real Pemilu Presiden 2019 kab/kota file shipped in the jar. */
class TurnoutBacktestTest {

    static List<TurnoutRecord> rows;
    static TurnoutAnalysis.Result result;

    @BeforeAll
    static void runOnce() {
        rows = TurnoutCsv.shipped2019();
        result = TurnoutAnalysis.shipped().run(rows, TurnoutAnalysis.Options.defaults());
        System.out.println(result.backtest().toJson());
    }

    @Test
    void modelBeatsProvinceMeanInKFoldOn2019Data() {
        BacktestReport r = result.backtest();
        assertThat(r.folds()).isEqualTo(5);
        assertThat(r.model().mae()).isLessThan(r.provinceMean().mae());
        assertThat(r.provinceMean().mae()).isLessThan(r.nationalMean().mae());
    }

    @Test
    void intervalCoverageIsNearItsNominalLevel() {
        assertThat(result.backtest().intervalCoverage()).isBetween(0.72, 0.88);
    }

    @Test
    void groupedCrossValidationHoldsOutWholeProvincesAgainstTheNationalMean() {
        BacktestReport r = result.backtest();
        assertThat(r.groupedProvinces()).isGreaterThan(25);
        assertThat(r.groupedModel().n()).isEqualTo(r.used());
        assertThat(r.groupedModel().mae()).isLessThan(r.groupedNationalMean().mae());
    }

    @Test
    void sameSeedGivesTheSameNumbers() {
        TurnoutAnalysis.Result again = TurnoutAnalysis.shipped().run(rows, TurnoutAnalysis.Options.defaults());
        assertThat(again.backtest().toJson()).isEqualTo(result.backtest().toJson());
        assertThat(again.forecasts()).isEqualTo(result.forecasts());
    }

    @Test
    void everyKabKotaGetsAForecastWithAnIntervalAndDrivers() {
        assertThat(result.forecasts()).hasSize(514);
        RegionForecast jayapura = result.forecast("91.71").orElseThrow();
        assertThat(jayapura.flag()).contains("cakupan");
        assertThat(jayapura.prediksi()).isBetween(50.0, 100.0);
        assertThat(jayapura.batasBawah()).isLessThan(jayapura.prediksi());
        assertThat(result.forecasts()).allSatisfy(f -> assertThat(f.drivers()).isNotEmpty());
    }
}
