package id.matagaruda.events.internal;

/** What became of one input record: a row to de-duplicate and store, or a rejection with its reason. */
record Outcome(EventRow row, long line, String reason, String detail, String excerpt) {

    static Outcome accepted(EventRow row) {
        return new Outcome(row, row.baris(), null, null, null);
    }

    static Outcome rejected(RawLine raw, String reason, String detail) {
        return new Outcome(null, raw.line(), reason, detail, raw.excerpt());
    }
}
