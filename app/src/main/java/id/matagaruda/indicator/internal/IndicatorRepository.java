package id.matagaruda.indicator.internal;

import id.matagaruda.indicator.CatalogueRow;
import id.matagaruda.indicator.Frekuensi;
import id.matagaruda.indicator.Polaritas;
import id.matagaruda.indicator.Tingkat;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Plans, indicators with their yearly targets, and link decisions (tables indicator_*). */
@Repository
public class IndicatorRepository {

    private final JdbcClient jdbc;

    IndicatorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Plan(long id, String kodeWilayah, String nama, String jenis, int periodeMulai, int periodeSelesai,
            String status, int version) {}

    public record Stored(long id, int version, CatalogueRow row) {}

    public List<Stored> all() {
        return select("", Map.of());
    }

    /** One indicator by code, without reading the whole catalogue (reporting asks for one per saved value). */
    public Optional<Stored> find(String kode) {
        return select("where kode = :kode", Map.of("kode", kode)).stream().findFirst();
    }

    private List<Stored> select(String where, Map<String, Object> params) {
        Map<Long, TreeMap<Integer, BigDecimal>> targets = new HashMap<>();
        var targetQuery = jdbc.sql("select t.indicator_id, t.tahun, t.nilai from indicator_target t"
                + (where.isEmpty() ? "" : " join indicator on indicator.id = t.indicator_id " + where));
        for (Map.Entry<String, Object> e : params.entrySet()) {
            targetQuery = targetQuery.param(e.getKey(), e.getValue());
        }
        targetQuery.query(rs -> {
            targets.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getInt(2), rs.getBigDecimal(3));
        });
        var query = jdbc.sql("""
                select id, version, kode, nama, tingkat, kode_wilayah, satuan, polaritas, frekuensi, baseline, kode_induk,
                       wajib_daerah, definisi, data_dukung, kumulatif, formula, sumber_data, penanggung_jawab,
                       tahun_baseline, nilai_min, nilai_maks, desimal
                from indicator""" + " " + where + " order by kode");
        for (Map.Entry<String, Object> e : params.entrySet()) {
            query = query.param(e.getKey(), e.getValue());
        }
        return query
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    TreeMap<Integer, BigDecimal> t = new TreeMap<>();
                    for (int y = CatalogueRow.FIRST_YEAR; y <= CatalogueRow.LAST_YEAR; y++) {
                        t.put(y, null);
                    }
                    targets.getOrDefault(id, new TreeMap<>()).forEach((y, v) -> t.put(y, strip(v)));
                    String evidence = rs.getString(14);
                    return new Stored(id, rs.getInt(2), new CatalogueRow(0, rs.getString(3), rs.getString(4),
                            Tingkat.fromCode(rs.getString(5)).orElseThrow(), rs.getString(6), rs.getString(7),
                            Polaritas.fromCode(rs.getString(8)).orElseThrow(), Frekuensi.fromCode(rs.getString(9)).orElseThrow(),
                            strip(rs.getBigDecimal(10)), t, rs.getString(11), rs.getBoolean(12), rs.getString(13),
                            evidence == null ? List.of() : Arrays.stream(evidence.split(";")).map(String::trim)
                                    .filter(s -> !s.isEmpty()).toList(), rs.getBoolean(15),
                            new CatalogueRow.Details(rs.getString(16), rs.getString(17), rs.getString(18),
                                    (Integer) rs.getObject(19, Integer.class), strip(rs.getBigDecimal(20)),
                                    strip(rs.getBigDecimal(21)), (Integer) rs.getObject(22, Integer.class))));
                })
                .list();
    }

    public Optional<Plan> plan(String kodeWilayah, int year) {
        return jdbc.sql("""
                select id, kode_wilayah, nama, jenis, periode_mulai, periode_selesai, status, version from indicator_plan
                where kode_wilayah = :w and periode_mulai <= :y and periode_selesai >= :y order by periode_mulai""")
                .param("w", kodeWilayah).param("y", year)
                .query((rs, n) -> new Plan(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getInt(6), rs.getString(7), rs.getInt(8)))
                .optional();
    }

    public List<Plan> plans() {
        return jdbc.sql("select id, kode_wilayah, nama, jenis, periode_mulai, periode_selesai, status, version "
                        + "from indicator_plan order by kode_wilayah, periode_mulai")
                .query((rs, n) -> new Plan(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getInt(6), rs.getString(7), rs.getInt(8)))
                .list();
    }

    public long createPlan(String kodeWilayah, String nama, String jenis, int from, int to, String who) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into indicator_plan (kode_wilayah, nama, jenis, periode_mulai, periode_selesai, status, version, updated_at, updated_by)
                values (:w, :nama, :jenis, :from, :to, 'draft', 1, :now, :who)""")
                .param("w", kodeWilayah).param("nama", nama).param("jenis", jenis).param("from", from).param("to", to)
                .param("now", now()).param("who", who)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public int setPlanStatus(long planId, String status, int version, String who) {
        return jdbc.sql("update indicator_plan set status = :s, version = version + 1, updated_at = :now, updated_by = :who "
                        + "where id = :id and version = :v")
                .param("s", status).param("now", now()).param("who", who).param("id", planId).param("v", version).update();
    }

    public long insert(long planId, CatalogueRow r, String who) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into indicator (kode, plan_id, nama, definisi, tingkat, kode_wilayah, satuan, polaritas, frekuensi,
                                       baseline, kode_induk, wajib_daerah, data_dukung, kumulatif, formula, sumber_data,
                                       penanggung_jawab, tahun_baseline, nilai_min, nilai_maks, desimal, version,
                                       updated_at, updated_by)
                values (:kode, :plan, :nama, :definisi, :tingkat, :wilayah, :satuan, :polaritas, :frekuensi, :baseline,
                        :induk, :wajib, :dukung, :kumulatif, :formula, :sumber, :pj, :tahun, :nmin, :nmaks, :desimal, 1,
                        :now, :who)""")
                .param("kode", r.kode()).param("plan", planId).param("nama", r.nama()).param("definisi", r.definisi())
                .param("tingkat", r.tingkat().code()).param("wilayah", r.kodeWilayah()).param("satuan", r.satuan())
                .param("polaritas", r.polaritas().code()).param("frekuensi", r.frekuensi().code())
                .param("baseline", r.baseline()).param("induk", r.kodeInduk()).param("wajib", r.wajibDaerah())
                .param("dukung", String.join("; ", r.dataDukung())).param("kumulatif", r.kumulatif())
                .param("formula", r.details().formula()).param("sumber", r.details().sumberData())
                .param("pj", r.details().penanggungJawab()).param("tahun", r.details().tahunBaseline())
                .param("nmin", r.details().nilaiMin()).param("nmaks", r.details().nilaiMaks())
                .param("desimal", r.details().desimal())
                .param("now", now()).param("who", who)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        writeTargets(id, r);
        return id;
    }

    /** Replaces an indicator's fields and targets if it is still at {@code version}; false when someone else was first. */
    public boolean update(long id, int version, long planId, CatalogueRow r, String who) {
        int rows = jdbc.sql("""
                update indicator set plan_id = :plan, nama = :nama, definisi = :definisi, tingkat = :tingkat,
                       kode_wilayah = :wilayah, satuan = :satuan, polaritas = :polaritas, frekuensi = :frekuensi,
                       baseline = :baseline, kode_induk = :induk, wajib_daerah = :wajib, data_dukung = :dukung,
                       kumulatif = :kumulatif, formula = :formula, sumber_data = :sumber, penanggung_jawab = :pj,
                       tahun_baseline = :tahun, nilai_min = :nmin, nilai_maks = :nmaks, desimal = :desimal,
                       version = version + 1, updated_at = :now, updated_by = :who
                where id = :id and version = :version""")
                .param("plan", planId).param("nama", r.nama()).param("definisi", r.definisi())
                .param("tingkat", r.tingkat().code()).param("wilayah", r.kodeWilayah()).param("satuan", r.satuan())
                .param("polaritas", r.polaritas().code()).param("frekuensi", r.frekuensi().code())
                .param("baseline", r.baseline()).param("induk", r.kodeInduk()).param("wajib", r.wajibDaerah())
                .param("dukung", String.join("; ", r.dataDukung())).param("kumulatif", r.kumulatif())
                .param("formula", r.details().formula()).param("sumber", r.details().sumberData())
                .param("pj", r.details().penanggungJawab()).param("tahun", r.details().tahunBaseline())
                .param("nmin", r.details().nilaiMin()).param("nmaks", r.details().nilaiMaks())
                .param("desimal", r.details().desimal())
                .param("now", now()).param("who", who)
                .param("id", id).param("version", version)
                .update();
        if (rows == 1) {
            jdbc.sql("delete from indicator_target where indicator_id = :id").param("id", id).update();
            writeTargets(id, r);
        }
        return rows == 1;
    }

    public Map<String, String> decisions() {
        Map<String, String> out = new HashMap<>();
        jdbc.sql("select kode_daerah, kode_nasional, keputusan from indicator_link_decision")
                .query(rs -> {
                    out.put(rs.getString(1) + "|" + rs.getString(2), rs.getString(3));
                });
        return out;
    }

    public void decide(String kodeDaerah, String kodeNasional, String keputusan, String who) {
        int rows = jdbc.sql("update indicator_link_decision set keputusan = :k, decided_by = :who, decided_at = :now "
                        + "where kode_daerah = :d and kode_nasional = :n")
                .param("k", keputusan).param("who", who).param("now", now()).param("d", kodeDaerah).param("n", kodeNasional)
                .update();
        if (rows == 0) {
            jdbc.sql("""
                    insert into indicator_link_decision (kode_daerah, kode_nasional, keputusan, decided_by, decided_at)
                    values (:d, :n, :k, :who, :now)""")
                    .param("d", kodeDaerah).param("n", kodeNasional).param("k", keputusan).param("who", who)
                    .param("now", now()).update();
        }
    }

    public boolean empty() {
        return jdbc.sql("select count(*) from indicator").query(Long.class).single() == 0;
    }

    private void writeTargets(long id, CatalogueRow r) {
        List<Object[]> batch = new ArrayList<>();
        r.targets().forEach((year, value) -> batch.add(new Object[] {id, year, value}));
        for (Object[] b : batch) {
            jdbc.sql("insert into indicator_target (indicator_id, tahun, nilai) values (?, ?, ?)")
                    .params(b[0], b[1], b[2]).update();
        }
    }

    // numeric(20,4) comes back as 72.5000; the exchange format and the API show 72.5 (and 100, not 1E+2).
    private static BigDecimal strip(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
