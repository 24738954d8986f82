package id.matagaruda.events.internal;

import id.matagaruda.geoparse.GeoResult;
import id.matagaruda.geoparse.Geoparser;
import id.matagaruda.nlp.Classification;
import id.matagaruda.nlp.IndonesianText;
import id.matagaruda.nlp.TextClassifier;
import id.matagaruda.region.ReferenceRegions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns one raw record into a lake row or a rejection: validation (with the reasons the summary counts), Indonesian
 * normalisation, hashes for de-duplication, and enrichment (category, region) where the input gives none. Thread-safe.
 */
final class EventParser {

    static final int MAX_TEXT_BYTES = 100 * 1024;
    static final Set<String> SOURCES = Set.of("news", "social", "fkdm", "report", "other");
    static final Set<String> CATEGORIES = Set.of("sumber_daya", "tata_kelola_pemerintahan", "pemilihan_dan_jabatan",
            "identitas", "main_hakim_sendiri", "separatisme", "kekerasan_penegakan_hukum", "kriminalitas", "kdrt",
            "ujaran_kebencian", "unjuk_rasa", "terorisme_radikalisme", "lainnya");
    private static final Set<String> KNOWN = Set.of("id", "published_at", "title", "text", "source", "url", "lat", "lon",
            "kode_wilayah", "kategori");
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);

    private final ObjectMapper mapper = new ObjectMapper();
    private final TextClassifier classifier;
    private final Geoparser geoparser;
    private final ReferenceRegions regions = ReferenceRegions.shipped();
    private final String berkas;

    EventParser(TextClassifier classifier, Geoparser geoparser, String berkas) {
        this.classifier = classifier;
        this.geoparser = geoparser;
        this.berkas = berkas;
    }

    /** Thrown inside parsing to reject the record with a reason; cheap (no stack trace). */
    private static final class Rejected extends RuntimeException {
        final String reason;

        Rejected(String reason, String detail) {
            super(detail, null, false, false);
            this.reason = reason;
        }
    }

    Outcome parse(RawLine raw) {
        if (raw.problem() != null) {
            return Outcome.rejected(raw, raw.problem(), raw.detail());
        }
        try {
            Map<String, String> known = new LinkedHashMap<>();
            ObjectNode extra = mapper.createObjectNode();
            if (raw.json() != null) {
                readJson(raw.json(), known, extra);
            } else {
                for (Map.Entry<String, String> e : raw.fields().entrySet()) {
                    String key = e.getKey().trim().toLowerCase(Locale.ROOT);
                    String value = e.getValue();
                    if (KNOWN.contains(key)) {
                        known.put(key, value == null || value.isBlank() ? null : value);
                    } else if (value != null && !value.isBlank() && !key.isEmpty()) {
                        extra.put(e.getKey().trim(), value);
                    }
                }
            }
            return Outcome.accepted(row(raw.line(), known, extra));
        } catch (Rejected r) {
            return Outcome.rejected(raw, r.reason, r.getMessage());
        }
    }

    private void readJson(String line, Map<String, String> known, ObjectNode extra) {
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (JacksonException e) {
            throw new Rejected("json_rusak", firstLine(e.getOriginalMessage()));
        }
        if (node == null || !node.isObject()) {
            throw new Rejected("json_rusak", "bukan objek JSON");
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String key = e.getKey();
            JsonNode v = e.getValue();
            if (KNOWN.contains(key)) {
                if (v.isNull()) {
                    known.put(key, null);
                } else if (v.isObject() || v.isArray()) {
                    throw new Rejected(reasonForField(key), key + ": bukan nilai tunggal");
                } else {
                    known.put(key, v.asString());
                }
            } else {
                extra.set(key, v);
            }
        }
    }

    private EventRow row(long line, Map<String, String> f, ObjectNode extra) {
        String id = trim(f.get("id"));
        if (id == null) {
            throw new Rejected("id_kosong", "id wajib diisi");
        }
        String publishedRaw = trim(f.get("published_at"));
        if (publishedRaw == null) {
            throw new Rejected("tanggal_kosong", "published_at wajib diisi");
        }
        Published published = published(publishedRaw);
        String rawTitle = f.get("title");
        String rawText = f.get("text");
        if ((rawTitle != null && rawTitle.getBytes(StandardCharsets.UTF_8).length > MAX_TEXT_BYTES)
                || (rawText != null && rawText.length() > MAX_TEXT_BYTES / 4
                        && rawText.getBytes(StandardCharsets.UTF_8).length > MAX_TEXT_BYTES)) {
            throw new Rejected("teks_terlalu_panjang", "teks lebih dari 100 KB");
        }
        String judul = IndonesianText.clean(rawTitle);
        String teks = IndonesianText.clean(rawText);
        if (judul.isEmpty() && teks.isEmpty()) {
            throw new Rejected("teks_kosong", "title dan text kosong");
        }
        String sumber = trim(f.get("source"));
        sumber = sumber == null ? "other" : sumber.toLowerCase(Locale.ROOT);
        if (!SOURCES.contains(sumber)) {
            throw new Rejected("sumber_tidak_dikenal", "source '" + f.get("source") + "' bukan news|social|fkdm|report|other");
        }
        Double lat = number(f.get("lat"), -90, 90);
        Double lon = number(f.get("lon"), -180, 180);
        if ((lat == null) != (lon == null)) {
            throw new Rejected("koordinat_tidak_valid", "lat dan lon harus diisi bersama");
        }
        String kode = regionCode(trim(f.get("kode_wilayah")));
        String kategoriInput = trim(f.get("kategori"));
        if (kategoriInput != null) {
            kategoriInput = kategoriInput.toLowerCase(Locale.ROOT);
            if (!CATEGORIES.contains(kategoriInput)) {
                // not one of ours: kept as an attribute, and the classifier decides
                extra.put("kategori_masukan", f.get("kategori"));
                kategoriInput = null;
            }
        }
        String stdTitle = standardiseCleaned(judul);
        String stdText = standardiseCleaned(teks);
        String full = judul.isEmpty() ? teks : teks.isEmpty() ? judul : judul + ". " + teks;

        String kategori;
        String asal;
        Double skor;
        if (kategoriInput != null) {
            kategori = kategoriInput;
            asal = "sumber";
            skor = null;
        } else {
            Classification c = classifier.classify(full);
            kategori = c == null || c.kategori() == null ? "lainnya" : c.kategori();
            asal = classifier.name();
            skor = c == null ? null : c.skor();
        }
        if (kode == null) {
            GeoResult g = geoparser.parse(full, lat, lon);
            kode = g == null ? null : regionCode(g.kodeWilayah());
        }
        String kodeProvinsi = kode == null ? null : kode.substring(0, 2);
        String kodeKabkota = kode != null && kode.length() == 5 ? kode : null;

        byte[] digest = sha256(stdTitle + "\n" + stdText);
        String contentHash = HexFormat.of().formatHex(digest);
        long contentKey = java.nio.ByteBuffer.wrap(digest).getLong();
        long simhash = SimHash.of(withoutDateline(stdText.isEmpty() ? stdTitle : stdText));
        String url = trim(f.get("url"));
        String atribut = extra.isEmpty() ? null : mapper.writeValueAsString(extra);
        return new EventRow(id, sumber, published.normalised, published.date.toString(), week(published.date),
                Integer.toString(published.date.getYear()), published.date.toString().substring(0, 7),
                judul.isEmpty() ? null : judul, teks.isEmpty() ? null : teks, url, lat, lon, kode, kodeProvinsi,
                kodeKabkota, kategori, asal, skor, contentHash, simhash, atribut, berkas, line, idKey(sumber, id),
                contentKey);
    }

    /**
     * {@link IndonesianText#standardise} of a text that is already {@link IndonesianText#clean}: the same result without
     * normalising the text a second time (the costliest step of the whole parse).
     */
    static String standardiseCleaned(String cleaned) {
        String c = cleaned.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(c.length() + 16);
        int i = 0;
        int n = c.length();
        while (i < n) {
            char ch = c.charAt(i);
            if (Character.isLetterOrDigit(ch)) {
                int j = i + 1;
                while (j < n && Character.isLetterOrDigit(c.charAt(j))) {
                    j++;
                }
                out.append(IndonesianText.standardWord(c.substring(i, j)));
                i = j;
            } else {
                out.append(ch);
                i++;
            }
        }
        return out.toString();
    }

    /** A stable 64-bit key of (source, id): the first bytes of its SHA-256, so the keys agree across runs. */
    static long idKey(String sumber, String id) {
        return java.nio.ByteBuffer.wrap(sha256(sumber + "\u0000" + id)).getLong();
    }

    static long contentKey(String contentHash) {
        return Long.parseUnsignedLong(contentHash.substring(0, 16), 16);
    }

    /**
     * The body without the outlet's dateline ("jakarta, kabar daerah - ") and closing credit ("(ant)"): what syndication
     * changes first, left out of the SimHash so that copies stay within a few bits.
     */
    static String withoutDateline(String std) {
        String s = std;
        for (int k = 0; k < 2; k++) {
            int dash = s.indexOf(" - ");
            if (dash < 0 || dash > 60) {
                break;
            }
            s = s.substring(dash + 3);
        }
        if (s.endsWith(")")) {
            int open = s.lastIndexOf('(');
            if (open >= 0 && s.length() - open <= 14) {
                s = s.substring(0, open);
            }
        }
        return s;
    }

    private record Published(String normalised, LocalDate date) {}

    private static Published published(String s) {
        String v = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
        try {
            LocalDate date;
            String normalised;
            if (v.length() == 10) {
                date = LocalDate.parse(v);
                normalised = date.toString();
            } else if (hasOffset(v)) {
                OffsetDateTime t = OffsetDateTime.parse(v);
                date = t.toLocalDate();
                normalised = OFFSET.format(t);
            } else {
                LocalDateTime t = LocalDateTime.parse(v);
                date = t.toLocalDate();
                normalised = LOCAL.format(t);
            }
            if (date.getYear() < 1900 || date.getYear() > 2100) {
                throw new Rejected("tanggal_tidak_valid", "published_at '" + s + "' di luar 1900-2100");
            }
            return new Published(normalised, date);
        } catch (DateTimeParseException e) {
            throw new Rejected("tanggal_tidak_valid", "published_at '" + abbreviate(s) + "' bukan tanggal ISO-8601");
        }
    }

    private static boolean hasOffset(String v) {
        if (v.endsWith("Z") || v.endsWith("z")) {
            return true;
        }
        int t = v.indexOf('T');
        return t > 0 && (v.indexOf('+', t) > 0 || v.indexOf('-', t) > 0);
    }

    private String regionCode(String kode) {
        if (kode == null) {
            return null;
        }
        String k = kode.length() > 5 && kode.charAt(5) == '.' ? kode.substring(0, 5) : kode;
        if (k.length() != 2 && k.length() != 5 || regions.find(k).isEmpty()) {
            throw new Rejected("kode_wilayah_tidak_dikenal", "kode_wilayah '" + abbreviate(kode) + "' tidak dikenal");
        }
        return k;
    }

    private static Double number(String s, double min, double max) {
        String v = trim(s);
        if (v == null) {
            return null;
        }
        double d;
        try {
            d = Double.parseDouble(v.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new Rejected("koordinat_tidak_valid", "koordinat '" + abbreviate(v) + "' bukan angka");
        }
        if (!(d >= min && d <= max)) {
            throw new Rejected("koordinat_tidak_valid", "koordinat " + v + " di luar " + min + ".." + max);
        }
        return d;
    }

    static String week(LocalDate date) {
        return String.format(Locale.ROOT, "%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static String reasonForField(String key) {
        return switch (key) {
            case "id" -> "id_kosong";
            case "published_at" -> "tanggal_tidak_valid";
            case "source" -> "sumber_tidak_dikenal";
            case "lat", "lon" -> "koordinat_tidak_valid";
            case "kode_wilayah" -> "kode_wilayah_tidak_dikenal";
            default -> "json_rusak";
        };
    }

    private static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        return t.isEmpty() ? null : t;
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "JSON tidak dapat dibaca";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
