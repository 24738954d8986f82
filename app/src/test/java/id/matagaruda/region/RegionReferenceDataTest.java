package id.matagaruda.region;

import static org.assertj.core.api.Assertions.assertThat;

import id.matagaruda.MataGarudaTest;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The loaded code table against the source files (the team's shared copy when present, else the shipped copy). */
@MataGarudaTest
class RegionReferenceDataTest {

    @Autowired RegionService regions;
    @Autowired JdbcClient jdbc;

    @Test
    void loadsEveryLevelOfKepmendagri2025() {
        assertThat(count("provinsi")).isEqualTo(38);
        assertThat(count("kabkota")).isEqualTo(514);
        assertThat(count("kecamatan")).isEqualTo(7_285);
        assertThat(count("desa")).isEqualTo(83_762);
        List<Region> kabkota = regions.list(RegionLevel.KABKOTA, null);
        assertThat(kabkota.stream().filter(r -> "Kabupaten".equals(r.jenis()))).hasSize(416);
        assertThat(kabkota.stream().filter(r -> "Kota".equals(r.jenis()))).hasSize(98);
        assertThat(kabkota).allSatisfy(r -> assertThat(r.code().isKota()).isEqualTo("Kota".equals(r.jenis())));
    }

    @Test
    void everyCodeIsWellFormedAndHangsUnderAnExistingParent() {
        for (RegionLevel level : List.of(RegionLevel.PROVINSI, RegionLevel.KABKOTA, RegionLevel.KECAMATAN, RegionLevel.DESA)) {
            for (Region r : regions.list(level, null)) {
                assertThat(RegionCode.isValid(r.kode())).as(r.kode()).isTrue();
                assertThat(r.code().level()).isEqualTo(level);
                if (level != RegionLevel.PROVINSI) {
                    assertThat(regions.find(r.parent())).as("parent of " + r.kode()).isPresent();
                    assertThat(r.code().parent().orElseThrow().value()).isEqualTo(r.parent());
                }
            }
        }
    }

    @Test
    void sampleOfNamesMatchesTheSourceFiles() throws IOException {
        List<CSVRecord> desa = source("regions/desa_kelurahan.csv");
        Random random = new Random(2025);
        for (int i = 0; i < 300; i++) {
            CSVRecord r = desa.get(random.nextInt(desa.size()));
            assertThat(regions.get(r.get("kode_desa")).nama()).isEqualTo(r.get("nama_desa"));
            assertThat(regions.get(r.get("kode_desa")).jenis()).isEqualTo(r.get("jenis"));
        }
        // names with commas inside quotes survive the CSV round trip
        assertThat(regions.get("12.07.28.1007").nama()).isEqualTo("Lubuk Pakam I,II");
        assertThat(regions.get("32.73").nama()).isEqualTo("Kota Bandung");
        assertThat(regions.get("91").nama()).isEqualTo("Papua");
    }

    @Test
    void populationAndAreaMatchTheSourceIncludingCodesTheSpreadsheetMangled() throws IOException {
        for (CSVRecord r : source("population/penduduk_2024s2.csv")) {
            if (r.get("kode").equals("0")) {
                assertThat(regions.detail("00").population()).isEqualTo(Long.parseLong(r.get("total")));
                continue;
            }
            assertThat(regions.get(r.get("kode")).population()).as(r.get("kode")).isEqualTo(Long.parseLong(r.get("total")));
        }
        // luas_wilayah.csv writes 11.10 as "11.1" and the province 31 as "31.0"
        assertThat(regions.get("11.10").nama()).isEqualTo("Kabupaten Aceh Singkil");
        assertThat(regions.get("11.10").areaKm2()).isEqualByComparingTo(new BigDecimal("1851.615"));
        assertThat(regions.get("31").areaKm2()).isEqualByComparingTo(new BigDecimal("661.53"));
        assertThat(regions.list(RegionLevel.KABKOTA, null)).allSatisfy(r -> {
            assertThat(r.population()).as("population " + r.kode()).isPositive();
            assertThat(r.areaKm2()).as("area " + r.kode()).isPositive();
        });
    }

    @Test
    void oldNamesAndAbbreviationsFindTheirRegion() {
        assertThat(regions.search("Nanggroe Aceh Darussalam", null, 5)).first().extracting(Region::kode).isEqualTo("11");
        assertThat(regions.search("irian jaya barat", null, 5)).first().extracting(Region::kode).isEqualTo("92");
        assertThat(regions.search("jabar", RegionLevel.PROVINSI, 5)).extracting(Region::kode).containsExactly("32");
        Integer mapped = jdbc.sql("select count(*) from region_code_map where from_kode = '91'").query(Integer.class).single();
        assertThat(mapped).isEqualTo(4);
    }

    private int count(String level) {
        return jdbc.sql("select count(*) from region where level = :l and code_version = 'kepmendagri-2025'")
                .param("l", level).query(Integer.class).single();
    }

    static List<CSVRecord> source(String path) throws IOException {
        Path shared = Path.of("..", "..", "shared", "data", path);
        Path shipped = Path.of("src", "main", "resources", "reference",
                path.startsWith("population/") ? "regions/" + Path.of(path).getFileName() : path);
        Path file = Files.exists(shared) ? shared : shipped;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}
