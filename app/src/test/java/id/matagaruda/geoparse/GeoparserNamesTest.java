package id.matagaruda.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Place names as other datasets write them, resolved to today's codes (or to "outside Indonesia"). */
class GeoparserNamesTest {

    private final Geoparser geoparser = Geoparser.shipped();

    /** Every province name in the UCDP Indonesia file (column 2), with the code it must resolve to. */
    static final Map<String, PlaceName> UCDP = new LinkedHashMap<>();

    static {
        UCDP.put("Aceh province", PlaceName.of("11"));
        UCDP.put("Bali province", PlaceName.of("51"));
        // The old undivided province; its area is now 91 plus 92-96. Events are kept on 91, the continuing province.
        UCDP.put("Irian Jaya province", PlaceName.of("91"));
        UCDP.put("Jakarta Raya province", PlaceName.of("31"));
        UCDP.put("Jawa Barat province", PlaceName.of("32"));
        UCDP.put("Jawa Timur province", PlaceName.of("35"));
        UCDP.put("Kalimantan Barat province", PlaceName.of("61"));
        UCDP.put("Kalimantan Tengah province", PlaceName.of("62"));
        UCDP.put("Lampung province", PlaceName.of("18"));
        UCDP.put("Maluku Utara province", PlaceName.of("82"));
        UCDP.put("Maluku province", PlaceName.of("81"));
        UCDP.put("Nusa Tenggara Barat province", PlaceName.of("52"));
        UCDP.put("Nusa Tenggara Timur province", PlaceName.of("53"));
        UCDP.put("Papua Barat Daya province", PlaceName.of("96"));
        UCDP.put("Papua Barat province", PlaceName.of("92"));
        UCDP.put("Papua Pegunungan province", PlaceName.of("95"));
        UCDP.put("Papua Tengah province", PlaceName.of("94"));
        UCDP.put("Papua province", PlaceName.of("91"));
        UCDP.put("Sulawesi Selatan province", PlaceName.of("73"));
        UCDP.put("Sulawesi Tengah province", PlaceName.of("72"));
        UCDP.put("Sumatera Utara province", PlaceName.of("12"));
        UCDP.put("Timor Timur province", PlaceName.OUTSIDE);
        UCDP.put("Yogyakarta province", PlaceName.of("34"));
    }

    @Test
    void resolvesEveryProvinceNameOfTheUcdpFile() {
        UCDP.forEach((name, expected) -> assertThat(geoparser.resolveName(name)).as(name).isEqualTo(expected));
    }

    @Test
    void theSharedUcdpFileHasNoNameBeyondThoseListed() throws IOException {
        // The team's shared data sits beside the repository (../../shared from app/); worktrees sit one level deeper.
        Path file = null;
        for (Path dir = Path.of("").toAbsolutePath(); dir != null && file == null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data/conflict/ucdp_indonesia_tahun_provinsi.csv");
            if (Files.exists(candidate)) {
                file = candidate;
            }
        }
        Assumptions.assumeTrue(file != null, "shared data not present");
        Set<String> names = new TreeSet<>();
        java.util.List<String> lines = Files.readAllLines(file);
        for (String line : lines.subList(2, lines.size())) {
            String[] cols = line.split(",", -1);
            if (cols.length > 1 && !cols[1].isBlank()) {
                names.add(cols[1].trim());
            }
        }
        assertThat(names).isNotEmpty();
        assertThat(UCDP.keySet()).containsAll(names);
        for (String name : names) {
            assertThat(geoparser.resolveName(name).status()).as(name).isNotEqualTo(PlaceName.Status.TIDAK_DIKENALI);
        }
    }

