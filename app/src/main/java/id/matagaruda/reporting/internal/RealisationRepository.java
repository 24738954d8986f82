package id.matagaruda.reporting.internal;

import id.matagaruda.reporting.Evidence;
import id.matagaruda.reporting.Realisation;
import id.matagaruda.reporting.RealisationStatus;
import id.matagaruda.reporting.Transition;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Realisations, their transitions and evidence rows (tables realization, realization_transition, evidence). */
@Repository
public class RealisationRepository {

    private static final String COLUMNS = """
            id, indicator_kode, kode_wilayah, periode, nilai, catatan, status, version, konfirmasi_pencilan, created_by,
            submitted_by, submitted_at, decided_by, decided_at, updated_at""";

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batch;

    RealisationRepository(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** A new value of a batch. */
    public record NewValue(String indicator, String region, String period, BigDecimal value, String note) {}

    /** A change of a batch, at the version it was read. */
    public record ChangedValue(long id, int version, BigDecimal value, String note, String outlierConfirmation) {}

    /** Inserts drafts in batches and returns their ids, aligned with {@code values}. */
    public List<Long> insertAll(List<NewValue> values, String who) {
        OffsetDateTime now = now();
        List<Object[]> args = new ArrayList<>(values.size());
        for (NewValue v : values) {
            args.add(new Object[] {v.indicator(), v.region(), v.period(), v.value(), v.note(), who, now, who, now});
        }
        batch.batchUpdate("""
                insert into realization (indicator_kode, kode_wilayah, periode, nilai, catatan, status, version,
                                         created_by, created_at, updated_by, updated_at)
                values (?, ?, ?, ?, ?, 'draft', 1, ?, ?, ?, ?)""", args);
        Map<String, Long> ids = new HashMap<>();
        values.stream().map(NewValue::period).distinct().forEach(p -> jdbc.sql(
                        "select id, indicator_kode, kode_wilayah from realization where periode = :p")
                .param("p", p)
                .query(rs -> {
                    ids.put(rs.getString(2) + "|" + rs.getString(3) + "|" + p, rs.getLong(1));
                }));
        List<Long> out = values.stream().map(v -> ids.get(v.indicator() + "|" + v.region() + "|" + v.period())).toList();
        List<Object[]> transitions = new ArrayList<>(out.size());
        for (Long id : out) {
            transitions.add(new Object[] {id, RealisationStatus.DRAFT.code(), who, now});
        }
        batch.batchUpdate("insert into realization_transition (realization_id, dari, ke, alasan, oleh, pada) "
                + "values (?, null, ?, null, ?, ?)", transitions);
        return out;
    }

    /** Applies changes in batches; the ids of those another writer changed first (nothing of them was written). */
    public List<Long> updateAll(List<ChangedValue> changes, String who) {
        OffsetDateTime now = now();
        List<Object[]> args = new ArrayList<>(changes.size());
        for (ChangedValue c : changes) {
            args.add(new Object[] {c.value(), c.note(), c.outlierConfirmation(), who, now, c.id(), c.version()});
        }
        int[][] counts = batch.batchUpdate("""
                update realization set nilai = ?, catatan = ?, konfirmasi_pencilan = ?, status = 'draft',
                       version = version + 1, updated_by = ?, updated_at = ?
                where id = ? and version = ? and status in ('draft', 'dikembalikan')""", args, 1000,
                (ps, a) -> {
                    for (int i = 0; i < a.length; i++) {
                        ps.setObject(i + 1, a[i]);
                    }
                });
        List<Long> stale = new ArrayList<>();
        int i = 0;
        for (int[] chunk : counts) {
            for (int n : chunk) {
                if (n == 0) {
                    stale.add(changes.get(i).id());
                }
                i++;
            }
        }
        return stale;
    }

    public long insert(String indicator, String region, String period, BigDecimal value, String note, String outlier,
            String who) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        OffsetDateTime now = now();
        jdbc.sql("""
                insert into realization (indicator_kode, kode_wilayah, periode, nilai, catatan, status, konfirmasi_pencilan,
                                         version, created_by, created_at, updated_by, updated_at)
                values (:i, :w, :p, :v, :n, 'draft', :o, 1, :who, :now, :who, :now)""")
                .param("i", indicator).param("w", region).param("p", period).param("v", value).param("n", note)
                .param("o", outlier).param("who", who).param("now", now)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        transition(id, null, RealisationStatus.DRAFT, null, who);
        return id;
    }

