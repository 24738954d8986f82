package id.matagaruda.region.internal;

import id.matagaruda.region.RegionOffice;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Kesbangpol office rows; every write is conditional on the version the caller read (optimistic locking). */
@Repository
public class RegionOfficeRepository {

    private final JdbcClient jdbc;

    RegionOfficeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<RegionOffice> find(String kode) {
        return jdbc.sql("""
                select kode, nama_kantor, alamat, telepon, email, kepala, version, updated_at, updated_by
                from region_office where kode = :kode""")
                .param("kode", kode)
                .query((rs, n) -> new RegionOffice(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getInt(7), rs.getObject(8, OffsetDateTime.class),
                        rs.getString(9)))
                .optional();
    }

    /** Writes version {@code readVersion + 1}; empty when another writer got there first. */
    public Optional<RegionOffice> save(String kode, String nama, String alamat, String telepon, String email,
            String kepala, int readVersion, String who) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int rows;
        if (readVersion == 0) {
            try {
                rows = jdbc.sql("""
                        insert into region_office (kode, nama_kantor, alamat, telepon, email, kepala, version, updated_at, updated_by)
                        values (:kode, :nama, :alamat, :telepon, :email, :kepala, 1, :now, :who)""")
                        .param("kode", kode).param("nama", nama).param("alamat", alamat).param("telepon", telepon)
                        .param("email", email).param("kepala", kepala).param("now", now).param("who", who)
                        .update();
            } catch (DuplicateKeyException e) {
                return Optional.empty();
            }
        } else {
            rows = jdbc.sql("""
                    update region_office set nama_kantor = :nama, alamat = :alamat, telepon = :telepon, email = :email,
                           kepala = :kepala, version = version + 1, updated_at = :now, updated_by = :who
                    where kode = :kode and version = :version""")
                    .param("kode", kode).param("nama", nama).param("alamat", alamat).param("telepon", telepon)
                    .param("email", email).param("kepala", kepala).param("now", now).param("who", who)
                    .param("version", readVersion)
                    .update();
        }
        return rows == 1 ? find(kode) : Optional.empty();
    }
}
