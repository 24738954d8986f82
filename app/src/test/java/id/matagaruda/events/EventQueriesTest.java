package id.matagaruda.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.matagaruda.lake.AggregateQuery.Level;
import id.matagaruda.lake.AggregateQuery.Period;
import id.matagaruda.shared.FieldProblem;
import id.matagaruda.shared.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.access.AccessDeniedException;

/** Questions to a small DuckDB-built lake: filters, region scope, escaped search, rates against population. */
class EventQueriesTest {

    @TempDir Path dir;
    Path lake;
    EventQueries queries;

    @BeforeEach
    void lake() {
        lake = dir.resolve("lake");
        PemantauanTestLake.write(lake);
        queries = new EventQueries(lake);
    }

    @AfterEach
    void close() {
        queries.close();
    }

    static List<String> ids(EventPage page) {
        return page.items().stream().map(EventView::id).toList();
    }

    static EventFilter filter(String wilayah, String kategori, String sumber, String dari, String sampai, String q) {
        return EventFilter.parse(wilayah, kategori, sumber, dari, sampai, q, null, null);
    }

    @Test
    void nationalReadersSeeEveryEventNewestFirstIncludingThoseWithoutRegion() {
        EventPage page = queries.list(EventFilter.ALL, "00");
        assertThat(page.total()).isEqualTo(8);
        assertThat(ids(page)).containsExactly("g-2", "x-1", "p-1", "b-3", "j-1", "g-1", "b-2", "b-1");
        EventView first = page.items().get(0);
        assertThat(first.bulan()).isEqualTo("2024-03");
        assertThat(first.kodeKabkota()).isEqualTo("32.01");
        assertThat(first.kategoriAsal()).isEqualTo("leksikon");
        assertThat(first.masuk()).isNotNull();
        assertThat(page.items().get(7).lat()).isEqualTo(-6.9025);
    }

    @Test
    void aKabkotaUserSeesOnlyItsOwnEventsAndAProvinceUserItsKabkotaAndItself() {
        assertThat(ids(queries.list(EventFilter.ALL, "32.73"))).containsExactly("b-3", "b-2", "b-1");
        assertThat(ids(queries.list(EventFilter.ALL, "32"))).containsExactly("g-2", "p-1", "b-3", "g-1", "b-2", "b-1");
        assertThat(ids(queries.list(EventFilter.ALL, "31"))).containsExactly("j-1");
    }

