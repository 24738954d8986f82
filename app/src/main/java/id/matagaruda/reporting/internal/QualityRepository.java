package id.matagaruda.reporting.internal;

import id.matagaruda.reporting.QualityFinding;
import id.matagaruda.reporting.ValidationRule;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Validation rules, quality runs and their findings (tables validation_rule, quality_run, quality_finding), and the
 * bare realisation values the checks compare (only code, region, period and value: no evidence, no history).
 */
@Repository
public class QualityRepository {

    /** One stored realisation value as the quality checks see it. */
    public record Observation(String indicator, String region, String period, BigDecimal value) {}

    private static final String RULE_COLUMNS = """
            id, kode, deskripsi, sisi_kiri, kecuali, operator, nilai_kanan, nilai_kanan_atas, indikator_kanan, aktif,
            version, updated_by, updated_at""";

    private static final String FINDING_COLUMNS = """
            id, run_id, kode_wilayah, periode, indicator_kode, jenis, kode_aturan, versi_aturan, nilai, skor, acuan,
            detail, dibuat_at""";

    private final JdbcClient jdbc;

    QualityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ValidationRule> rules() {
        return jdbc.sql("select " + RULE_COLUMNS + " from validation_rule order by kode").query(QualityRepository::rule)
                .list();
    }

    /** Every value of one period, in every region: the peers an outlier is judged against and the rules' other side. */
    public List<Observation> observations(String period) {
        return jdbc.sql("select indicator_kode, kode_wilayah, periode, nilai from realization where periode = :p")
                .param("p", period).query(QualityRepository::observation).list();
    }

    /** Every value one indicator has had in one region: its own history. */
    public List<Observation> observations(String indicator, String region) {
        return jdbc.sql("select indicator_kode, kode_wilayah, periode, nilai from realization "
                        + "where indicator_kode = :i and kode_wilayah = :w")
                .param("i", indicator).param("w", region).query(QualityRepository::observation).list();
    }

    public List<Observation> allObservations() {
        return jdbc.sql("select indicator_kode, kode_wilayah, periode, nilai from realization "
                        + "order by kode_wilayah, indicator_kode, periode")
                .query(QualityRepository::observation).list();
    }

    public long startRun(String who, int realisations) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into quality_run (mulai_at, oleh, jumlah_realisasi, jumlah_temuan) values (:now, :who, :n, 0)")
                .param("now", now()).param("who", who).param("n", realisations).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Stores a run's findings and drops those of every earlier run; the caller holds the transaction. */
    public void finishRun(long run, List<QualityFinding> findings) {
        OffsetDateTime now = now();
        for (QualityFinding f : findings) {
            jdbc.sql("""
                    insert into quality_finding (run_id, kode_wilayah, periode, indicator_kode, jenis, kode_aturan,
                                                 versi_aturan, nilai, skor, acuan, detail, dibuat_at)
                    values (:run, :w, :p, :i, :jenis, :aturan, :versi, :nilai, :skor, :acuan, :detail, :now)""")
                    .param("run", run).param("w", f.region()).param("p", f.period()).param("i", f.indicator())
                    .param("jenis", f.jenis()).param("aturan", f.kodeAturan()).param("versi", f.versiAturan())
                    .param("nilai", f.nilai()).param("skor", f.skor()).param("acuan", f.acuan())
                    .param("detail", f.detail()).param("now", now)
                    .update();
        }
        jdbc.sql("delete from quality_finding where run_id < :run").param("run", run).update();
        jdbc.sql("update quality_run set selesai_at = :now, jumlah_temuan = :n where id = :run")
                .param("now", now).param("n", findings.size()).param("run", run).update();
    }

    public Optional<Long> latestRun() {
        return jdbc.sql("select id from quality_run where selesai_at is not null order by id desc limit 1")
                .query(Long.class).optional();
    }

    public List<QualityFinding> findings(long run) {
        return jdbc.sql("select " + FINDING_COLUMNS + " from quality_finding where run_id = :run "
                        + "order by kode_wilayah, periode, indicator_kode, id")
                .param("run", run).query(QualityRepository::finding).list();
    }

    private static Observation observation(ResultSet rs, int n) throws SQLException {
        return new Observation(rs.getString(1), rs.getString(2), rs.getString(3), plain(rs.getBigDecimal(4)));
    }

    private static ValidationRule rule(ResultSet rs, int n) throws SQLException {
        return new ValidationRule(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), plain(rs.getBigDecimal(7)), plain(rs.getBigDecimal(8)), rs.getString(9),
                rs.getBoolean(10), rs.getInt(11), rs.getString(12), rs.getObject(13, OffsetDateTime.class));
    }

    private static QualityFinding finding(ResultSet rs, int n) throws SQLException {
        return new QualityFinding(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), (Integer) rs.getObject(8, Integer.class), plain(rs.getBigDecimal(9)),
                plain(rs.getBigDecimal(10)), rs.getString(11), rs.getString(12), rs.getObject(13, OffsetDateTime.class));
    }

    // Numeric columns come back at their column scale (80.0000); values are compared and shown as entered.
    private static BigDecimal plain(BigDecimal v) {
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
