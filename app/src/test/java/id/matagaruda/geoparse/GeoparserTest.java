package id.matagaruda.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import id.matagaruda.region.ReferenceRegions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** How the geoparser reads wording, mentions and parents; and that one instance serves many threads. */
class GeoparserTest {

    private final Geoparser geoparser = Geoparser.shipped();

    private String kode(String text) {
        return geoparser.parse(text, null, null).kodeWilayah();
    }

    @Test
    void gazetteerHoldsEveryProvinceKabkotaAndKecamatan() {
        ReferenceRegions regions = ReferenceRegions.shipped();
        assertThat(regions.kecamatan()).hasSize(7_285);
        assertThat(regions.aliases()).extracting(ReferenceRegions.Alias::alias).contains("Jabar", "Irian Jaya");
        assertThat(regions.pre2022CodeMap()).extracting(ReferenceRegions.CodeChange::toKode)
                .contains("93", "94", "95", "96");
        assertThat(geoparser.stats().places()).isEqualTo(38 + 514 + 7_285);
        assertThat(geoparser.stats().keywords()).isGreaterThan(7_000);
    }

    @Test
    void mentionsCarryTheirSpanAndRegion() {
        String text = "Banjir di Kota Bogor dan Kecamatan Cibinong.";
        GeoResult r = geoparser.parse(text, null, null);
        assertThat(r.sebutan()).extracting(GeoResult.Mention::teks).containsExactly("Bogor", "Cibinong");
        GeoResult.Mention bogor = r.sebutan().get(0);
        assertThat(text.substring(bogor.start(), bogor.end())).isEqualTo("Bogor");
        assertThat(bogor.kode()).isEqualTo("32.71");
        assertThat(r.sebutan().get(1).kode()).isEqualTo("32.01.01");
    }

    @Test
    void abbreviationsAndSpellingVariantsAreRead() {
        assertThat(kode("Kab.Bogor dilanda banjir")).isEqualTo("32.01");
        assertThat(kode("Kab. Bogor dilanda banjir")).isEqualTo("32.01");
        assertThat(kode("Warga Bau-Bau menggelar pawai")).isEqualTo("74.72");
        assertThat(kode("Warga Baubau menggelar pawai")).isEqualTo("74.72");
        assertThat(kode("Kericuhan di Tanjungpinang")).isEqualTo("21.72");
        assertThat(kode("Banjir di Kep. Seribu")).isEqualTo("31.01");
        assertThat(kode("Sidang di D.I. Yogyakarta")).isEqualTo("34");
    }

    @Test
    void namesInsideLongerWordsOrPhrasesAreNotPlaces() {
        assertThat(kode("Prabowo bukan mengada-ngada soal itu")).isNull();
        assertThat(kode("Bogoran dan malangnya nasib petani")).isNull();
        assertThat(kode("Dia tinggal di Jalan Bandung nomor 5")).isNull();
        assertThat(kode("Kejadian di Desa Sumber Jaya")).isNull();
        assertThat(kode("diy furniture murah")).as("acronyms count only in capitals").isNull();
        assertThat(kode("Dari Sabang sampai Merauke kita satu")).isNull();
    }

    @Test
    void aNameSharedByAProvinceAndItsCityIsTheProvinceUnlessTheCityIsNamed() {
        assertThat(kode("Perkelahian di Jambi")).isEqualTo("15");
        assertThat(kode("Perkelahian di Kota Jambi")).isEqualTo("15.71");
        assertThat(kode("Wali Kota Jambi menemui warga Jambi")).isEqualTo("15.71");
    }

    @Test
    void aBareNameSettledByAnotherName() {
        // Kepanjen lies in Kabupaten Malang; Sukajadi (Kota Bandung) settles a bare "Bandung".
        assertThat(kode("Ricuh di Kepanjen, Malang")).isEqualTo("35.07");
        assertThat(kode("Banjir di Sukajadi, Bandung")).isEqualTo("32.73");
        assertThat(kode("Wali Kota Malang menemui warga Malang")).isEqualTo("35.73");
    }

    @Test
    void candidatesListTheAlternativesOfAnAmbiguousName() {
        GeoResult r = geoparser.parse("Warga Malang berunjuk rasa", null, null);
        assertThat(r.kodeWilayah()).isEqualTo("35");
        assertThat(r.kandidat()).extracting(GeoResult.Candidate::kode).startsWith("35").contains("35.07", "35.73");
        assertThat(r.kandidat()).allSatisfy(c -> assertThat(c.skor()).isBetween(0.0, 1.0));
    }

    @Test
    void coordinatesDecideAndTextAloneWhenTheyFallAtSea() {
        assertThat(geoparser.parse("Ricuh di Kota Bandung", -7.2575, 112.7521).kodeWilayah()).isEqualTo("35.78");
        assertThat(geoparser.parse("Ricuh di Kota Bandung", -5.0, 110.0).kodeWilayah()).isEqualTo("32.73");
        assertThat(geoparser.parse(null, -6.2615, 106.8106).kodeWilayah()).isEqualTo("31.74");
        assertThat(geoparser.parse("", null, null)).isEqualTo(GeoResult.NONE);
    }

    @Test
    void oneInstanceGivesTheSameAnswersOnManyThreads() throws Exception {
        List<String> texts = List.of("Banjir di Kota Bogor", "Warga Malang", "Ricuh di Jaksel", "Kota Kinabalu",
                "Warga Sukajadi, Pekanbaru", "Bupati Bogor", "Kabupaten Bandung Barat", "Hujan deras");
        List<String> expected = texts.stream().map(this::kode).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        int k = i % texts.size();
                        String got = kode(texts.get(k));
                        if (got == null ? expected.get(k) != null : !got.equals(expected.get(k))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : runs) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }
}
