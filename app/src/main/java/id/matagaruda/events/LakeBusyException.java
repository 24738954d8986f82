package id.matagaruda.events;

import id.matagaruda.shared.ConflictException;

/** Another ingestion holds the lake: one at a time per lake (409). */
public class LakeBusyException extends ConflictException {

    public LakeBusyException(String lake) {
        super("events.ingest.busy", lake);
    }
}
