package id.matagaruda.participation.internal;

import id.matagaruda.participation.TurnoutDataset;
import id.matagaruda.participation.TurnoutRecord;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Tables participation_dataset and participation_row. */
@Repository
public class DatasetRepository {

    private final JdbcClient jdbc;

    DatasetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<TurnoutDataset> all() {
        return jdbc.sql("select id, nama, nama_berkas, sha256, jumlah_baris, diimpor_oleh, diimpor_at from "
                + "participation_dataset order by id").query(DatasetRepository::dataset).list();
    }

    public Optional<TurnoutDataset> find(long id) {
        return jdbc.sql("select id, nama, nama_berkas, sha256, jumlah_baris, diimpor_oleh, diimpor_at from "
                + "participation_dataset where id = :id").param("id", id).query(DatasetRepository::dataset).optional();
    }

    /** Inserts the dataset and its rows; the caller holds the transaction. */
    public TurnoutDataset insert(String nama, String namaBerkas, String sha256, String who, List<TurnoutRecord> rows) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into participation_dataset (nama, nama_berkas, sha256, jumlah_baris, diimpor_oleh, diimpor_at, "
                        + "version) values (:nama, :berkas, :sha, :n, :who, :now, 0)")
                .param("nama", nama).param("berkas", namaBerkas).param("sha", sha256).param("n", rows.size())
                .param("who", who).param("now", now).update(keys, "id");
        long id = keys.getKey().longValue();
        for (TurnoutRecord r : rows) {
            jdbc.sql("""
                    insert into participation_row (dataset_id, baris, kode_wilayah, pemilihan, dpt, pengguna_hak_pilih,
                        dptb, tps, suara_sah, suara_tidak_sah, jenis, tahun, indeks)
                    values (:d, :baris, :kode, :pemilihan, :dpt, :pengguna, :dptb, :tps, :sah, :tidakSah, :jenis, :tahun,
                        :indeks)""")
                    .param("d", id).param("baris", r.line()).param("kode", r.kodeWilayah())
                    .param("pemilihan", r.pemilihan()).param("dpt", r.dpt()).param("pengguna", r.penggunaHakPilih())
                    .param("dptb", r.dptb()).param("tps", r.tps()).param("sah", r.suaraSah())
                    .param("tidakSah", r.suaraTidakSah()).param("jenis", r.jenis()).param("tahun", r.tahun())
                    .param("indeks", r.indeks().isEmpty() ? null : r.indeks().entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";")))
                    .update();
        }
        return new TurnoutDataset(id, nama, namaBerkas, sha256, rows.size(), who, now, false);
    }

    public List<TurnoutRecord> rows(long datasetId) {
        return jdbc.sql("""
                select baris, kode_wilayah, pemilihan, dpt, pengguna_hak_pilih, dptb, tps, suara_sah, suara_tidak_sah,
                       jenis, tahun, indeks
                from participation_row where dataset_id = :d order by baris""")
                .param("d", datasetId).query((rs, i) -> new TurnoutRecord(rs.getInt("baris"), rs.getString("kode_wilayah"),
                        rs.getString("pemilihan"), longOrNull(rs, "dpt"), longOrNull(rs, "pengguna_hak_pilih"),
                        longOrNull(rs, "dptb"), (Integer) rs.getObject("tps", Integer.class), longOrNull(rs, "suara_sah"),
                        longOrNull(rs, "suara_tidak_sah"), rs.getString("jenis"),
                        (Integer) rs.getObject("tahun", Integer.class), indeks(rs.getString("indeks"))))
                .list();
    }

    private static Map<String, Double> indeks(String text) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (text != null) {
            for (String pair : text.split(";")) {
                int eq = pair.indexOf('=');
                out.put(pair.substring(0, eq), Double.parseDouble(pair.substring(eq + 1)));
            }
        }
        return out;
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, Long.class);
    }

    private static TurnoutDataset dataset(ResultSet rs, int i) throws SQLException {
        return new TurnoutDataset(rs.getLong("id"), rs.getString("nama"), rs.getString("nama_berkas"),
                rs.getString("sha256"), rs.getInt("jumlah_baris"), rs.getString("diimpor_oleh"),
                rs.getObject("diimpor_at", OffsetDateTime.class), false);
    }
}
