package id.matagaruda.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.matagaruda.indicator.internal.LinkSuggester;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class LinkSuggesterTest {

    private static final List<CatalogueRow> POLPUM = List.of(
            national("PP.01", "Indeks Demokrasi Indonesia", "indeks", Polaritas.POSITIF,
                    "Capaian kebebasan sipil, kesetaraan dan kapasitas lembaga demokrasi"),
            national("PP.02", "Indeks Kerukunan Umat Beragama", "indeks", Polaritas.POSITIF, null),
            national("PP.03", "Persentase partisipasi pemilih dalam Pemilu/Pilkada", "persen", Polaritas.POSITIF,
                    "Jumlah pemilih yang menggunakan hak pilih dibagi jumlah pemilih terdaftar"),
            national("PP.04", "Persentase konflik sosial yang tertangani", "persen", Polaritas.POSITIF, null),
            national("PP.05", "Jumlah FKDM yang terbentuk dan aktif", "jumlah", Polaritas.POSITIF, null),
            national("PP.06", "Jumlah ormas terdaftar dalam SIORMAS", "jumlah", Polaritas.POSITIF, null),
            national("PP.07", "Indeks Harmoni Indonesia", "indeks", Polaritas.POSITIF, null),
            national("PP.08", "Indeks Kewaspadaan Nasional", "indeks", Polaritas.POSITIF, null),
            national("PP.09", "Indeks Kerawanan Pemilu", "indeks", Polaritas.NEGATIF, null),
            national("PP.10", "Indeks Aktualisasi Pancasila", "indeks", Polaritas.POSITIF, null));

    private static final List<CatalogueRow> REGIONAL = List.of(
            regional("R.01", "Tingkat partisipasi masyarakat dalam pemilihan kepala daerah", "%", null),
            regional("R.02", "Persentase penanganan konflik sosial", "persen", ""),
            regional("R.03", "Indeks toleransi dan kerukunan antarumat beragama", "indeks", null),
            regional("R.04", "Forum Kewaspadaan Dini Masyarakat yang aktif", "jumlah", " "),
            regional("R.05", "Organisasi kemasyarakatan yang terdaftar", "lembaga", null),
            regional("R.06", "Panjang jalan kabupaten dalam kondisi mantap", "km", null),
            regional("R.07", "Indeks demokrasi daerah", "indeks", "PP.01"));

    @Test
    void rewordedRegionalIndicatorsGetTheirNationalParentFirst() {
        Map<String, String> best = best(LinkSuggester.suggest(POLPUM, REGIONAL));

        assertThat(best).containsEntry("R.01", "PP.03")
                .containsEntry("R.02", "PP.04")
                .containsEntry("R.03", "PP.02")
                .containsEntry("R.04", "PP.05")
                .containsEntry("R.05", "PP.06");
    }

    @Test
    void indicatorsThatAlreadyNameAParentGetNoSuggestion() {
        assertThat(LinkSuggester.suggest(POLPUM, REGIONAL))
                .noneMatch(s -> s.kodeIndikatorDaerah().equals("R.07"));
    }

    @Test
    void suggestsAtMostThreeRankedFromOneWithScoresInTheUnitInterval() {
        List<LinkSuggestion> suggestions = LinkSuggester.suggest(POLPUM, REGIONAL);

        assertThat(suggestions).isNotEmpty().allSatisfy(s -> {
            assertThat(s.skor()).isBetween(0.05, 1.0);
            assertThat(s.skor() * 1000).isCloseTo(Math.rint(s.skor() * 1000), within(1e-6));
        });
        Map<String, List<LinkSuggestion>> byRegional = suggestions.stream()
                .collect(Collectors.groupingBy(LinkSuggestion::kodeIndikatorDaerah));
        byRegional.values().forEach(list -> {
            assertThat(list).hasSizeLessThanOrEqualTo(3);
            assertThat(list).extracting(LinkSuggestion::peringkat)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, list.size()).boxed().toList());
            assertThat(list).extracting(LinkSuggestion::skor).isSortedAccordingTo(Collections.reverseOrder());
        });
        assertThat(suggestions).extracting(LinkSuggestion::kodeIndikatorDaerah).isSorted();
    }

    @Test
    void anUnrelatedNameGetsNoConfidentSuggestion() {
        assertThat(LinkSuggester.suggest(POLPUM, REGIONAL))
                .filteredOn(s -> s.kodeIndikatorDaerah().equals("R.06"))
                .allSatisfy(s -> assertThat(s.skor()).isLessThan(0.3));
    }

    @Test
    void matchingUnitAndPolarityRaiseTheScoreOfTheSameText() {
        String nama = "Indeks kerawanan pemilu";
        LinkSuggestion bothMatch = only(row("R.10", nama, Tingkat.PROVINSI, "32", "poin", Polaritas.NEGATIF, null, null));
        LinkSuggestion otherUnit = only(row("R.10", nama, Tingkat.PROVINSI, "32", "persen", Polaritas.NEGATIF, null, null));
        LinkSuggestion neither = only(row("R.10", nama, Tingkat.PROVINSI, "32", "persen", Polaritas.POSITIF, null, null));

        assertThat(List.of(bothMatch, otherUnit, neither)).allMatch(s -> s.saranKodeNasional().equals("PP.09"));
        assertThat(bothMatch.skor()).isEqualTo(1.0);
        assertThat(bothMatch.skor()).isGreaterThan(otherUnit.skor());
        assertThat(otherUnit.skor()).isGreaterThan(neither.skor());
    }

    @Test
    void unitAndPolarityAloneNeverSuggestALink() {
        CatalogueRow unrelated = regional("R.20", "Panjang jalan kabupaten dalam kondisi mantap", "indeks", null);

        assertThat(LinkSuggester.suggest(POLPUM, List.of(unrelated))).isEmpty();
    }

    @Property(tries = 50)
    void shufflingEitherInputNeverChangesTheSuggestions(@ForAll long seed) {
        Random random = new Random(seed);
        List<CatalogueRow> national = new ArrayList<>(POLPUM);
        List<CatalogueRow> regions = new ArrayList<>(REGIONAL);
        Collections.shuffle(national, random);
        Collections.shuffle(regions, random);

        assertThat(LinkSuggester.suggest(national, regions)).isEqualTo(LinkSuggester.suggest(POLPUM, REGIONAL));
    }

    private static LinkSuggestion only(CatalogueRow regional) {
        return LinkSuggester.suggest(POLPUM, List.of(regional)).get(0);
    }

    private static Map<String, String> best(List<LinkSuggestion> suggestions) {
        return suggestions.stream().filter(s -> s.peringkat() == 1)
                .collect(Collectors.toMap(LinkSuggestion::kodeIndikatorDaerah, LinkSuggestion::saranKodeNasional));
    }

    private static CatalogueRow national(String kode, String nama, String satuan, Polaritas polaritas, String definisi) {
        return row(kode, nama, Tingkat.NASIONAL, "00", satuan, polaritas, null, definisi);
    }

    private static CatalogueRow regional(String kode, String nama, String satuan, String kodeInduk) {
        return row(kode, nama, Tingkat.KABKOTA, "32.73", satuan, Polaritas.POSITIF, kodeInduk, null);
    }

    private static CatalogueRow row(String kode, String nama, Tingkat tingkat, String wilayah, String satuan,
            Polaritas polaritas, String kodeInduk, String definisi) {
        return new CatalogueRow(0, kode, nama, tingkat, wilayah, satuan, polaritas, Frekuensi.TAHUNAN, null,
                new TreeMap<>(), kodeInduk, false, definisi, List.of());
    }
}
