package id.matagaruda.forecast.internal;

import id.matagaruda.forecast.Alert;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The alerts (table risk_alert); evidence is kept as a small JSON array. */
@Repository
public class AlertRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = "id, kode_wilayah, kategori, jenis_periode, periode, jumlah, harapan, p_value, "
            + "keparahan, bukti, status, catatan, version, dibuat_at, diubah_oleh, diubah_at, metodologi";

    private final JdbcClient jdbc;

    AlertRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Alert> all() {
        return jdbc.sql("select " + COLUMNS + " from risk_alert order by dibuat_at desc, id desc")
                .query(AlertRepository::alert).list();
    }

    public Optional<Alert> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from risk_alert where id = :id").param("id", id)
                .query(AlertRepository::alert).optional();
    }

    /** An alert without a methodology reference (fixtures, alerts entered by hand). */
    public Optional<Long> insertIfNew(String kode, String kategori, String jenis, String periode, int jumlah,
            double harapan, double p, String keparahan, List<Alert.Evidence> bukti) {
        return insertIfNew(kode, kategori, jenis, periode, jumlah, harapan, p, keparahan, bukti, null);
    }

    /**
     * Inserts the alert unless the same region, category and period already has one; returns the new id or empty.
     * {@code metodologi} is the methodology that found it ("spike-test v1").
     */
    public Optional<Long> insertIfNew(String kode, String kategori, String jenis, String periode, int jumlah,
            double harapan, double p, String keparahan, List<Alert.Evidence> bukti, String metodologi) {
        Integer existing = jdbc.sql("select count(*) from risk_alert where kode_wilayah = :k and kategori = :c "
                        + "and jenis_periode = :j and periode = :p")
                .param("k", kode).param("c", kategori).param("j", jenis).param("p", periode).query(Integer.class).single();
        if (existing > 0) {
            return Optional.empty();
        }
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into risk_alert (kode_wilayah, kategori, jenis_periode, periode, jumlah, harapan, p_value,
                                        keparahan, bukti, status, version, dibuat_at, metodologi)
                values (:k, :c, :j, :p, :n, :e, :pv, :s, :b, 'baru', 0, :now, :m)""")
                .param("k", kode).param("c", kategori).param("j", jenis).param("p", periode).param("n", jumlah)
                .param("e", BigDecimal.valueOf(harapan).setScale(4, java.math.RoundingMode.HALF_UP)).param("pv", p)
                .param("s", keparahan).param("b", JSON.writeValueAsString(bukti)).param("m", metodologi)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC)).update(keys, "id");
        return Optional.of(keys.getKey().longValue());
    }

    /** Moves the status when still at {@code version}; false when someone else changed it first. */
    public boolean move(long id, int version, String status, String note, String who) {
        return jdbc.sql("update risk_alert set status = :s, catatan = coalesce(:note, catatan), version = version + 1, "
                        + "diubah_oleh = :who, diubah_at = :now where id = :id and version = :v")
                .param("s", status).param("note", note).param("who", who)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC)).param("id", id).param("v", version).update() == 1;
    }

    private static Alert alert(ResultSet rs, int n) throws SQLException {
        String b = rs.getString(10);
        List<Alert.Evidence> bukti = b == null ? List.of()
                : new ArrayList<>(JSON.readValue(b, new TypeReference<List<Alert.Evidence>>() {}));
        return new Alert(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getInt(6), rs.getBigDecimal(7).doubleValue(), rs.getDouble(8), rs.getString(9), bukti,
                rs.getString(11), rs.getString(12), rs.getInt(13), rs.getObject(14, OffsetDateTime.class),
                rs.getString(15), rs.getObject(16, OffsetDateTime.class), rs.getString(17));
    }
}
