package id.matagaruda.nlp.internal;

import id.matagaruda.nlp.EventLabel;
import id.matagaruda.nlp.ModelRecord;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Labels and models (tables nlp_label, nlp_model). The caller holds the transaction. */
@Repository
public class NlpRepository {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String LABEL = "id, event_id, teks, kategori, oleh, dibuat_at, diubah_at, version";
    private static final String MODEL = "id, nama, berkas, dibuat_at, dibuat_oleh, provenans, metrik, aktif, "
            + "diaktifkan_at, diaktifkan_oleh";

    private final JdbcClient jdbc;

    NlpRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<EventLabel> label(String eventId) {
        return jdbc.sql("select " + LABEL + " from nlp_label where event_id = :e").param("e", eventId)
                .query(NlpRepository::label).optional();
    }

    public List<EventLabel> labels(String kategori, int limit) {
        var spec = jdbc.sql("select " + LABEL + " from nlp_label" + (kategori == null ? "" : " where kategori = :k")
                + " order by diubah_at desc, id desc limit :n").param("n", limit);
        if (kategori != null) {
            spec = spec.param("k", kategori);
        }
        return spec.query(NlpRepository::label).list();
    }

    /** Every label's text and category, oldest first: the training data. */
    public List<String[]> trainingRows() {
        return jdbc.sql("select teks, kategori from nlp_label order by id")
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).list();
    }

    public Map<String, Integer> labelCounts() {
        Map<String, Integer> m = new LinkedHashMap<>();
        jdbc.sql("select kategori, count(*) from nlp_label group by kategori order by kategori")
                .query(rs -> {
                    m.put(rs.getString(1), rs.getInt(2));
                });
        return m;
    }

    public long insertLabel(String eventId, String teks, String kategori, String who) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        OffsetDateTime now = now();
        jdbc.sql("insert into nlp_label (event_id, teks, kategori, oleh, dibuat_at, diubah_at, version) "
                        + "values (:e, :t, :k, :o, :now, :now, 0)")
                .param("e", eventId).param("t", teks).param("k", kategori).param("o", who).param("now", now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Relabels if the stored version is still {@code version}; false when someone else changed it first. */
    public boolean updateLabel(String eventId, String teks, String kategori, String who, int version) {
        return jdbc.sql("update nlp_label set teks = :t, kategori = :k, oleh = :o, diubah_at = :now, "
                        + "version = version + 1 where event_id = :e and version = :v")
                .param("t", teks).param("k", kategori).param("o", who).param("now", now()).param("e", eventId)
                .param("v", version).update() == 1;
    }

    public long insertModel(String nama, String berkas, String who, Map<String, Object> provenance,
            Map<String, Object> metrics) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into nlp_model (nama, berkas, dibuat_at, dibuat_oleh, provenans, metrik, aktif) "
                        + "values (:n, :b, :now, :o, :p, :m, false)")
                .param("n", nama).param("b", berkas).param("now", now()).param("o", who)
                .param("p", JSON.writeValueAsString(provenance))
                .param("m", metrics == null ? null : JSON.writeValueAsString(metrics)).update(keys, "id");
        return keys.getKey().longValue();
    }

    public List<ModelRecord> models() {
        return jdbc.sql("select " + MODEL + " from nlp_model order by id desc").query(NlpRepository::model).list();
    }

    public Optional<ModelRecord> model(long id) {
        return jdbc.sql("select " + MODEL + " from nlp_model where id = :id").param("id", id)
                .query(NlpRepository::model).optional();
    }

    public Optional<ModelRecord> activeModel() {
        return jdbc.sql("select " + MODEL + " from nlp_model where aktif order by id desc limit 1")
                .query(NlpRepository::model).optional();
    }

    /** Makes {@code id} the only active model, or none when {@code id} is null. */
    public void activate(Long id, String who) {
        jdbc.sql("update nlp_model set aktif = false where aktif").update();
        if (id != null) {
            jdbc.sql("update nlp_model set aktif = true, diaktifkan_at = :now, diaktifkan_oleh = :o where id = :id")
                    .param("now", now()).param("o", who).param("id", id).update();
        }
    }

    private static EventLabel label(ResultSet rs, int i) throws SQLException {
        return new EventLabel(rs.getLong("id"), rs.getString("event_id"), rs.getString("teks"),
                rs.getString("kategori"), rs.getString("oleh"), rs.getObject("dibuat_at", OffsetDateTime.class),
                rs.getObject("diubah_at", OffsetDateTime.class), rs.getInt("version"));
    }

    @SuppressWarnings("unchecked")
    private static ModelRecord model(ResultSet rs, int i) throws SQLException {
        String metrics = rs.getString("metrik");
        return new ModelRecord(rs.getLong("id"), rs.getString("nama"), rs.getString("berkas"),
                rs.getObject("dibuat_at", OffsetDateTime.class), rs.getString("dibuat_oleh"),
                JSON.readValue(rs.getString("provenans"), Map.class),
                metrics == null ? null : JSON.readValue(metrics, Map.class), rs.getBoolean("aktif"),
                rs.getObject("diaktifkan_at", OffsetDateTime.class), rs.getString("diaktifkan_oleh"));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
