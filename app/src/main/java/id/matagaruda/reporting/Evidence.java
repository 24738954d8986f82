package id.matagaruda.reporting;

import java.time.OffsetDateTime;

/** A piece of data dukung: a stored file (by its SHA-256) or a link, with its type, uploader and time. */
public record Evidence(long id, String sha256, String namaBerkas, String contentType, String jenis, Long ukuran,
        String tautan, String uploadedBy, OffsetDateTime uploadedAt) {}
