package id.matagaruda.events;

import id.matagaruda.access.AccessPolicy;
import id.matagaruda.events.internal.LakeReader;
import id.matagaruda.lake.AggregateQuery;
import id.matagaruda.region.ReferenceRegions;
import id.matagaruda.region.Region;
import id.matagaruda.region.RegionCode;
import id.matagaruda.shared.FieldProblem;
import id.matagaruda.shared.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Questions asked of the event lake by the "Pemantauan Isu" pages and API: lists, one event, rates per 100,000 people,
 * trends per category and counts per source. Every question carries the caller's scope (its region code, 00 for the
 * nation): a kab/kota user sees its own events, a province user those of its kab/kota, national users all, and events
 * placed nowhere only national users. A region filter outside the scope is refused; one around it is narrowed to it.
 */
@Service
public class EventQueries implements AutoCloseable {

    /** The SNPK conflict types plus hate speech, demonstrations, terrorism and the rest, as the classifier names them. */
    public static final List<String> CATEGORIES = List.of("sumber_daya", "tata_kelola_pemerintahan",
            "pemilihan_dan_jabatan", "identitas", "main_hakim_sendiri", "separatisme", "kekerasan_penegakan_hukum",
            "kriminalitas", "kdrt", "ujaran_kebencian", "unjuk_rasa", "terorisme_radikalisme", "lainnya");

    public static final List<String> SOURCES = List.of("news", "social", "fkdm", "report", "other");

    /** Below this classifier score an event is worth an analyst's label. */
    public static final double LOW_SCORE = 0.5;

    private static final String COLUMNS = "SELECT CAST(id AS VARCHAR), sumber, CAST(published_at AS VARCHAR), "
            + "CAST(tanggal AS VARCHAR), judul, teks, url, lat, lon, kode_wilayah, kode_provinsi, kode_kabkota, kategori, "
            + "kategori_asal, kategori_skor, bulan, filename FROM ${events}";
    private static final String NEWEST_FIRST = " ORDER BY tanggal DESC NULLS LAST, published_at DESC NULLS LAST, sumber, id";

    private final LakeReader reader;

    @Autowired
    public EventQueries(@Value("${matagaruda.events.lake:${matagaruda.data-dir}/lake}") String lake) {
        this(Path.of(lake));
    }

    public EventQueries(Path lake) {
        this.reader = new LakeReader(lake);
    }

    public Path lake() {
        return reader.lake();
    }

    /** Events matching the filter in the scope, newest first, one page of them. */
    public EventPage list(EventFilter filter, String scope) {
        Where where = where(filter, scope);
        LakeReader.Snapshot snapshot = reader.snapshot();
        if (snapshot.isEmpty()) {
            return EventPage.empty(filter);
        }
        if (filter.q() != null) {
            return searched(filter, where, snapshot);
        }
        // Without a text condition counting reads a few small columns (or only the files' footers), and DuckDB reads
        // the wide columns of the page's rows alone.
        long total = reader.query(snapshot, "SELECT count(*) FROM ${events}" + where.sql(), where.params(),
                rs -> rs.getLong(1)).get(0);
        List<Object> params = new ArrayList<>(where.params());
        params.add(filter.limit());
        params.add(filter.offset());
        List<EventView> items = reader.query(snapshot, COLUMNS + where.sql() + NEWEST_FIRST + " LIMIT ? OFFSET ?", params,
                rs -> event(rs, snapshot));
        return new EventPage(items, total, filter.limit(), filter.offset());
    }