    @Test
    void resolvesCodesInDottedAndPlainForm() {
        assertThat(geoparser.resolveName("32")).isEqualTo(PlaceName.of("32"));
        assertThat(geoparser.resolveName("32.01")).isEqualTo(PlaceName.of("32.01"));
        assertThat(geoparser.resolveName("3201")).isEqualTo(PlaceName.of("32.01"));
        assertThat(geoparser.resolveName("32.01.01")).as("a kecamatan resolves to its kab/kota")
                .isEqualTo(PlaceName.of("32.01"));
        assertThat(geoparser.resolveName("10")).isEqualTo(PlaceName.UNKNOWN);
        assertThat(geoparser.resolveName("32.99")).isEqualTo(PlaceName.UNKNOWN);
    }

    @Test
    void resolvesOfficialShortHistoricalAndEnglishNames() {
        assertThat(geoparser.resolveName("Provinsi Jawa Barat")).isEqualTo(PlaceName.of("32"));
        assertThat(geoparser.resolveName("West Java")).isEqualTo(PlaceName.of("32"));
        assertThat(geoparser.resolveName("Central Java province")).isEqualTo(PlaceName.of("33"));
        assertThat(geoparser.resolveName("Special Region of Yogyakarta")).isEqualTo(PlaceName.of("34"));
        assertThat(geoparser.resolveName("Jatim")).isEqualTo(PlaceName.of("35"));
        assertThat(geoparser.resolveName("DIY")).isEqualTo(PlaceName.of("34"));
        assertThat(geoparser.resolveName("Nanggroe Aceh Darussalam")).isEqualTo(PlaceName.of("11"));
        assertThat(geoparser.resolveName("Irian Jaya Barat")).isEqualTo(PlaceName.of("92"));
        assertThat(geoparser.resolveName("Ujung Pandang")).isEqualTo(PlaceName.of("73.71"));
        assertThat(geoparser.resolveName("Jaktim")).isEqualTo(PlaceName.of("31.75"));
        assertThat(geoparser.resolveName("Kabupaten Bogor")).isEqualTo(PlaceName.of("32.01"));
        assertThat(geoparser.resolveName("Kab. Bogor")).isEqualTo(PlaceName.of("32.01"));
        assertThat(geoparser.resolveName("Bogor regency")).isEqualTo(PlaceName.of("32.01"));
        assertThat(geoparser.resolveName("Bogor city")).isEqualTo(PlaceName.of("32.71"));
        assertThat(geoparser.resolveName("Kota Malang")).isEqualTo(PlaceName.of("35.73"));
        assertThat(geoparser.resolveName("Malang")).as("kab and kota share the name: the province")
                .isEqualTo(PlaceName.of("35"));
        assertThat(geoparser.resolveName("Yogyakarta")).isEqualTo(PlaceName.of("34"));
        assertThat(geoparser.resolveName("Kota Yogyakarta")).isEqualTo(PlaceName.of("34.71"));
        assertThat(geoparser.resolveName("Kotabaru")).isEqualTo(PlaceName.of("63.02"));
        assertThat(geoparser.resolveName("Kabupaten Kota Baru")).isEqualTo(PlaceName.of("63.02"));
        assertThat(geoparser.resolveName("Kepanjen")).as("a unique kecamatan").isEqualTo(PlaceName.of("35.07"));
    }

    @Test
    void placesOutsideTodaysIndonesiaAreOutside() {
        for (String name : new String[] {"Timor Timur province", "East Timor", "Timor-Leste", "Dili", "Kota Kinabalu",
            "Kota Bharu", "Johor Bahru", "Papua New Guinea", "Papua Nugini", "Sabah"}) {
            assertThat(geoparser.resolveName(name)).as(name).isEqualTo(PlaceName.OUTSIDE);
        }
    }

    @Test
    void unknownNamesAreUnknown() {
        assertThat(geoparser.resolveName("Atlantis province")).isEqualTo(PlaceName.UNKNOWN);
        assertThat(geoparser.resolveName("")).isEqualTo(PlaceName.UNKNOWN);
        assertThat(geoparser.resolveName(null)).isEqualTo(PlaceName.UNKNOWN);
        assertThat(geoparser.resolveName("Banjar")).as("Kota Banjar (Jabar) and Kabupaten Banjar (Kalsel)")
                .isEqualTo(PlaceName.UNKNOWN);
    }
}
