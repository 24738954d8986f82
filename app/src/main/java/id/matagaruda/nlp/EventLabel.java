package id.matagaruda.nlp;

import java.time.OffsetDateTime;

/** An analyst's category for one event's text; {@code version} grows with each relabelling. */
public record EventLabel(long id, String eventId, String teks, String kategori, String oleh, OffsetDateTime dibuatAt,
        OffsetDateTime diubahAt, int version) {}
