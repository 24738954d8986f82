package id.matagaruda.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.io.InputStream;
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
    void farBelowTheNationOrItsProvinceIsFlaggedByTheRobustTest() {
        Map<String, QualityFlag> flags = quality.check(TurnoutCsv.shipped2019()).stream()
                .collect(Collectors.toMap(QualityFlag::kodeWilayah, f -> f));
        QualityFlag aru = flags.get("81.07");
        assertThat(aru.rule()).isEqualTo(QualityFlag.FAR_BELOW_NATIONAL);
        assertThat(aru.reason()).contains("28.84%").contains("median nasional").contains("z robust");
        QualityFlag palembang = flags.get("16.71");
        assertThat(palembang.rule()).as("68.7%% against Sumatera Selatan's median of 84.2%%").isEqualTo(QualityFlag.FAR_BELOW);
        assertThat(palembang.reference().group()).isEqualTo(QualityFlag.GROUP_PROVINCE);
        assertThat(palembang.reference().groupName()).isEqualTo("Sumatera Selatan");
        assertThat(palembang.reference().median()).isCloseTo(84.22, offset(0.01));
        assertThat(flags.get("32.73")).as("Kota Bandung is ordinary").isNull();
        assertThat(flags.get("74.14")).as("65.4%%: low, but within 3.5 national scales").isNull();
    }

    @Test
    void turnoutAboveWhatDptbExplainsOrAboveTheBoundIsFlagged() {
        List<TurnoutRecord> rows = TurnoutCsv.withShippedRegions().read("""
                kode_wilayah,pemilihan,dpt,pengguna_hak_pilih,dptb
                32.73,Pilkada 2024,1000,1020,100
                32.04,Pilkada 2024,1000,1060,50
                32.01,Pilkada 2024,1000,1060,
                32.02,Pilkada 2024,0,0,
                """.getBytes(StandardCharsets.UTF_8));
        Map<String, String> rules = quality.check(rows).stream()
                .collect(Collectors.toMap(QualityFlag::kodeWilayah, QualityFlag::rule));
        assertThat(rules).as("102% of the DPT, 92.7% of DPT + DPTb: explained").doesNotContainKey("32.73")
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

    // ---- issue 13: rules that look beyond the province -------------------------------------------------------------

    /** The shipped 2019 file cut to the four required columns: no jenis, no tahun, no tps, no valid votes. */
    static List<TurnoutRecord> shippedFourColumns() throws IOException {
        try (InputStream in = TurnoutQualityTest.class.getClassLoader().getResourceAsStream(TurnoutCsv.SHIPPED_2019)) {
            String csv = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(l -> String.join(",", List.of(l.split(",", -1)).subList(0, 4)))
                    .collect(Collectors.joining("\n", "", "\n"));
            assertThat(csv).startsWith("kode_wilayah,pemilihan,dpt,pengguna_hak_pilih\n");
            return TurnoutCsv.withShippedRegions().read(csv.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static Map<String, QualityFlag> byRegion(List<QualityFlag> flags) {
        return flags.stream().collect(Collectors.toMap(QualityFlag::kodeWilayah, f -> f));
    }

    /** Rows whose 2019 count is clearly incomplete (turnout in percent, KPU Situng): none may pass unflagged. */
    static final Map<String, Double> CLEARLY_INCOMPLETE = Map.ofEntries(
            Map.entry("91.05", 4.56), Map.entry("95.01", 15.63), Map.entry("91.71", 18.87),
            Map.entry("92.03", 22.18), Map.entry("81.07", 28.84), Map.entry("94.04", 31.38),
            Map.entry("92.02", 35.74), Map.entry("94.01", 36.48), Map.entry("91.03", 46.28),
            Map.entry("94.08", 50.11), Map.entry("92.11", 54.51), Map.entry("11.03", 60.54));

    /** Papua Pegunungan (95) rows recorded at or near 100% (noken). */
    static final List<String> PEGUNUNGAN_NEAR_100 = List.of("95.02", "95.03", "95.04", "95.05", "95.06", "95.07", "95.08");

    @Test
    void withOnlyTheFourRequiredColumnsTheClearlyIncompleteCountsOf2019AreFlagged() throws IOException {
        List<TurnoutRecord> rows = shippedFourColumns();
        assertThat(rows).hasSize(514).allSatisfy(r -> assertThat(r.jenis()).isNull());
        List<QualityFlag> list = quality.check(rows);
        System.out.println("four columns, shipped rules: " + countByRule(list));
        Map<String, QualityFlag> flags = byRegion(list);
        CLEARLY_INCOMPLETE.forEach((kode, turnout) -> {
            assertThat(rows.stream().filter(r -> r.kodeWilayah().equals(kode)).findFirst().orElseThrow().turnout())
                    .isCloseTo(turnout, offset(0.01));
            assertThat(flags).as(kode + " at " + turnout + "%").containsKey(kode);
        });
        assertThat(flags.get("81.07").rule()).isEqualTo(QualityFlag.FAR_BELOW_NATIONAL);
        assertThat(flags.get("11.03").rule()).isEqualTo(QualityFlag.FAR_BELOW_NATIONAL);
        assertThat(flags.get("94.01").rule()).as("the coverage rule reads pilpres 2019 from the election's name")
                .isEqualTo(QualityFlag.COVERAGE);
        assertThat(rows.stream().filter(r -> Set.of("91", "92", "93", "94", "95", "96").contains(r.provinsi())))
                .allSatisfy(r -> assertThat(flags).containsKey(r.kodeWilayah()));
        assertThat(list).as("Papua's 42 rows and four elsewhere: Aru, Pidie, Gunungsitoli, Palembang").hasSize(46);
        assertThat(flags.keySet().stream().filter(k -> !k.startsWith("9")))
                .containsExactlyInAnyOrder("81.07", "11.03", "12.78", "16.71");
        assertBoundedZ(list);
    }

    @Test
    void withoutDocumentedCoverageTheNationalAndProvinceRulesStillCatchTheIncompleteCounts() throws IOException {
        List<QualityFlag> list = TurnoutQuality.withCoverage(List.of()).check(shippedFourColumns());
        System.out.println("four columns, no documented coverage: " + countByRule(list));
        Map<String, QualityFlag> flags = byRegion(list);
        CLEARLY_INCOMPLETE.keySet().forEach(kode -> assertThat(flags).containsKey(kode));
        for (String kode : List.of("94.01", "94.04", "92.03")) {
            QualityFlag f = flags.get(kode);
            assertThat(f.rule()).as(kode).isEqualTo(QualityFlag.FAR_BELOW_NATIONAL);
            assertThat(f.reference().group()).isEqualTo(QualityFlag.GROUP_NATIONAL);
            assertThat(f.reference().median()).isCloseTo(83.03, offset(0.01));
            assertThat(f.reference().scale()).isCloseTo(5.22, offset(0.01));
            assertThat(f.reference().threshold()).isEqualTo(-3.5);
            assertThat(f.reference().methodology()).isEqualTo("turnout-quality v1");
            assertThat(f.reference().z()).isLessThan(-3.5);
        }
        // Papua Tengah's total of 64.6% is far below the other provinces: its ordinary-looking rows are not trusted
        QualityFlag nabire = flags.get("94.05");
        assertThat(nabire.rule()).isEqualTo(QualityFlag.PROVINCE_INCOMPLETE);
        assertThat(nabire.reference().groupName()).isEqualTo("Papua Tengah");
        assertThat(nabire.reference().value()).isCloseTo(64.6, offset(0.05));
        assertThat(nabire.reference().z()).isLessThan(-3.5);
        assertThat(list.stream().filter(f -> f.rule().equals(QualityFlag.PROVINCE_INCOMPLETE))
                .map(f -> f.kodeWilayah().substring(0, 2)).distinct())
                .as("Papua, Papua Barat, Papua Tengah; not Maluku (76.0%)").containsExactlyInAnyOrder("91", "92", "94");
        assertBoundedZ(list);
    }

    @Test
    void papuaPegununganRowsNear100PercentAreSuspiciouslyCompleteNeverFarBelow() throws IOException {
        for (List<TurnoutRecord> rows : List.of(shippedFourColumns(), TurnoutCsv.shipped2019())) {
            for (TurnoutQuality q : List.of(quality, TurnoutQuality.withCoverage(List.of()))) {
                Map<String, QualityFlag> flags = byRegion(q.check(rows));
                PEGUNUNGAN_NEAR_100.forEach(kode -> {
                    assertThat(flags.get(kode).rule()).as(kode).isEqualTo(QualityFlag.NEAR_COMPLETE);
                    assertThat(flags.get(kode).reference().threshold()).isEqualTo(97.0);
                });
                assertThat(flags.get("95.07").reference().value()).as("the 99.5% row").isCloseTo(99.46, offset(0.01));
                assertThat(flags.values()).noneMatch(f -> f.rule().startsWith("jauh_di_bawah")
                        && f.reference().value() >= 97.0);
            }
        }
    }

    @Test
    void aConstantPeerGroupGivesABoundedZInsteadOfAnAbsurdOne() {
        // seven Jawa Barat kab/kota at exactly 80%: MAD 0; a 79.5% row is ordinary, a 60% row is not
        StringBuilder csv = new StringBuilder("kode_wilayah,pemilihan,dpt,pengguna_hak_pilih\n");
        for (String kode : List.of("32.01", "32.02", "32.03", "32.04", "32.05", "32.06", "32.07")) {
            csv.append(kode).append(",Pilkada 2024,1000,800\n");
        }
        csv.append("32.08,Pilkada 2024,1000,795\n32.09,Pilkada 2024,1000,600\n");
        List<QualityFlag> flags = quality.check(TurnoutCsv.withShippedRegions().read(csv.toString()
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.kodeWilayah()).isEqualTo("32.09");
            assertThat(f.reference().scale()).as("the floor of the methodology file").isEqualTo(2.0);
            assertThat(f.reference().z()).isEqualTo(-10.0);
        });
        assertBoundedZ(flags);
    }

    @Test
    void nearCompleteTurnoutAmongOtherFullCountsIsItsOwnRule() {
        List<QualityFlag> flags = quality.check(TurnoutCsv.withShippedRegions().read("""
                kode_wilayah,pemilihan,dpt,pengguna_hak_pilih
                95.01,Pilkada 2024,1000,1000
                95.02,Pilkada 2024,1000,1000
                95.03,Pilkada 2024,1000,1000
                95.04,Pilkada 2024,1000,1000
                95.05,Pilkada 2024,1000,1000
                95.06,Pilkada 2024,1000,995
                """.getBytes(StandardCharsets.UTF_8)));
        assertThat(flags).hasSize(6).allSatisfy(f -> assertThat(f.rule()).isEqualTo(QualityFlag.NEAR_COMPLETE));
    }

    @Test
    void thresholdsComeFromTheMethodologyFile() {
        TurnoutQuality.Settings shipped = TurnoutQuality.Settings.shipped();
        assertThat(shipped.reference()).isEqualTo("turnout-quality v1");
        assertThat(shipped.nationalThreshold()).isEqualTo(-3.5);
        assertThat(shipped.nearComplete()).isEqualTo(97.0);
        TurnoutQuality.Settings lenient = new TurnoutQuality.Settings(shipped.boundWithoutDptb(), -3.5, 2.0, 5, -20.0,
                -20.0, 5, 101.0, "uji v0");
        TurnoutQuality q = new TurnoutQuality(List.of(), k -> "Kabupaten", k -> k, lenient);
        Map<String, QualityFlag> flags = byRegion(q.check(TurnoutCsv.shipped2019()));
        assertThat(flags).doesNotContainKey("95.07");
        assertThat(flags.get("11.03").rule()).as("only its province's peers catch it now").isEqualTo(QualityFlag.FAR_BELOW);
        assertThat(id.matagaruda.shared.Methodologies.all()).extracting(id.matagaruda.shared.Methodology::id)
                .contains("turnout-quality", "turnout-target");
        assertThat(TurnoutStrategy.defaultTarget()).isEqualTo(77.5);
    }

    @Test
    void theElectionTypeIsReadFromTheNameWhenTheColumnIsAbsent() {
        assertThat(TurnoutQuality.electionType("Pemilu Presiden 2019")).isEqualTo("pilpres");
        assertThat(TurnoutQuality.electionType("Pemilihan Bupati Bandung 2020")).isEqualTo("pilbup");
        assertThat(TurnoutQuality.electionType("Pemilu DPR 2024")).isEqualTo("pileg");
        assertThat(TurnoutQuality.electionType("Pilkada 2024")).isNull();
    }

    private static Map<String, Long> countByRule(List<QualityFlag> flags) {
        return new java.util.TreeMap<>(flags.stream().collect(Collectors.groupingBy(QualityFlag::rule, Collectors.counting())));
    }

    /** No robust z is absurd: with a scale of at least 2 points, |z| cannot exceed 50; on real data it stays near 15. */
    private static void assertBoundedZ(List<QualityFlag> flags) {
        assertThat(flags).allSatisfy(f -> {
            if (f.reference() != null && f.reference().z() != null) {
                assertThat(Math.abs(f.reference().z())).as(f.kodeWilayah()).isLessThanOrEqualTo(20.0);
                assertThat(f.reference().scale()).isGreaterThanOrEqualTo(2.0);
            }
        });
    }
}