    /** Changes value, note and status when still at {@code version}; false when someone else was first. */
    public boolean update(long id, int version, BigDecimal value, String note, String outlier, RealisationStatus status,
            String who) {
        return jdbc.sql("""
                update realization set nilai = :v, catatan = :n, konfirmasi_pencilan = :o, status = :s,
                       version = version + 1, updated_by = :who, updated_at = :now
                where id = :id and version = :version""")
                .param("v", value).param("n", note).param("o", outlier).param("s", status.code()).param("who", who)
                .param("now", now()).param("id", id).param("version", version)
                .update() == 1;
    }

    /** Moves the status when still at {@code version}; stamps who submitted or decided. */
    public boolean move(long id, int version, RealisationStatus from, RealisationStatus to, String reason, String who) {
        String stamp = switch (to) {
            case DIAJUKAN -> ", submitted_by = :who, submitted_at = :now";
            case DISETUJUI, DIKEMBALIKAN -> ", decided_by = :who, decided_at = :now";
            case DRAFT -> "";
        };
        int rows = jdbc.sql("update realization set status = :to, version = version + 1, updated_by = :who, "
                        + "updated_at = :now" + stamp + " where id = :id and version = :version and status = :from")
                .param("to", to.code()).param("who", who).param("now", now()).param("id", id).param("version", version)
                .param("from", from.code())
                .update();
        if (rows == 1) {
            transition(id, from, to, reason, who);
        }
        return rows == 1;
    }

    /**
     * Records a step that changes no status (a take-over) when the value is still at {@code version} and in
     * {@code status}; the version moves on so a decision based on the earlier state is refused as stale.
     */
    public boolean note(long id, int version, RealisationStatus status, String action, String reason, String who) {
        int rows = jdbc.sql("update realization set version = version + 1, updated_by = :who, updated_at = :now "
                        + "where id = :id and version = :version and status = :s")
                .param("who", who).param("now", now()).param("id", id).param("version", version)
                .param("s", status.code()).update();
        if (rows == 1) {
            jdbc.sql("insert into realization_transition (realization_id, dari, ke, alasan, oleh, pada, aksi) "
                            + "values (:id, :s, :s, :a, :o, :p, :aksi)")
                    .param("id", id).param("s", status.code()).param("a", reason).param("o", who).param("p", now())
                    .param("aksi", action).update();
        }
        return rows == 1;
    }

    public void touch(long id, String who) {
        jdbc.sql("update realization set version = version + 1, updated_by = :who, updated_at = :now where id = :id")
                .param("who", who).param("now", now()).param("id", id).update();
    }

