package id.matagaruda.indicator;

import static id.matagaruda.indicator.Fixtures.national;
import static id.matagaruda.indicator.Fixtures.regional;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyncCheckerTest {

    static final Map<String, Long> POPULATION = Map.of("32", 50_000_000L, "33", 37_000_000L, "91", 1_000_000L);
    final SyncChecker checker = new SyncChecker(POPULATION::get, k -> "Wilayah " + k);

    static final CatalogueRow PARTISIPASI = national("N-07", "Partisipasi pemilih", "persen", Polaritas.POSITIF, 81.0, true,
            78.0, 79.0, 80.0, 81.0, 82.0);

    private SyncReportRow rowFor(List<CatalogueRow> catalogue, String region) {
        return checker.check(catalogue).stream().filter(r -> r.kodeWilayah().equals(region)).findFirst().orElseThrow();
    }

    @Test
    void linkedIndicatorWithSameUnitPolarityAndImprovingTargetsIsSelaras() {
        var r = rowFor(List.of(PARTISIPASI, regional("P32", Tingkat.PROVINSI, "32", "%", Polaritas.POSITIF, 79.0, "N-07",
                79.5, 80.0, 80.5, 81.0, 82.5)), "32");
        assertThat(r.status()).isEqualTo(SyncStatus.SELARAS);
        assertThat(r.kodeIndikatorDaerah()).isEqualTo("P32");
    }

    @Test
    void regionWithoutALinkedIndicatorIsBelumAda() {
        var r = rowFor(List.of(PARTISIPASI, regional("X33", Tingkat.PROVINSI, "33", "persen", Polaritas.POSITIF, 1.0, null,
                1.0, 2.0, 3.0, 4.0, 5.0)), "33");
        assertThat(r.status()).isEqualTo(SyncStatus.BELUM_ADA);
        assertThat(r.kodeIndikatorDaerah()).isEmpty();
        assertThat(r.keterangan()).contains("Wilayah 33", "N-07");
    }

    @Test
    void kabkotaLinkedThroughItsProvinceCountsAsCarried() {
        var catalogue = List.of(PARTISIPASI,
                regional("P32", Tingkat.PROVINSI, "32", "persen", Polaritas.POSITIF, 79.0, "N-07", 79.5, 80.0, 80.5, 81.0, 82.5),
                regional("K3273", Tingkat.KABKOTA, "32.73", "persen", Polaritas.POSITIF, 70.0, "P32", 71.0, 72.0, 73.0, 74.0, 75.0));
        assertThat(rowFor(catalogue, "32.73").status()).isEqualTo(SyncStatus.SELARAS);
    }

    @Test
    void differentUnitIsSatuanBerbedaEvenWhenOtherThingsAreWrongToo() {
        var r = rowFor(List.of(PARTISIPASI, regional("P32", Tingkat.PROVINSI, "32", "orang", Polaritas.NEGATIF, 1.0, "N-07",
                null, null, null, null, null)), "32");
        assertThat(r.status()).isEqualTo(SyncStatus.SATUAN_BERBEDA);
        assertThat(r.keterangan()).contains("orang", "persen");
    }

    @Test
    void differentPolarityIsPolaritasBerbeda() {
        var r = rowFor(List.of(PARTISIPASI, regional("P32", Tingkat.PROVINSI, "32", "persen", Polaritas.NEGATIF, 20.0,
                "N-07", 19.0, 18.0, 17.0, 16.0, 15.0)), "32");
        assertThat(r.status()).isEqualTo(SyncStatus.POLARITAS_BERBEDA);
    }

    @Test
    void missingYearsAreTargetKosongNamingTheYears() {
        var r = rowFor(List.of(PARTISIPASI, regional("P32", Tingkat.PROVINSI, "32", "persen", Polaritas.POSITIF, 79.0,
                "N-07", 79.5, 80.0, 80.5, null, null)), "32");
        assertThat(r.status()).isEqualTo(SyncStatus.TARGET_KOSONG);
        assertThat(r.keterangan()).contains("2028, 2029");
    }

    @Test
    void flatOrBackwardTargetsAreTargetTidakMeningkatPerPolarity() {
        var flat = rowFor(List.of(PARTISIPASI, regional("P32", Tingkat.PROVINSI, "32", "persen", Polaritas.POSITIF, 80.0,
                "N-07", 80.0, 80.0, 80.0, 80.0, 80.0)), "32");
        assertThat(flat.status()).isEqualTo(SyncStatus.TARGET_TIDAK_MENINGKAT);
        var backwards = rowFor(List.of(PARTISIPASI, regional("P32", Tingkat.PROVINSI, "32", "persen", Polaritas.POSITIF,
                70.0, "N-07", 80.0, 79.0, 81.0, 82.0, 83.0)), "32");
        assertThat(backwards.status()).isEqualTo(SyncStatus.TARGET_TIDAK_MENINGKAT);
        assertThat(backwards.keterangan()).contains("2025", "2026");
        CatalogueRow ikp = national("N-06", "Kerawanan pemilu", "indeks", Polaritas.NEGATIF, 40.0, true, 39.0, 38.0, 37.0, 36.0, 35.0);
        var falling = rowFor(List.of(ikp, regional("P32", Tingkat.PROVINSI, "32", "poin", Polaritas.NEGATIF, 40.0, "N-06",
                39.0, 38.0, 37.0, 36.0, 35.0)), "32");
        assertThat(falling.status()).isEqualTo(SyncStatus.SELARAS);
    }

    @Test
    void nationalAggregateIsPopulationWeightedForSharesAndSummedForCounts() {
        var shares = new ArrayList<>(List.of(PARTISIPASI,
                regional("P32", Tingkat.PROVINSI, "32", "persen", Polaritas.POSITIF, 79.0, "N-07", 79.0, 80.0, 81.0, 82.0, 83.0),
                regional("P91", Tingkat.PROVINSI, "91", "persen", Polaritas.POSITIF, 60.0, "N-07", 60.0, 61.0, 62.0, 63.0, 64.0)));
        // 50M people at 79-83 and 1M at 60-64: the weighted mean stays above 78-82, a plain mean would not.
        assertThat(rowFor(shares, "00").status()).isEqualTo(SyncStatus.SELARAS);
        shares.add(regional("P33", Tingkat.PROVINSI, "33", "persen", Polaritas.POSITIF, 70.0, "N-07", 70.0, 71.0, 72.0, 73.0, 74.0));
        SyncReportRow shortfall = rowFor(shares, "00");
        assertThat(shortfall.status()).isEqualTo(SyncStatus.AGREGAT_KURANG);
        assertThat(shortfall.keterangan()).contains("2025", "3 provinsi");

        CatalogueRow fkdm = national("N-09", "FKDM aktif", "jumlah", Polaritas.POSITIF, 10.0, true, 20.0, 30.0, 40.0, 50.0, 60.0);
        var counts = List.of(fkdm,
                regional("F32", Tingkat.PROVINSI, "32", "jumlah", Polaritas.POSITIF, 5.0, "N-09", 10.0, 15.0, 20.0, 25.0, 30.0),
                regional("F33", Tingkat.PROVINSI, "33", "jumlah", Polaritas.POSITIF, 5.0, "N-09", 10.0, 15.0, 20.0, 25.0, 29.0));
        SyncReportRow sum = rowFor(counts, "00");
        assertThat(sum.status()).isEqualTo(SyncStatus.AGREGAT_KURANG);
        assertThat(sum.keterangan()).contains("2029", "jumlah", "59");
    }

    @Test
    void aggregateRowsExistForEveryNationalIndicatorAndRegionRowsOnlyForMandatoryOnes() {
        CatalogueRow optional = national("N-10", "Ormas", "jumlah", Polaritas.POSITIF, 1.0, false, 2.0, 3.0, 4.0, 5.0, 6.0);
        var report = checker.check(List.of(PARTISIPASI, optional,
                regional("P32", Tingkat.PROVINSI, "32", "persen", Polaritas.POSITIF, 79.0, "N-07", 79.5, 80.0, 80.5, 81.0, 82.5)));
        assertThat(report).extracting(SyncReportRow::kodeWilayah, SyncReportRow::kodeIndikatorNasional)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("00", "N-07"),
                        org.assertj.core.groups.Tuple.tuple("00", "N-10"),
                        org.assertj.core.groups.Tuple.tuple("32", "N-07"));
        assertThat(report.get(1).status()).isEqualTo(SyncStatus.BELUM_ADA);
    }
}
