package id.matagaruda.region;

import java.time.OffsetDateTime;

/**
 * The Kesbangpol office of a region as its operator keeps it. {@code version} guards concurrent edits: a change must
 * name the version it was based on. A region whose office was never entered has version 0 and empty fields.
 */
public record RegionOffice(
        String kode,
        String namaKantor,
        String alamat,
        String telepon,
        String email,
        String kepala,
        int version,
        OffsetDateTime updatedAt,
        String updatedBy) {}
