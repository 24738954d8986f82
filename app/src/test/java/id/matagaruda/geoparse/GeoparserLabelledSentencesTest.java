package id.matagaruda.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The labelled sentences in {@code geoparse/kalimat_berlabel.csv} (written for this test): every case the issue names
 * (kasus other than {@code umum} and {@code uji_buta}) must be read right; the general sentences are reported and held
 * above 90%. The {@code uji_buta} rows were labelled by hand after the rules were written, before they were first run;
 * the ones still wrong are listed on standard output (several places in one text, where a reader uses the sentence).
 */
class GeoparserLabelledSentencesTest {

    private final Geoparser geoparser = Geoparser.shipped();

    @Test
    void readsEveryNamedCaseAndNearlyAllGeneralSentencesRight() throws Exception {
        List<String> failures = new ArrayList<>();
        List<String> generalFailures = new ArrayList<>();
        int total = 0;
        int right = 0;
        int general = 0;
        try (Reader in = new InputStreamReader(
                getClass().getResourceAsStream("/geoparse/kalimat_berlabel.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                String lat = r.get("lintang");
                String lon = r.get("bujur");
                GeoResult result = geoparser.parse(r.get("kalimat"), lat.isEmpty() ? null : Double.valueOf(lat),
                        lon.isEmpty() ? null : Double.valueOf(lon));
                String expected = r.get("kode_harapan").isEmpty() ? null : r.get("kode_harapan");
                total++;
                boolean ok = expected == null ? result.kodeWilayah() == null : expected.equals(result.kodeWilayah());
                if (ok) {
                    right++;
                }
                if (r.get("kasus").equals("umum") || r.get("kasus").equals("uji_buta")) {
                    general++;
                    if (!ok) {
                        generalFailures.add(r.get("kalimat") + " -> " + result.kodeWilayah() + " (harap " + expected + ")");
                    }
                } else if (!ok) {
                    failures.add("[" + r.get("kasus") + "] " + r.get("kalimat") + " -> " + result.kodeWilayah()
                            + " (harap " + expected + ")");
                }
            }
        }
        System.out.printf(Locale.ROOT, "geoparse: %d/%d kalimat benar (%.1f%%); umum + uji_buta: %d/%d%n", right, total,
                100.0 * right / total, general - generalFailures.size(), general);
        generalFailures.forEach(f -> System.out.println("  umum salah: " + f));
        assertThat(total).isGreaterThanOrEqualTo(60);
        assertThat(failures).isEmpty();
        assertThat((double) (general - generalFailures.size()) / general).isGreaterThanOrEqualTo(0.9);
    }
}
