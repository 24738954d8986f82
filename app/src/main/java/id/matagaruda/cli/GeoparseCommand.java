package id.matagaruda.cli;

import id.matagaruda.geoparse.GeoResult;
import id.matagaruda.geoparse.GeoparseJsonLines;
import id.matagaruda.geoparse.Geoparser;
import id.matagaruda.region.ReferenceRegions;
import id.matagaruda.region.Region;
import id.matagaruda.region.RegionLevel;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./matagaruda geoparse}: adds region codes to JSON lines, without a server or database. */
@Command(name = "geoparse", mixinStandardHelpOptions = true,
        description = {"Tambahkan kode_wilayah dan kandidat_wilayah ke tiap baris JSON (title/text/lat/lon).",
            "Adds kode_wilayah and kandidat_wilayah to each JSON line."},
        subcommands = GeoparseCommand.Bench.class)
class GeoparseCommand implements Callable<Integer> {

    @Option(names = "--input", description = "berkas JSON Lines (boleh .gz)")
    Path input;

    @Option(names = "--output", description = "berkas JSON Lines keluaran (.gz bila namanya berakhiran .gz)")
    Path output;

    @Override
    public Integer call() throws Exception {
        if (input == null || output == null) {
            System.err.println("--input dan --output wajib diisi. / --input and --output are required.");
            return 2;
        }
        if (!Files.isReadable(input)) {
            System.err.println("--input: berkas " + input + " tidak ada atau tidak dapat dibaca");
            return 2;
        }
        GeoparseJsonLines.Summary s;
        try (InputStream rawIn = Files.newInputStream(input);
                BufferedReader in = new BufferedReader(new InputStreamReader(
                        gz(input) ? new GZIPInputStream(rawIn, 1 << 16) : rawIn, StandardCharsets.UTF_8), 1 << 16);
                OutputStream rawOut = Files.newOutputStream(output);
                BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
                        gz(output) ? new GZIPOutputStream(rawOut, 1 << 16) : rawOut, StandardCharsets.UTF_8), 1 << 16)) {
            s = new GeoparseJsonLines(Geoparser.shipped()).process(in, out, System.err);
        } catch (java.io.EOFException e) {
            System.err.println("--input: berkas gzip terpotong (" + e.getMessage() + ")");
            return 2;
        }
        System.out.printf(Locale.ROOT, "{\"baris\":%d,\"berwilayah\":%d,\"galat\":%d}%n", s.lines(), s.located(),
                s.errors());
        return 0;
    }

    private static boolean gz(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /** Times the gazetteer build and parse throughput on generated news-like texts of about 600 characters. */
    @Command(name = "bench", mixinStandardHelpOptions = true,
            description = {"Ukur waktu bangun gazetir dan laju geoparse pada teks berita sintetis (~600 karakter).",
                "Times the gazetteer build and geoparse throughput on synthetic ~600-character texts."})
    static class Bench implements Callable<Integer> {

        @Option(names = "--texts", defaultValue = "200000", description = "teks terukur per putaran (bawaan ${DEFAULT-VALUE})")
        int texts;

        @Option(names = "--threads", defaultValue = "1", description = "utas paralel (bawaan ${DEFAULT-VALUE})")
        int threads;

        @Option(names = "--rounds", defaultValue = "3", description = "putaran terukur setelah pemanasan")
        int rounds;

        @Option(names = "--coordinates", defaultValue = "0.0",
                description = "bagian teks yang membawa lat/lon (0-1; bawaan ${DEFAULT-VALUE})")
        double coordinates;

        @Option(names = "--seed", defaultValue = "7")
        long seed;

        @Override
        public Integer call() throws Exception {
            Runtime rt = Runtime.getRuntime();
            System.gc();
            long heapBefore = rt.totalMemory() - rt.freeMemory();
            long t0 = System.nanoTime();
            Geoparser g = Geoparser.shipped();
            double buildSeconds = (System.nanoTime() - t0) / 1e9;
            System.gc();
            long heapAfter = rt.totalMemory() - rt.freeMemory();
            Geoparser.Stats stats = g.stats();
            Sample[] sample = generate(Math.min(texts, 20_000), coordinates, new Random(seed));
            long chars = 0;
            for (Sample s : sample) {
                chars += s.text.length();
            }
            if (coordinates > 0) {
                g.parse("pemanasan", -6.2, 106.8);
            }
            System.out.printf(Locale.ROOT,
                    "gazetteer: %d keywords, %d places, built in %.2f s (%.2f s incl. tables), heap +%.0f MB%n",
                    stats.keywords(), stats.places(), stats.buildMillis() / 1000.0, buildSeconds,
                    (heapAfter - heapBefore) / 1e6);
            System.out.printf(Locale.ROOT, "texts: %d distinct, avg %d chars, %.0f%% with coordinates, threads=%d%n",
                    sample.length, chars / sample.length, coordinates * 100, threads);
            run(g, sample, texts); // warm-up
            double best = 0;
            for (int r = 0; r < rounds; r++) {
                long start = System.nanoTime();
                long found = run(g, sample, texts);
                double seconds = (System.nanoTime() - start) / 1e9;
                double rate = texts / seconds;
                best = Math.max(best, rate);
                System.out.printf(Locale.ROOT, "round %d: %.0f texts/s, %.1f M chars/s, %.1f%% given a region%n", r + 1,
                        rate, rate * chars / sample.length / 1e6, 100.0 * found / texts);
            }
            System.out.printf(Locale.ROOT, "best: %.0f texts/s on %d thread(s)%n", best, threads);
            return 0;
        }

        private long run(Geoparser g, Sample[] sample, int n) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<Long>> parts = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    final int offset = t;
                    parts.add(pool.submit(() -> {
                        long found = 0;
                        for (int i = offset; i < n; i += threads) {
                            Sample s = sample[i % sample.length];
                            GeoResult r = g.parse(s.text, s.lat, s.lon);
                            if (r.kodeWilayah() != null) {
                                found++;
                            }
                        }
                        return found;
                    }));
                }
                long found = 0;
                for (Future<Long> f : parts) {
                    found += f.get();
                }
                return found;
            } finally {
                pool.shutdown();
            }
        }

        private record Sample(String text, Double lat, Double lon) {}

        /** Centres of large cities (lat, lon); generated coordinates fall within about 5 km of one. */
        private static final double[][] CITIES = {{-6.2, 106.82}, {-7.26, 112.75}, {-6.92, 107.61}, {3.59, 98.67},
            {-5.14, 119.42}, {-0.95, 100.35}, {-2.99, 104.76}, {-8.65, 115.22}, {-2.53, 140.7}, {-10.17, 123.6}};

        private static final String[] OPENINGS = {
            "Ratusan warga menggelar unjuk rasa di %s menuntut kejelasan ganti rugi lahan.",
            "Bentrokan antarkelompok pemuda pecah di %s pada Sabtu malam.",
            "Banjir bandang melanda %s setelah hujan deras mengguyur sejak sore.",
            "Polisi menangkap tiga orang yang diduga menyebarkan ujaran kebencian di %s.",
            "Sengketa tapal batas desa di %s kembali memanas menjelang pilkada.",
            "Aparat gabungan berjaga di %s setelah kericuhan di kantor camat."};
        private static final String[] FILLER = {
            "Menurut keterangan warga, kejadian bermula ketika sekelompok orang mendatangi balai desa.",
            "Aparat keamanan segera datang untuk menenangkan massa yang mulai emosi.",
            "Pemerintah daerah berjanji menindaklanjuti tuntutan tersebut dalam rapat pekan depan.",
            "Hingga berita ini diturunkan, situasi di lokasi dilaporkan sudah kondusif.",
            "Tokoh masyarakat meminta semua pihak menahan diri dan tidak terprovokasi kabar bohong.",
            "Dana bantuan yang dijanjikan sejak beberapa bulan lalu belum juga cair.",
            "Kepala desa mengatakan pihaknya sudah melaporkan persoalan itu kepada bupati.",
            "Sejumlah kendaraan dan fasilitas umum dilaporkan rusak akibat peristiwa itu."};

        /** News-like texts naming a kab/kota (with or without "Kabupaten"/"Kota"), its province or a kecamatan. */
        static Sample[] generate(int n, double withCoordinates, Random random) {
            ReferenceRegions regions = ReferenceRegions.shipped();
            List<Region> kabkota = new ArrayList<>();
            for (String kode : regions.codes()) {
                regions.find(kode).filter(r -> r.level() == RegionLevel.KABKOTA).ifPresent(kabkota::add);
            }
            List<ReferenceRegions.Kecamatan> kecamatan = regions.kecamatan();
            Sample[] out = new Sample[n];
            for (int i = 0; i < n; i++) {
                Region kab = kabkota.get(random.nextInt(kabkota.size()));
                Region prov = regions.find(kab.parent()).orElseThrow();
                String place = switch (random.nextInt(5)) {
                    case 0 -> kab.nama();
                    case 1 -> kab.nama().replaceFirst("^(Kabupaten|Kota)( Administrasi)? ", "") + ", " + prov.nama();
                    case 2 -> kecamatan.get(random.nextInt(kecamatan.size())).nama();
                    case 3 -> prov.nama();
                    default -> kab.nama().replaceFirst("^(Kabupaten|Kota)( Administrasi)? ", "");
                };
                StringBuilder sb = new StringBuilder(700);
                sb.append(String.format(OPENINGS[random.nextInt(OPENINGS.length)], place));
                while (sb.length() < 560) {
                    sb.append(' ').append(FILLER[random.nextInt(FILLER.length)]);
                }
                if (random.nextDouble() < withCoordinates) {
                    double[] c = CITIES[random.nextInt(CITIES.length)];
                    out[i] = new Sample(sb.toString(), c[0] + (random.nextDouble() - 0.5) * 0.1,
                            c[1] + (random.nextDouble() - 0.5) * 0.1);
                } else {
                    out[i] = new Sample(sb.toString(), null, null);
                }
            }
            return out;
        }
    }
}
