package id.matagaruda.cli;

import id.matagaruda.indicator.CatalogueFiles;
import id.matagaruda.indicator.CatalogueReader;
import id.matagaruda.indicator.CatalogueRow;
import id.matagaruda.indicator.Frekuensi;
import id.matagaruda.indicator.OfflineSync;
import id.matagaruda.indicator.Polaritas;
import id.matagaruda.indicator.SyncReportRow;
import id.matagaruda.indicator.Tingkat;
import id.matagaruda.region.Region;
import id.matagaruda.region.ReferenceRegions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Times the full sync check at national scale: every province and kab/kota with N indicators each (a synthetic,
 * seeded catalogue with the usual defects), both the check alone and the whole file path (CSV read, validation, check).
 */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Ukur waktu cek sinkronisasi 38 provinsi + 514 kab/kota. / Time the national-scale sync check.")
class SyncBenchCommand implements Callable<Integer> {

    @Option(names = "--indicators", defaultValue = "30", description = "indikator per wilayah (bawaan ${DEFAULT-VALUE})")
    int indicators;

    @Option(names = "--runs", defaultValue = "10", description = "pengulangan terukur setelah pemanasan")
    int runs;

    @Override
    public Integer call() throws Exception {
        List<CatalogueRow> catalogue = catalogue(indicators, new Random(42));
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        CatalogueFiles.writeCsv(catalogue, csv);
        byte[] file = csv.toByteArray();
        CatalogueReader reader = new CatalogueReader(ReferenceRegions.shipped()::find, Map.of());
        for (int i = 0; i < 3; i++) {
            OfflineSync.check(reader.read(new ByteArrayInputStream(file)));
        }
        long[] check = new long[runs];
        long[] full = new long[runs];
        int reportRows = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            List<CatalogueRow> rows = reader.read(new ByteArrayInputStream(file));
            long t1 = System.nanoTime();
            List<SyncReportRow> report = OfflineSync.check(rows);
            long t2 = System.nanoTime();
            check[i] = t2 - t1;
            full[i] = t2 - t0;
            reportRows = report.size();
        }
        Arrays.sort(check);
        Arrays.sort(full);
        System.out.printf("catalogue: %d indicators (%d KB CSV), report rows: %d%n", catalogue.size(), file.length / 1024,
                reportRows);
        System.out.printf("check only:           median %.0f ms, max %.0f ms%n", check[runs / 2] / 1e6, check[runs - 1] / 1e6);
        System.out.printf("read + validate + check: median %.0f ms, max %.0f ms%n", full[runs / 2] / 1e6, full[runs - 1] / 1e6);
        return 0;
    }

    static List<CatalogueRow> catalogue(int perRegion, Random random) {
        List<CatalogueRow> rows = new ArrayList<>();
        for (int i = 1; i <= perRegion; i++) {
            rows.add(row("N-" + i, Tingkat.NASIONAL, "00", null, i % 3 == 0 ? "jumlah" : "persen", true, random));
        }
        ReferenceRegions regions = ReferenceRegions.shipped();
        for (Region p : regions.provinces()) {
            for (int i = 1; i <= perRegion; i++) {
                rows.add(row("P-" + p.kode() + "-" + i, Tingkat.PROVINSI, p.kode(), "N-" + i,
                        random.nextInt(20) == 0 ? "orang" : i % 3 == 0 ? "jumlah" : "%", false, random));
            }
        }
        for (String k : regions.codes()) {
            if (!k.contains(".")) {
                continue;
            }
            for (int i = 1; i <= perRegion; i++) {
                String induk = random.nextInt(10) == 0 ? null : random.nextBoolean() ? "N-" + i
                        : "P-" + k.substring(0, 2) + "-" + i;
                rows.add(row("K-" + k + "-" + i, Tingkat.KABKOTA, k, induk, i % 3 == 0 ? "jumlah" : "persen", false, random));
            }
        }
        return rows;
    }

    private static CatalogueRow row(String kode, Tingkat tingkat, String wilayah, String induk, String satuan,
            boolean wajib, Random random) {
        TreeMap<Integer, BigDecimal> targets = new TreeMap<>();
        double base = 50 + random.nextInt(30);
        boolean flat = random.nextInt(12) == 0;
        for (int y = CatalogueRow.FIRST_YEAR; y <= CatalogueRow.LAST_YEAR; y++) {
            boolean missing = random.nextInt(40) == 0;
            targets.put(y, missing ? null : BigDecimal.valueOf(flat ? base : base + (y - 2024) * 0.5));
        }
        return new CatalogueRow(0, kode, "Indikator " + kode, tingkat, wilayah, satuan, Polaritas.POSITIF,
                Frekuensi.TAHUNAN, BigDecimal.valueOf(base), targets, induk, wajib, null, List.of());
    }
}