    /**
     * A text search tests every text once: one scan finds the page's keys and the number of matches, a second reads the
     * full rows of those keys from their files only.
     */
    private EventPage searched(EventFilter filter, Where where, LakeReader.Snapshot snapshot) {
        List<Object> params = new ArrayList<>(where.params());
        params.add(filter.limit());
        params.add(filter.offset());
        List<Key> keys = reader.query(snapshot, "SELECT filename, sumber, CAST(id AS VARCHAR), count(*) OVER () FROM ${events}"
                + where.sql() + NEWEST_FIRST + " LIMIT ? OFFSET ?", params,
                rs -> new Key(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
        if (keys.isEmpty()) {
            long total = filter.offset() == 0 ? 0 : reader.query(snapshot, "SELECT count(*) FROM ${events}" + where.sql(),
                    where.params(), rs -> rs.getLong(1)).get(0);
            return new EventPage(List.of(), total, filter.limit(), filter.offset());
        }
        Where rows = new Where();
        List<String> any = new ArrayList<>();
        List<Object> keyParams = new ArrayList<>();
        for (Key k : keys) {
            any.add("(filename = ? AND sumber = ? AND CAST(id AS VARCHAR) = ?)");
            keyParams.addAll(List.of(k.file(), k.sumber(), k.id()));
        }
        rows.add("(" + String.join(" OR ", any) + ")", keyParams.toArray());
        Map<String, EventView> byKey = new HashMap<>();
        LakeReader.Snapshot files = snapshot.only(keys.stream().map(Key::file).collect(java.util.stream.Collectors.toSet()));
        reader.query(files, COLUMNS + rows.sql(), rows.params(), rs -> {
            EventView e = event(rs, files);
            return byKey.putIfAbsent(rs.getString(17) + "|" + e.sumber() + "|" + e.id(), e);
        });
        List<EventView> items = keys.stream().map(k -> byKey.get(k.file() + "|" + k.sumber() + "|" + k.id()))
                .filter(java.util.Objects::nonNull).toList();
        return new EventPage(items, keys.get(0).total(), filter.limit(), filter.offset());
    }

    private record Key(String file, String sumber, String id, long total) {
    }

    /** One event by its source and id; empty when absent or outside the scope (the caller cannot tell which). */
    public Optional<EventView> find(String sumber, String id, String scope) {
        if (sumber == null || id == null || !SOURCES.contains(sumber)) {
            return Optional.empty();
        }
        Where where = new Where();
        where.add("sumber = ?", sumber);
        where.add("CAST(id AS VARCHAR) = ?", id);
        region(checkedScope(scope), where);
        LakeReader.Snapshot snapshot = reader.snapshot();
        return reader.query(snapshot, COLUMNS + where.sql() + NEWEST_FIRST + " LIMIT 1", where.params(),
                rs -> event(rs, snapshot)).stream().findFirst();
    }

    /**
     * Events of one month per 100,000 inhabitants for every province or kab/kota in the scope (zero where none), for the
     * map. The population is the lake's {@code referensi/penduduk.parquet}, else the shipped Dukcapil figures.
     */
    public List<RegionRate> rates(AggregateQuery.Level level, YearMonth bulan, String kategori, String scope) {
        String s = checkedScope(scope);
        if (kategori != null && !CATEGORIES.contains(kategori)) {
            throw new InvalidInputException(FieldProblem.of("kategori", "events.kategori.unknown", kategori,
                    String.join(", ", CATEGORIES)));
        }
        String column = level == AggregateQuery.Level.PROVINSI ? "kode_provinsi" : "kode_kabkota";
        Where where = new Where();
        where.add("bulan = ?", bulan.toString());
        where.add(column + " IS NOT NULL");
        if (kategori != null) {
            where.add("kategori = ?", kategori);
        }
        region(s, where);
        Map<String, Long> counts = new HashMap<>();
        reader.query(reader.snapshot(), "SELECT " + column + ", count(*) FROM ${events}" + where.sql() + " GROUP BY 1",
                where.params(), rs -> counts.put(rs.getString(1), rs.getLong(2)));
        Map<String, Long> population = reader.population();
        ReferenceRegions regions = ReferenceRegions.shipped();
        TreeMap<String, RegionRate> out = new TreeMap<>();
        for (String kode : regions.codes()) {
            boolean levelMatches = level == AggregateQuery.Level.PROVINSI ? kode.length() == 2 : kode.length() == 5;
            if (levelMatches && (AccessPolicy.within(kode, s) || AccessPolicy.within(s, kode))) {
                Region r = regions.find(kode).orElseThrow();
                out.put(kode, rate(kode, r.nama(), counts.getOrDefault(kode, 0L),
                        population.getOrDefault(kode, r.population())));
            }
        }
        counts.forEach((kode, n) -> out.computeIfAbsent(kode, k -> rate(k, k, n, population.get(k))));
        return List.copyOf(out.values());
    }

    /** Events per category and period (month or ISO week) in a region of the scope (the whole scope when null). */
    public List<CategoryTrend> trend(String wilayah, AggregateQuery.Period periode, String scope) {
        String column = switch (periode) {
            case WEEK -> "minggu";
            case MONTH -> "bulan";
            case YEAR -> "tahun";
        };
        Where where = new Where();
        where.add(column + " IS NOT NULL");
        region(effectiveRegion(wilayah, scope), where);
        return reader.query(reader.snapshot(), "SELECT CAST(" + column + " AS VARCHAR), kategori, count(*) FROM ${events}"
                + where.sql() + " GROUP BY 1, 2 ORDER BY 1, 2 NULLS LAST", where.params(),
                rs -> new CategoryTrend(rs.getString(1), rs.getString(2), rs.getLong(3)));
    }

    /** Events per source matching the filter (paging ignored), most first. */
    public List<SourceCount> bySource(EventFilter filter, String scope) {
        Where where = where(filter, scope);
        return reader.query(reader.snapshot(), "SELECT sumber, count(*) FROM ${events}" + where.sql()
                + " GROUP BY 1 ORDER BY 2 DESC, 1", where.params(), rs -> new SourceCount(rs.getString(1), rs.getLong(2)));
    }

    /**
     * Events an analyst should label first: those the lexicon classified or the model scored low, lowest score first,
     * then the rest, newest first.
     */
    public List<EventView> forLabelling(int limit, String scope) {
        Where where = new Where();
        region(checkedScope(scope), where);
        List<Object> params = new ArrayList<>(where.params());
        params.add(LOW_SCORE);
        params.add(Math.max(1, Math.min(limit, EventFilter.MAX_LIMIT)));
        LakeReader.Snapshot snapshot = reader.snapshot();
        return reader.query(snapshot, COLUMNS + where.sql() + " ORDER BY CASE WHEN kategori_asal = 'leksikon' "
                + "OR kategori_skor IS NULL OR kategori_skor < ? THEN 0 ELSE 1 END, kategori_skor NULLS FIRST, "
                + "tanggal DESC NULLS LAST, sumber, id LIMIT ?", params, rs -> event(rs, snapshot));
    }

    /** How many events the scope has in the lake, which months exist, and when the newest file arrived. */
    public LakeStatus status(String scope) {
        Where where = new Where();
        region(checkedScope(scope), where);
        LakeReader.Snapshot snapshot = reader.snapshot();
        if (snapshot.isEmpty()) {
            return LakeStatus.EMPTY;
        }
        long n = reader.query(snapshot, "SELECT count(*) FROM ${events}" + where.sql(), where.params(),
                rs -> rs.getLong(1)).get(0);
        return new LakeStatus(n, snapshot.months(), snapshot.files().size(), snapshot.newest());
    }

    /** The months that have event files, oldest first. */
    public List<String> months() {
        return reader.snapshot().months();
    }

    /**
     * The region a query is limited to: the filter when it lies in the scope, the scope when the filter contains it.
     * A filter disjoint from the scope is refused.
     */
    public static String effectiveRegion(String wilayah, String scope) {
        String s = checkedScope(scope);
        if (wilayah == null || wilayah.isBlank()) {
            return s;
        }
        String w = wilayah.trim();
        if (!EventFilter.knownRegion(w)) {
            throw new InvalidInputException(FieldProblem.of("wilayah", "events.wilayah.unknown", w));
        }
        if (AccessPolicy.within(w, s)) {
            return w;
        }
        if (AccessPolicy.within(s, w)) {
            return s;
        }
        throw new AccessDeniedException("region " + w + " is outside the scope " + s);
    }

    private static String checkedScope(String scope) {
        if (scope == null || !RegionCode.isValid(scope)) {
            throw new AccessDeniedException("no valid region scope");
        }
        return scope;
    }

    private static Where where(EventFilter f, String scope) {
        Where where = new Where();
        region(effectiveRegion(f.wilayah(), scope), where);
        if (f.kategori() != null) {
            where.add("kategori = ?", f.kategori());
        }
        if (f.sumber() != null) {
            where.add("sumber = ?", f.sumber());
        }
        // The month condition lets DuckDB skip whole partitions; the date condition is the exact one.
        if (f.dari() != null) {
            where.add("bulan >= ?", YearMonth.from(f.dari()).toString());
            where.add("tanggal >= ?", f.dari().toString());
        }
        if (f.sampai() != null) {
            where.add("bulan <= ?", YearMonth.from(f.sampai()).toString());
            where.add("tanggal <= ?", f.sampai().toString());
        }
        if (f.q() != null) {
            // A plain substring test: no wildcard in the text means anything, and it is several times faster than ILIKE.
            String text = f.q().toLowerCase(java.util.Locale.ROOT);
            where.add("(contains(lower(judul), ?) OR contains(lower(teks), ?))", text, text);
        }
        return where;
    }

    /** Limits to a region: provinces and kab/kota by their own columns, deeper codes by the event's code prefix. */
    private static void region(String kode, Where where) {
        if ("00".equals(kode)) {
            return;
        }
        if (kode.length() == 2) {
            where.add("kode_provinsi = ?", kode);
        } else if (kode.length() == 5) {
            where.add("kode_kabkota = ?", kode);
        } else {
            where.add("(kode_wilayah = ? OR starts_with(kode_wilayah, ?))", kode, kode + ".");
        }
    }

    private static RegionRate rate(String kode, String nama, long jumlah, Long penduduk) {
        BigDecimal per100rb = penduduk == null || penduduk <= 0 ? null
                : BigDecimal.valueOf(jumlah).multiply(BigDecimal.valueOf(100_000))
                        .divide(BigDecimal.valueOf(penduduk), 4, RoundingMode.HALF_UP);
        return new RegionRate(kode, nama, jumlah, penduduk, per100rb);
    }

    private static EventView event(ResultSet rs, LakeReader.Snapshot snapshot) throws SQLException {
        return new EventView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), dbl(rs, 8), dbl(rs, 9), rs.getString(10), rs.getString(11),
                rs.getString(12), rs.getString(13), rs.getString(14), dbl(rs, 15), rs.getString(16),
                snapshot.modified(rs.getString(17)));
    }

    private static Double dbl(ResultSet rs, int column) throws SQLException {
        Object v = rs.getObject(column);
        return v instanceof Number n ? n.doubleValue() : null;
    }

    @Override
    public void close() {
        reader.close();
    }

    /** The WHERE clause of a query and its parameters, in order. */
    private static final class Where {
        private final StringBuilder sql = new StringBuilder();
        private final List<Object> params = new ArrayList<>();

        void add(String condition, Object... values) {
            sql.append(sql.isEmpty() ? " WHERE " : " AND ").append(condition);
            params.addAll(List.of(values));
        }

        String sql() {
            return sql.toString();
        }

        List<Object> params() {
            return params;
        }
    }
}
