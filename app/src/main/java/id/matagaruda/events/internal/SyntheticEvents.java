package id.matagaruda.events.internal;

import id.matagaruda.region.ReferenceRegions;
import id.matagaruda.region.Region;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes synthetic events line by line. Memory stays constant: the only history kept is a small ring of recent events
 * from which duplicates and syndicated copies are drawn.
 */
public final class SyntheticEvents {

    static final String[] CATEGORIES = {"sumber_daya", "tata_kelola_pemerintahan", "pemilihan_dan_jabatan", "identitas",
        "main_hakim_sendiri", "separatisme", "kekerasan_penegakan_hukum", "kriminalitas", "kdrt", "ujaran_kebencian",
        "unjuk_rasa", "terorisme_radikalisme", "lainnya"};
    private static final int[] CATEGORY_WEIGHTS = {9, 10, 9, 5, 6, 2, 5, 18, 6, 5, 14, 2, 9};

    private static final String[] HARI = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};
    private static final String[] WAKTU = {"pagi", "siang", "sore", "malam", "dini hari"};
    private static final String[] DEPAN = {"Ahmad", "Budi", "Siti", "Dewi", "Yohanes", "Made", "Ketut", "Rahmat", "Agus",
        "Nurhayati", "Fransiskus", "Abdul", "Rina", "Hendra", "Yusuf", "Maria", "Teguh", "Sri", "Andi", "La Ode", "Wayan",
        "Dedi", "Fitri", "Marthen", "Samsul", "Lestari", "Bambang", "Halimah", "Ronald", "Petrus"};
    private static final String[] BELAKANG = {"Santoso", "Siregar", "Nasution", "Wibowo", "Hutapea", "Saputra", "Lubis",
        "Pratama", "Manurung", "Wijaya", "Rumbiak", "Tanjung", "Hidayat", "Sembiring", "Pattimura", "Daulay", "Kurniawan",
        "Wenda", "Mahendra", "Sinaga", "Harahap", "Gultom", "Rahman", "Simanjuntak", "Latuconsina", "Sitompul"};
    private static final String[] JABATAN = {"Bupati", "Wali Kota", "Kapolsek", "Dandim", "Kepala Kesbangpol", "Camat",
        "Ketua DPRD", "Kepala Desa", "Sekretaris Daerah", "Kasat Reskrim"};
    private static final String[] PT = {"PT Sawit Lestari Abadi", "PT Bumi Tambang Nusantara", "PT Hutan Raya Makmur",
        "PT Agro Sentosa", "PT Karya Mineral Timur", "PT Perkebunan Sinar Jaya"};
    private static final String[] KOMODITAS = {"sawit", "nikel", "batu bara", "emas", "karet", "kopi", "pasir besi"};
    private static final String[] KAMPUS = {"universitas negeri setempat", "sejumlah perguruan tinggi", "kampus swasta",
        "institut keguruan", "sekolah tinggi agama"};
    private static final String[] OUTLETS = {"Warta Nusantara", "Kabar Daerah", "Suara Rakyat", "Berita Satu Bangsa",
        "Harian Khatulistiwa", "Lintas Timur"};
    private static final String[] LEADS = {
        "Peristiwa ini terjadi pada {hari} ({tgl}) {waktu} di Kecamatan {kec}, {tempat}, {prov}.",
        "Kejadian berlangsung di wilayah Kecamatan {kec}, {tempat}, pada {hari} {waktu}.",
        "Pada {hari} ({tgl}), warga Kecamatan {kec} di {tempat} dikejutkan oleh peristiwa ini.",
        "{tempat}, {prov} - Suasana di Kecamatan {kec} pada {hari} {waktu} berbeda dari biasanya."};
    private static final Map<String, String> SHORT_PROVINCE = Map.ofEntries(Map.entry("12", "Sumut"),
            Map.entry("13", "Sumbar"), Map.entry("16", "Sumsel"), Map.entry("19", "Babel"), Map.entry("21", "Kepri"),
            Map.entry("31", "DKI Jakarta"), Map.entry("32", "Jabar"), Map.entry("33", "Jateng"), Map.entry("34", "DIY"),
            Map.entry("35", "Jatim"), Map.entry("52", "NTB"), Map.entry("53", "NTT"), Map.entry("61", "Kalbar"),
            Map.entry("62", "Kalteng"), Map.entry("63", "Kalsel"), Map.entry("64", "Kaltim"), Map.entry("65", "Kaltara"),
            Map.entry("71", "Sulut"), Map.entry("72", "Sulteng"), Map.entry("73", "Sulsel"), Map.entry("74", "Sultra"),
            Map.entry("76", "Sulbar"), Map.entry("82", "Malut"));
    private static final String[][] SLANG = {{" yang ", " yg "}, {" dengan ", " dgn "}, {" tidak ", " tdk "},
        {" sudah ", " sdh "}, {" karena ", " krn "}, {" untuk ", " utk "}, {" orang ", " org "}};

    private static final int RING = 256;

    private final SplittableRandom random;
    private final long seed;
    private final LocalDate first;
    private final int days;
    private final boolean withErrors;
    private final Map<String, Corpus.Pool> pools = Corpus.pools();
    private final Places places = Places.shipped();

    private final String[] recentLines = new String[RING];
    private final Event[] recentNews = new Event[RING];
    private long lines;
    private long newsSeen;
    private final long[] sequence = new long[5];

    /** One generated event before it is written. */
    private record Event(String id, String source, String publishedAt, String title, String text, String url,
            Double lat, Double lon, String kode, String kategori, Map<String, String> extra) {}

    public SyntheticEvents(long seed, YearMonth from, YearMonth to, boolean withErrors) {
        this.random = new SplittableRandom(seed);
        this.seed = seed;
        this.first = from.atDay(1);
        this.days = (int) (to.atEndOfMonth().toEpochDay() - first.toEpochDay() + 1);
        this.withErrors = withErrors;
    }

    public void write(long count, OutputStream out) throws IOException {
        StringBuilder sb = new StringBuilder(2048);
        for (long i = 0; i < count; i++) {
            sb.setLength(0);
            String line = next(sb);
            out.write(line.getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
    }

    private String next(StringBuilder sb) {
        int roll = random.nextInt(1000);
        String line;
        if (withErrors && roll < 20) {
            line = malformed();
        } else if (lines > RING && roll < 35) {
            // the same item delivered twice by a feed: the identical line again
            line = recentLines[random.nextInt(RING)];
        } else if (lines > RING && roll < 45) {
            // the same story under a new id in another feed: an exact duplicate by content
            Event e = recentNews[random.nextInt((int) Math.min(RING, newsSeen))];
            line = json(sb, new Event(nextId("social"), "social", e.publishedAt(), e.title(), e.text(), null, null, null,
                    null, null, Map.of()));
        } else if (newsSeen > RING && roll < 80) {
            line = json(sb, syndicated(recentNews[random.nextInt(RING)]));
        } else {
            Event e = fresh();
            line = json(sb, e);
            if (e.source().equals("news")) {
                recentNews[(int) (newsSeen++ % RING)] = e;
            }
        }
        recentLines[(int) (lines++ % RING)] = line;
        return line;
    }

    private Event fresh() {
        String kategori = CATEGORIES[weighted(CATEGORY_WEIGHTS)];
        Places.Place place = kategori.equals("separatisme") ? places.pickPapua(random) : places.pick(random);
        int s = random.nextInt(100);
        String source = s < 58 ? "news" : s < 78 ? "social" : s < 88 ? "fkdm" : s < 96 ? "report" : "other";
        LocalDate date = first.plusDays(random.nextInt(days));
        Map<String, String> vars = variables(place, date);
        Corpus.Pool pool = pools.get(kategori);
        String title = fill(pool.titles().get(random.nextInt(pool.titles().size())), vars);
        String text = body(pool, vars);
        if (source.equals("social")) {
            text = slang(text);
        }
        String publishedAt = timestamp(date, place.provinsi(), source);
        String kode = null;
        String givenKategori = null;
        Double lat = null;
        Double lon = null;
        Map<String, String> extra = new HashMap<>();
        if (source.equals("fkdm")) {
            kode = random.nextInt(10) < 8 ? place.kode() : null;
            givenKategori = random.nextBoolean() ? kategori : null;
            extra.put("pelapor", "FKDM " + place.kecamatan());
        } else if (source.equals("report")) {
            kode = random.nextBoolean() ? place.kode() : null;
            givenKategori = random.nextInt(10) < 4 ? kategori : null;
        } else if (random.nextInt(100) < 3) {
            kode = random.nextBoolean() ? place.kode() : place.provinsi();
        }
        if ((source.equals("report") && random.nextInt(10) < 6) || (source.equals("social") && random.nextInt(100) < 15)) {
            double[] p = places.point(place.kode(), random);
            if (p != null) {
                lat = Math.round(p[0] * 1e5) / 1e5;
                lon = Math.round(p[1] * 1e5) / 1e5;
            }
        }
        if (source.equals("social")) {
            extra.put("platform", random.nextBoolean() ? "x" : "facebook");
            extra.put("suka", Integer.toString(random.nextInt(5000)));
        }
        String id = nextId(source);
        String url = source.equals("news") ? "https://" + OUTLETS[random.nextInt(OUTLETS.length)].toLowerCase(Locale.ROOT)
                .replace(' ', '-') + ".example/" + date.getYear() + "/" + id : null;
        return new Event(id, source, publishedAt, source.equals("social") ? null : title,
                source.equals("social") ? title + ". " + text : text, url, lat, lon, kode, givenKategori, extra);
    }

    /** A syndicated copy: another outlet's dateline and credit, a retouched title and one word changed. */
    private Event syndicated(Event e) {
        String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
        String text = e.text();
        int r = random.nextInt(8);
        if (r == 0) {
            text = text.replaceFirst(" warga ", " masyarakat ");
        } else if (r == 1) {
            text = text.replaceFirst(" menyatakan ", " mengatakan ");
        }
        text = outlet.toUpperCase(Locale.ROOT) + " - " + text + " (" + initials(outlet) + ")";
        String title = random.nextBoolean() ? e.title() + " | " + outlet : "Terkini: " + e.title();
        String id = nextId("news");
        return new Event(id, "news", e.publishedAt(), title, text, "https://" + outlet.toLowerCase(Locale.ROOT)
                .replace(' ', '-') + ".example/salinan/" + id, null, null, null, null, Map.of());
    }

    private String malformed() {
        Event e = fresh();
        return switch (random.nextInt(9)) {
            case 0 -> json(new StringBuilder(), e).substring(0, 40);
            case 1 -> json(new StringBuilder(), new Event("", e.source(), e.publishedAt(), e.title(), e.text(), null,
                    null, null, null, null, Map.of()));
            case 2 -> json(new StringBuilder(), new Event(e.id(), e.source(), random.nextBoolean() ? "2024-13-45" : "kemarin",
                    e.title(), e.text(), null, null, null, null, null, Map.of()));
            case 3 -> json(new StringBuilder(), new Event(e.id(), e.source(), e.publishedAt(), " ", "", null, null, null,
                    null, null, Map.of()));
            case 4 -> json(new StringBuilder(), new Event(e.id(), "televisi", e.publishedAt(), e.title(), e.text(), null,
                    null, null, null, null, Map.of()));
            case 5 -> json(new StringBuilder(), new Event(e.id(), e.source(), e.publishedAt(), e.title(), e.text(), null,
                    123.4, 106.8, null, null, Map.of()));
            case 6 -> json(new StringBuilder(), new Event(e.id(), e.source(), e.publishedAt(), e.title(), e.text(), null,
                    null, null, "99.99", null, Map.of()));
            case 7 -> json(new StringBuilder(), new Event(e.id(), e.source(), e.publishedAt(), e.title(),
                    e.text().repeat(200), null, null, null, null, null, Map.of()));
            default -> "{\"id\": \"x-" + lines + "\", \"published_at\": \"2024-01-01\", \"text\": \"tanpa penutup";
        };
    }

    private String body(Corpus.Pool pool, Map<String, String> vars) {
        List<String> own = pool.sentences();
        List<String> general = pools.get("umum").sentences();
        int[] picks = distinct(own.size(), 3 + random.nextInt(2));
        List<String> parts = new ArrayList<>();
        parts.add(fill(LEADS[random.nextInt(LEADS.length)], vars));
        for (int p : picks) {
            parts.add(vary(fill(own.get(p), vars), vars));
        }
        int[] g = distinct(general.size(), 2);
        parts.add(1 + random.nextInt(parts.size()), fill(general.get(g[0]), vars));
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (text.length() > 560) {
                break;
            }
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(part);
        }
        if (text.length() < 480) {
            text.append(' ').append(fill(general.get(g[1]), vars));
        }
        return text.toString();
    }

    private static final String[] OPENERS = {"Selain itu, ", "Menurut keterangan {tokoh}, ", "Sebelumnya, ",
        "Di Kecamatan {kec}, ", "Berdasarkan informasi yang dihimpun, ", "Pada {hari} {waktu}, ", "Sementara itu, ",
        "Dalam keterangannya, {jabatan} {tokoh} menyebut ", "Informasi dari warga {kec} menyebutkan ",
        "Hingga {waktu} itu, ", "Dari pantauan di lapangan, ", "Secara terpisah, "};
    private static final String[] CLOSERS = {", kata {tokoh}", " menurut {jabatan} {tokoh}", " di wilayah {kec}",
        " sejak {n} hari terakhir", " sebagaimana dilaporkan warga {tempat}", " pada {hari} ({tgl})",
        ", ujar seorang saksi bernama {tokoh}", " dengan sekitar {nn} orang di sekitar lokasi",
        " menjelang {waktu} hari", " di tengah sorotan warga {prov}"};

    /** Frames a pool sentence with an opener and a closing clause, so that distinct events share few word pairs. */
    private String vary(String sentence, Map<String, String> vars) {
        String s = sentence;
        int r = random.nextInt(10);
        if (r < 6) {
            String opener = fill(OPENERS[random.nextInt(OPENERS.length)], vars);
            s = opener + Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        if (random.nextInt(10) < 6 && s.endsWith(".")) {
            s = s.substring(0, s.length() - 1) + fill(CLOSERS[random.nextInt(CLOSERS.length)], vars) + ".";
        }
        return s;
    }

    private Map<String, String> variables(Places.Place place, LocalDate date) {
        Map<String, String> v = new HashMap<>();
        v.put("tempat", placeForm(place));
        v.put("kec", place.kecamatan());
        String provinsi = place.namaProvinsi();
        String shortName = SHORT_PROVINCE.get(place.provinsi());
        v.put("prov", shortName != null && random.nextInt(3) == 0 ? shortName : provinsi);
        v.put("hari", HARI[date.getDayOfWeek().getValue() - 1]);
        v.put("tgl", date.getDayOfMonth() + "/" + date.getMonthValue());
        v.put("waktu", WAKTU[random.nextInt(WAKTU.length)]);
        v.put("n", Integer.toString(2 + random.nextInt(40)));
        v.put("nn", Integer.toString(50 + random.nextInt(1950)));
        v.put("tokoh", DEPAN[random.nextInt(DEPAN.length)] + " " + BELAKANG[random.nextInt(BELAKANG.length)]);
        v.put("jabatan", JABATAN[random.nextInt(JABATAN.length)]);
        v.put("pt", PT[random.nextInt(PT.length)]);
        v.put("komoditas", KOMODITAS[random.nextInt(KOMODITAS.length)]);
        v.put("kampus", KAMPUS[random.nextInt(KAMPUS.length)]);
        return v;
    }

    /** "Kabupaten Bogor", "Kab. Bogor", "Kota Malang" or the bare name, as reporters and residents write them. */
    private String placeForm(Places.Place place) {
        String nama = place.nama().replace("Administrasi ", "");
        int r = random.nextInt(100);
        if (nama.startsWith("Kabupaten ")) {
            String bare = nama.substring("Kabupaten ".length());
            return r < 55 ? nama : r < 85 ? "Kab. " + bare : bare;
        }
        if (nama.startsWith("Kota ")) {
            return r < 80 ? nama : nama.substring("Kota ".length());
        }
        return nama;
    }

    private String timestamp(LocalDate date, String provinsi, String source) {
        int h = 6 + random.nextInt(17);
        int m = random.nextInt(60);
        String time = String.format(Locale.ROOT, "%sT%02d:%02d:%02d", date, h, m, random.nextInt(60));
        int form = random.nextInt(20);
        if (form == 0) {
            return date.toString();
        }
        if (source.equals("social") && form < 6) {
            return time.replace('T', ' ');
        }
        char first = provinsi.charAt(0);
        String offset = first == '8' || first == '9' ? "+09:00"
                : provinsi.equals("51") || provinsi.startsWith("52") || provinsi.startsWith("53") || first == '7'
                        || provinsi.equals("63") || provinsi.equals("64") || provinsi.equals("65") ? "+08:00" : "+07:00";
        return time + offset;
    }

    private String slang(String text) {
        String s = " " + text + " ";
        for (String[] pair : SLANG) {
            if (random.nextInt(10) < 7) {
                s = s.replace(pair[0], pair[1]);
            }
        }
        return s.trim();
    }

    private String nextId(String source) {
        int k = switch (source) {
            case "news" -> 0;
            case "social" -> 1;
            case "fkdm" -> 2;
            case "report" -> 3;
            default -> 4;
        };
        return source.substring(0, 3) + "-" + seed + "-" + (++sequence[k]);
    }

    private int weighted(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private int[] distinct(int bound, int n) {
        int[] all = new int[bound];
        for (int i = 0; i < bound; i++) {
            all[i] = i;
        }
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(bound - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        return java.util.Arrays.copyOf(all, n);
    }

    private static String fill(String template, Map<String, String> vars) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > 0) {
                String value = vars.get(template.substring(i + 1, close));
                out.append(value == null ? template.substring(i, close + 1) : value);
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        if (out.length() > 0 && Character.isLowerCase(out.charAt(0))) {
            out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
        }
        return out.toString();
    }

    private static String initials(String outlet) {
        StringBuilder sb = new StringBuilder();
        for (String w : outlet.split(" ")) {
            sb.append(w.charAt(0));
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static String json(StringBuilder sb, Event e) {
        sb.setLength(0);
        sb.append('{');
        field(sb, "id", e.id(), true);
        field(sb, "source", e.source(), false);
        field(sb, "published_at", e.publishedAt(), false);
        field(sb, "title", e.title(), false);
        field(sb, "text", e.text(), false);
        field(sb, "url", e.url(), false);
        if (e.lat() != null) {
            sb.append(",\"lat\":").append(e.lat()).append(",\"lon\":").append(e.lon());
        }
        field(sb, "kode_wilayah", e.kode(), false);
        field(sb, "kategori", e.kategori(), false);
        e.extra().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(x -> field(sb, x.getKey(), x.getValue(), false));
        return sb.append('}').toString();
    }

    private static void field(StringBuilder sb, String name, String value, boolean first) {
        if (value == null) {
            return;
        }
        if (!first) {
            sb.append(',');
        }
        sb.append('"').append(name).append("\":\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /** Kab/kota weighted by population, their kecamatan, and a point near the middle of each boundary. */
    static final class Places {

        record Place(String kode, String nama, String provinsi, String namaProvinsi, String kecamatan) {}

        private static volatile Places shipped;

        private final List<Region> kabkota = new ArrayList<>();
        private final long[] cumulative;
        private final List<Region> papua = new ArrayList<>();
        private final long[] papuaCumulative;
        private final Map<String, List<String>> kecamatan = new HashMap<>();
        private final Map<String, double[]> centre = new HashMap<>();
        private final ReferenceRegions regions = ReferenceRegions.shipped();

        static Places shipped() {
            Places p = shipped;
            if (p == null) {
                synchronized (Places.class) {
                    p = shipped;
                    if (p == null) {
                        p = new Places();
                        shipped = p;
                    }
                }
            }
            return p;
        }

        private Places() {
            for (String kode : regions.codes()) {
                Region r = regions.find(kode).orElseThrow();
                if (kode.contains(".")) {
                    kabkota.add(r);
                    if (kode.startsWith("9")) {
                        papua.add(r);
                    }
                }
            }
            cumulative = cumulative(kabkota);
            papuaCumulative = cumulative(papua);
            readKecamatan();
            readCentres();
        }

        Place pick(SplittableRandom random) {
            return place(kabkota, cumulative, random);
        }

        Place pickPapua(SplittableRandom random) {
            return place(papua, papuaCumulative, random);
        }

        double[] point(String kode, SplittableRandom random) {
            double[] c = centre.get(kode);
            return c == null ? null : new double[] {c[0] + (random.nextDouble() - 0.5) * 0.02,
                c[1] + (random.nextDouble() - 0.5) * 0.02};
        }

        private Place place(List<Region> list, long[] cum, SplittableRandom random) {
            long r = random.nextLong(cum[cum.length - 1]);
            int i = java.util.Arrays.binarySearch(cum, r + 1);
            if (i < 0) {
                i = -i - 1;
            }
            Region k = list.get(i);
            List<String> kec = kecamatan.getOrDefault(k.kode(), List.of(k.nama()));
            Region p = regions.find(k.parent()).orElseThrow();
            return new Place(k.kode(), k.nama(), p.kode(), p.nama(), kec.get(random.nextInt(kec.size())));
        }

        private static long[] cumulative(List<Region> list) {
            long[] cum = new long[list.size()];
            long total = 0;
            for (int i = 0; i < list.size(); i++) {
                Long pop = list.get(i).population();
                total += pop == null || pop <= 0 ? 10_000 : pop;
                cum[i] = total;
            }
            return cum;
        }

        private void readKecamatan() {
            try (InputStream in = Places.class.getResourceAsStream("/reference/regions/kecamatan.csv");
                    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                r.readLine();
                String line;
                while ((line = r.readLine()) != null) {
                    String[] p = line.split(",", 4);
                    if (p.length == 4) {
                        kecamatan.computeIfAbsent(p[1], k -> new ArrayList<>()).add(p[3].replace("\"", "").trim());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The mean of the vertices of each kab/kota's largest ring: near the middle, good enough for test points. */
        private void readCentres() {
            try (InputStream in = Places.class.getResourceAsStream("/reference/geo/kabkota.geojson")) {
                JsonNode root = new ObjectMapper().readTree(in);
                for (JsonNode f : root.get("features")) {
                    String kode = f.get("properties").get("kode_kabkota").asString();
                    JsonNode g = f.get("geometry");
                    if (g == null || g.isNull()) {
                        continue;
                    }
                    JsonNode best = null;
                    if (g.get("type").asString().equals("Polygon")) {
                        best = g.get("coordinates").get(0);
                    } else {
                        for (JsonNode poly : g.get("coordinates")) {
                            if (best == null || poly.get(0).size() > best.size()) {
                                best = poly.get(0);
                            }
                        }
                    }
                    if (best == null || best.isEmpty()) {
                        continue;
                    }
                    double lat = 0;
                    double lon = 0;
                    for (JsonNode pt : best) {
                        lon += pt.get(0).asDouble();
                        lat += pt.get(1).asDouble();
                    }
                    centre.put(kode, new double[] {lat / best.size(), lon / best.size()});
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