    public long addEvidence(long realisationId, String sha256, String name, String contentType, String jenis, Long size,
            String link, String who) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into evidence (realization_id, sha256, nama_berkas, content_type, jenis, ukuran, tautan, uploaded_by, uploaded_at)
                values (:r, :sha, :name, :ct, :jenis, :size, :link, :who, :now)""")
                .param("r", realisationId).param("sha", sha256).param("name", name).param("ct", contentType)
                .param("jenis", jenis).param("size", size).param("link", link).param("who", who).param("now", now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<Realisation> find(long id) {
        return query("where id = :id", Map.of("id", id)).stream().findFirst();
    }

    public Optional<Realisation> find(String indicator, String region, String period) {
        return query("where indicator_kode = :i and kode_wilayah = :w and periode = :p",
                Map.of("i", indicator, "w", region, "p", period)).stream().findFirst();
    }

    /** All realisations matching the filters (null = any), without history; evidence included. */
    public List<Realisation> search(String period, String status, String indicator) {
        return search(period, status, indicator, null);
    }

    /** As above, and only the periods of {@code year} when it is given (2025, 2025-S1, 2025-Q3, ...). */
    public List<Realisation> search(String period, String status, String indicator, Integer year) {
        StringBuilder where = new StringBuilder("where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (year != null) {
            where.append(" and periode like :y");
            params.put("y", year + "%");
        }
        if (period != null) {
            where.append(" and periode = :p");
            params.put("p", period);
        }
        if (status != null) {
            where.append(" and status = :s");
            params.put("s", status);
        }
        if (indicator != null) {
            where.append(" and indicator_kode = :i");
            params.put("i", indicator);
        }
        return query(where.toString(), params);
    }

    /** Values of one indicator in every region and period, for the outlier check. */
    public List<Realisation> ofIndicator(String indicator) {
        return search(null, null, indicator);
    }

    /** Explicit semester/quarter targets, by "indicator|period". */
    public Map<String, BigDecimal> periodTargets() {
        Map<String, BigDecimal> out = new HashMap<>();
        jdbc.sql("select indicator_kode, periode, nilai from period_target").query(rs -> {
            out.put(rs.getString(1) + "|" + rs.getString(2), id.matagaruda.reporting.Achievement.plain(rs.getBigDecimal(3)));
        });
        return out;
    }

    /** Sets a period target; returns the version written. */
    public int putPeriodTarget(String indicator, String period, BigDecimal value, String who) {
        OffsetDateTime now = now();
        int rows = jdbc.sql("update period_target set nilai = :v, version = version + 1, updated_by = :who, updated_at = :now "
                        + "where indicator_kode = :i and periode = :p")
                .param("v", value).param("who", who).param("now", now).param("i", indicator).param("p", period).update();
        if (rows == 0) {
            jdbc.sql("insert into period_target (indicator_kode, periode, nilai, version, updated_by, updated_at) "
                            + "values (:i, :p, :v, 1, :who, :now)")
                    .param("i", indicator).param("p", period).param("v", value).param("who", who).param("now", now).update();
        }
        return jdbc.sql("select version from period_target where indicator_kode = :i and periode = :p")
                .param("i", indicator).param("p", period).query(Integer.class).single();
    }

    public Map<String, LocalDate> dueDates() {
        Map<String, LocalDate> out = new HashMap<>();
        jdbc.sql("select periode, batas from reporting_period").query(rs -> {
            out.put(rs.getString(1), rs.getObject(2, LocalDate.class));
        });
        return out;
    }

    private List<Realisation> query(String where, Map<String, ?> params) {
        var spec = jdbc.sql("select " + COLUMNS + " from realization " + where + " order by kode_wilayah, indicator_kode, periode");
        for (Map.Entry<String, ?> e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        List<Realisation> base = spec.query(RealisationRepository::map).list();
        if (base.isEmpty()) {
            return base;
        }
        Map<Long, List<Evidence>> evidence = new HashMap<>();
        Map<Long, List<Transition>> history = new HashMap<>();
        boolean single = base.size() == 1;
        // Only the evidence of the realisations selected, not of every realisation ever reported.
        var evidenceQuery = jdbc.sql("select realization_id, id, sha256, nama_berkas, content_type, jenis, ukuran, tautan, "
                + "uploaded_by, uploaded_at from evidence where realization_id in (select id from realization " + where
                + ") order by id");
        for (Map.Entry<String, ?> e : params.entrySet()) {
            evidenceQuery = evidenceQuery.param(e.getKey(), e.getValue());
        }
        evidenceQuery.query(rs -> {
            evidence.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Evidence(rs.getLong(2),
                    rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                    (Long) rs.getObject(7, Long.class), rs.getString(8), rs.getString(9),
                    rs.getObject(10, OffsetDateTime.class)));
        });
        if (single) {
            jdbc.sql("select dari, ke, alasan, oleh, pada, aksi from realization_transition where realization_id = :id "
                            + "order by id")
                    .param("id", base.get(0).id())
                    .query(rs -> {
                        history.computeIfAbsent(base.get(0).id(), k -> new ArrayList<>()).add(new Transition(
                                RealisationStatus.fromCode(rs.getString(1)).orElse(null),
                                RealisationStatus.fromCode(rs.getString(2)).orElseThrow(), rs.getString(3),
                                rs.getString(4), rs.getObject(5, OffsetDateTime.class), rs.getString(6)));
                    });
        }
        return base.stream().map(r -> new Realisation(r.id(), r.indicator(), r.region(), r.period(), r.value(), r.note(),
                r.status(), r.version(), r.outlierConfirmation(), r.createdBy(), r.submittedBy(), r.submittedAt(),
                r.decidedBy(), r.decidedAt(), r.updatedAt(), evidence.getOrDefault(r.id(), List.of()),
                history.getOrDefault(r.id(), List.of()))).toList();
    }

    private void transition(long id, RealisationStatus from, RealisationStatus to, String reason, String who) {
        jdbc.sql("insert into realization_transition (realization_id, dari, ke, alasan, oleh, pada) values (:id, :d, :k, :a, :o, :p)")
                .param("id", id).param("d", from == null ? null : from.code()).param("k", to.code()).param("a", reason)
                .param("o", who).param("p", now()).update();
    }

    private static Realisation map(ResultSet rs, int n) throws SQLException {
        BigDecimal v = rs.getBigDecimal(5);
        if (v != null) {
            v = v.stripTrailingZeros();
            v = v.scale() < 0 ? v.setScale(0) : v;
        }
        return new Realisation(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), v, rs.getString(6),
                RealisationStatus.fromCode(rs.getString(7)).orElseThrow(), rs.getInt(8), rs.getString(9),
                rs.getString(10), rs.getString(11), rs.getObject(12, OffsetDateTime.class), rs.getString(13),
                rs.getObject(14, OffsetDateTime.class), rs.getObject(15, OffsetDateTime.class), List.of(), List.of());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
