package id.matagaruda.lake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.matagaruda.lake.AggregateQuery.Level;
import id.matagaruda.lake.AggregateQuery.Period;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The argument rules both engines share, and the shared CSV formatting. */
class AggregateArgumentsTest {

    @Test
    void theApplicationsCommandLineIsReadWithItsVerbTokens() {
        AggregateArguments a = AggregateArguments.parse("events", "aggregate", "--lake", "/data/lake", "--level", "KabKota",
                "--period=month", "--engine", "spark", "--master", "local[2]", "--output", "out.csv");

        assertThat(a.lake()).isEqualTo("/data/lake");
        assertThat(a.level()).isEqualTo(Level.KABKOTA);
        assertThat(a.period()).isEqualTo(Period.MONTH);
        assertThat(a.engine()).isEqualTo("spark");
        assertThat(a.master()).isEqualTo("local[2]");
        assertThat(a.output()).isEqualTo(Path.of("out.csv"));
        assertThat(AggregateArguments.parse(a.toArgs().toArray(String[]::new)).toArgs()).isEqualTo(a.toArgs());
    }

    @Test
    void aBadLevelOrPeriodIsRefusedNamingTheOptionAndTheAllowedValues() {
        assertThatThrownBy(() -> AggregateArguments.parse("--lake", "x", "--level", "desa", "--period", "month"))
                .hasMessage("--level: harus salah satu dari provinsi|kabkota, bukan 'desa' / must be one of provinsi|kabkota");
        assertThatThrownBy(() -> AggregateArguments.parse("--lake", "x", "--level", "provinsi", "--period", "quarter"))
                .hasMessage("--period: harus salah satu dari week|month|year, bukan 'quarter' / must be one of week|month|year");
        assertThatThrownBy(() -> AggregateArguments.parse("--level", "provinsi", "--period", "year"))
                .hasMessageStartingWith("--lake: wajib diisi");
        assertThatThrownBy(() -> AggregateArguments.parse("--lake", "x", "--level", "provinsi", "--period", "year",
                "--engine", "hive")).hasMessageStartingWith("--engine: harus salah satu dari duckdb|spark");
    }

    @Test
    void indonesianPeriodNamesAreAccepted() {
        assertThat(Period.parse("bulan")).isEqualTo(Period.MONTH);
        assertThat(Period.parse("Minggu")).isEqualTo(Period.WEEK);
    }

    @Test
    void aHdfsLakeIsNotALocalPath() {
        assertThat(AggregateArguments.parse("--lake", "hdfs://nn:8020/lake", "--level", "provinsi", "--period", "year")
                .localLake()).isFalse();
        assertThat(AggregateArguments.parse("--lake", "data/lake", "--level", "provinsi", "--period", "year")
                .localLake()).isTrue();
    }

    @Test
    void ratesAreRoundedHalfUpToFourDecimalsAndEmptyWithoutPopulation() {
        assertThat(AggregateQuery.csvLine("32.73", "2024-01", "unjuk_rasa", 1, 3L)).isEqualTo(
                "32.73,2024-01,unjuk_rasa,1,3,33333.3333");
        assertThat(AggregateQuery.csvLine("32.73", "2024-01", "kdrt", 1, 1_600_000L)).isEqualTo(
                "32.73,2024-01,kdrt,1,1600000,0.0625");
        assertThat(AggregateQuery.csvLine("32.73", "2024-01", "kdrt", 1, 3_200_000L)).isEqualTo(
                "32.73,2024-01,kdrt,1,3200000,0.0313");
        assertThat(AggregateQuery.csvLine("11", "2024", null, 5, null)).isEqualTo("11,2024,,5,,");
        assertThat(AggregateQuery.csvLine("11", "2024", "a,b", 5, null)).isEqualTo("11,2024,\"a,b\",5,,");
    }
}
