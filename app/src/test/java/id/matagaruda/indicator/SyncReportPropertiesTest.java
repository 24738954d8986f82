package id.matagaruda.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import id.matagaruda.region.ReferenceRegions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The demo catalogue end to end on files: CSV and XLSX give the same report, and row order never matters. */
class SyncReportPropertiesTest {

    static final List<CatalogueRow> DEMO = demo();

    static List<CatalogueRow> demo() {
        try (InputStream in = new ClassPathResource("demo/katalog_indikator_demo.csv").getInputStream()) {
            return new CatalogueReader(ReferenceRegions.shipped()::find, Map.of()).read(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void demoCatalogueAsCsvAndAsXlsxGivesByteIdenticalReports() throws IOException {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        CatalogueFiles.writeCsv(DEMO, csv);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        CatalogueFiles.writeXlsx(DEMO, xlsx);
        CatalogueReader reader = new CatalogueReader(ReferenceRegions.shipped()::find, Map.of());
        List<CatalogueRow> fromCsv = reader.read(new ByteArrayInputStream(csv.toByteArray()));
        List<CatalogueRow> fromXlsx = reader.read(new ByteArrayInputStream(xlsx.toByteArray()));
        assertThat(report(fromXlsx)).isEqualTo(report(fromCsv)).isEqualTo(report(DEMO));
        assertThat(fromXlsx).hasSize(DEMO.size());
    }

    @Test
    void demoCatalogueHasEveryKindOfDefectToFind() {
        List<SyncReportRow> report = OfflineSync.check(DEMO);
        assertThat(report).extracting(SyncReportRow::status).contains(SyncStatus.values());
        assertThat(OfflineSync.suggest(DEMO)).isNotEmpty();
    }

    @Property(tries = 30)
    void reorderingRowsNeverChangesTheReport(@ForAll long seed) throws IOException {
        List<CatalogueRow> shuffled = new ArrayList<>(DEMO);
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(report(shuffled)).isEqualTo(report(DEMO));
    }

    private static String report(List<CatalogueRow> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalogueFiles.writeReportCsv(OfflineSync.check(rows), out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