    @Test
    void aRegionFilterOutsideTheScopeIsRefusedAndOneAroundItIsNarrowedToIt() {
        assertThatThrownBy(() -> queries.list(filter("32.01", null, null, null, null, null), "32.73"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> queries.list(filter("31", null, null, null, null, null), "32"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(ids(queries.list(filter("32", null, null, null, null, null), "32.73")))
                .containsExactly("b-3", "b-2", "b-1");
        assertThat(ids(queries.list(filter("32.01", null, null, null, null, null), "32"))).containsExactly("g-2", "g-1");
        assertThat(ids(queries.list(filter("32", null, null, null, null, null), "00")))
                .containsExactly("g-2", "p-1", "b-3", "g-1", "b-2", "b-1");
    }

    @Test
    void filtersByCategorySourceAndPeriodCombine() {
        assertThat(ids(queries.list(filter(null, "sumber_daya", null, null, null, null), "00"))).containsExactly("g-2", "b-2");
        assertThat(ids(queries.list(filter(null, null, "fkdm", null, null, null), "00"))).containsExactly("g-2");
        assertThat(ids(queries.list(filter(null, null, null, "2024-02-01", "2024-02-29", null), "00")))
                .containsExactly("x-1", "p-1", "b-3", "j-1", "g-1", "b-2");
        assertThat(ids(queries.list(filter(null, null, null, "2024-02-20", null, null), "00")))
                .containsExactly("g-2", "x-1", "p-1", "b-3");
        assertThat(ids(queries.list(filter("32", "sumber_daya", "news", "2024-01-01", "2024-02-29", null), "00")))
                .containsExactly("b-2");
    }

    @Test
    void textSearchIgnoresCaseAndTakesPercentAndUnderscoreLiterally() {
        assertThat(ids(queries.list(filter(null, null, null, null, null, "HARGA"), "00"))).containsExactly("x-1", "g-1", "b-2");
        // Unescaped, "50%" would also match "500 ribu" and "warga_bdg" would match "wargaxbdg".
        assertThat(ids(queries.list(filter(null, null, null, null, null, "50%"), "00"))).containsExactly("b-2");
        assertThat(ids(queries.list(filter(null, null, null, null, null, "warga_bdg"), "00"))).containsExactly("b-3");
        assertThat(ids(queries.list(filter(null, null, null, null, null, "'; DROP TABLE x; --"), "00"))).isEmpty();
        assertThat(ids(queries.list(filter(null, null, null, null, null, "sepeda"), "32.73"))).isEmpty();
    }

    @Test
    void pagesAreStableSlicesOfTheSameOrder() {
        EventPage second = queries.list(EventFilter.ALL.withPage(3, 3), "00");
        assertThat(ids(second)).containsExactly("b-3", "j-1", "g-1");
        assertThat(second.total()).isEqualTo(8);
        assertThat(second.hasNext()).isTrue();
        assertThat(queries.list(EventFilter.ALL.withPage(3, 6), "00").hasNext()).isFalse();
    }

    @Test
    void oneEventIsFoundOnlyInsideTheScope() {
        assertThat(queries.find("news", "b-1", "32.73")).get().extracting(EventView::judul)
                .isEqualTo("Unjuk rasa mahasiswa di depan Gedung Sate");
        assertThat(queries.find("news", "g-1", "32.73")).isEmpty();
        assertThat(queries.find("news", "g-1", "32")).isPresent();
        assertThat(queries.find("other", "x-1", "32")).isEmpty();
        assertThat(queries.find("other", "x-1", "00")).isPresent();
        assertThat(queries.find("news", "tidak-ada", "00")).isEmpty();
        assertThat(queries.find("bukan-sumber", "b-1", "00")).isEmpty();
    }

    @Test
    void ratesPer100kUseTheLakePopulationAndListEveryRegionOfTheScope() {
        Map<String, RegionRate> kab = byKode(queries.rates(Level.KABKOTA, YearMonth.of(2024, 2), null, "00"));
        assertThat(kab).hasSize(514);
        assertThat(kab.get("32.73").jumlah()).isEqualTo(2);
        assertThat(kab.get("32.73").per100rb()).isEqualByComparingTo("0.0800");
        assertThat(kab.get("32.73").nama()).isEqualTo("Kota Bandung");
        assertThat(kab.get("32.01").per100rb()).isEqualByComparingTo("0.0200");
        assertThat(kab.get("31.74").per100rb()).isEqualByComparingTo("0.0500");
        // Not in the lake's population file: the shipped Dukcapil figure, and no events is a rate of zero.
        assertThat(kab.get("32.04").jumlah()).isZero();
        assertThat(kab.get("32.04").penduduk()).isGreaterThan(3_000_000L);
        assertThat(kab.get("32.04").per100rb()).isEqualByComparingTo("0");

        Map<String, RegionRate> prov = byKode(queries.rates(Level.PROVINSI, YearMonth.of(2024, 2), null, "00"));
        assertThat(prov.get("32").jumlah()).isEqualTo(4);
        assertThat(prov.get("32").per100rb()).isEqualByComparingTo("0.0080");
        assertThat(prov.get("31").per100rb()).isEqualByComparingTo("0.0100");

        assertThat(queries.rates(Level.KABKOTA, YearMonth.of(2024, 2), "sumber_daya", "32.73"))
                .singleElement().satisfies(r -> {
                    assertThat(r.kode()).isEqualTo("32.73");
                    assertThat(r.jumlah()).isEqualTo(1);
                    assertThat(r.per100rb()).isEqualByComparingTo("0.0400");
                });
        assertThat(queries.rates(Level.KABKOTA, YearMonth.of(2024, 2), null, "32"))
                .allSatisfy(r -> assertThat(r.kode()).startsWith("32."));
        assertThatThrownBy(() -> queries.rates(Level.KABKOTA, YearMonth.of(2024, 2), "perang", "00"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void trendsCountEachCategoryPerMonthOrWeekInTheScope() {
        List<CategoryTrend> months = queries.trend(null, Period.MONTH, "32.73");
        assertThat(months).containsExactly(new CategoryTrend("2024-01", "unjuk_rasa", 1),
                new CategoryTrend("2024-02", "sumber_daya", 1), new CategoryTrend("2024-02", "ujaran_kebencian", 1));
        assertThat(queries.trend("32.01", Period.WEEK, "00")).extracting(CategoryTrend::periode)
                .containsExactly("2024-W06", "2024-W10");
        assertThat(queries.trend(null, Period.MONTH, "00").stream().mapToLong(CategoryTrend::jumlah).sum()).isEqualTo(8);
        assertThatThrownBy(() -> queries.trend("32.01", Period.MONTH, "32.73")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void sourcesAreCountedMostFirst() {
        assertThat(queries.bySource(EventFilter.ALL, "00")).first().isEqualTo(new SourceCount("news", 4));
        assertThat(queries.bySource(EventFilter.ALL, "32.73"))
                .containsExactly(new SourceCount("news", 2), new SourceCount("social", 1));
    }

    @Test
    void labellingStartsWithLexiconAndLowScoreEvents() {
        assertThat(queries.forLabelling(5, "00")).extracting(EventView::id)
                .containsExactly("x-1", "g-2", "b-3", "p-1", "j-1");
    }

    @Test
    void statusCountsTheScopeAndListsTheMonths() {
        LakeStatus all = queries.status("00");
        assertThat(all.events()).isEqualTo(8);
        assertThat(all.months()).containsExactly("2024-01", "2024-02", "2024-03");
        assertThat(all.files()).isEqualTo(3);
        assertThat(all.lastFile()).isNotNull();
        assertThat(queries.status("32.73").events()).isEqualTo(3);
    }

    @Test
    void aFileBeingWrittenIsIgnoredAndAFinishedOneIsSeenByTheNextQuery() throws IOException {
        Path month = lake.resolve("events").resolve("bulan=2024-04");
        Files.createDirectories(month);
        Files.writeString(month.resolve(".part-baru.parquet.tmp"), "belum selesai");
        Files.writeString(month.resolve("_part-baru.parquet"), "belum selesai");
        assertThat(queries.list(EventFilter.ALL, "00").total()).isEqualTo(8);

        Path other = dir.resolve("lain");
        PemantauanTestLake.write(other, List.of(new PemantauanTestLake.Row("b-9", "news", "2024-04-02",
                "Demo buruh", "Buruh berunjuk rasa di Bandung menuntut kenaikan upah.", "32.73", "unjuk_rasa",
                "model:m1", 0.88, null, null)), Map.of());
        try (var files = Files.list(other.resolve("events").resolve("bulan=2024-04"))) {
            Files.move(files.findFirst().orElseThrow(), month.resolve("part-baru.parquet"));
        }
        assertThat(ids(queries.list(EventFilter.ALL.withPage(1, 0), "32.73"))).containsExactly("b-9");
        assertThat(queries.months()).contains("2024-04");
    }

    @Test
    void anEmptyOrMissingLakeAnswersNothingRatherThanFailing() throws IOException {
        try (EventQueries none = new EventQueries(dir.resolve("tidak-ada"))) {
            assertThat(none.list(EventFilter.ALL, "00").items()).isEmpty();
            assertThat(none.find("news", "b-1", "00")).isEmpty();
            assertThat(none.trend(null, Period.MONTH, "00")).isEmpty();
            assertThat(none.bySource(EventFilter.ALL, "00")).isEmpty();
            assertThat(none.status("00")).isEqualTo(LakeStatus.EMPTY);
            assertThat(none.rates(Level.PROVINSI, YearMonth.of(2024, 2), null, "00"))
                    .hasSize(38).allSatisfy(r -> assertThat(r.jumlah()).isZero());
        }
        Files.createDirectories(dir.resolve("kosong").resolve("events").resolve("bulan=2024-01"));
        try (EventQueries empty = new EventQueries(dir.resolve("kosong"))) {
            assertThat(empty.list(EventFilter.ALL, "32.73").total()).isZero();
            assertThat(empty.forLabelling(10, "00")).isEmpty();
        }
    }

    @Test
    void filterTextsAreCheckedAndEveryProblemNamesItsField() {
        assertThatThrownBy(() -> EventFilter.parse("99.99", "perang", "koran", "2024-13-01", "kemarin", "a", "500", "-1"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("wilayah", "kategori", "sumber", "dari", "sampai", "q", "limit", "offset"));
        assertThatThrownBy(() -> EventFilter.parse(null, null, null, "2024-03-01", "2024-02-01", null, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("sampai"));
        EventFilter f = EventFilter.parse(" 32.73 ", "", "news", "2024-02-01", null, " beras ", "20", "40");
        assertThat(f).isEqualTo(new EventFilter("32.73", null, "news", LocalDate.of(2024, 2, 1), null, "beras", 20, 40));
    }

    private static Map<String, RegionRate> byKode(List<RegionRate> rates) {
        return rates.stream().collect(Collectors.toMap(RegionRate::kode, Function.identity()));
    }
}
