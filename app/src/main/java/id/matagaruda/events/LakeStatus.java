package id.matagaruda.events;

import java.time.Instant;
import java.util.List;

/** What the lake holds right now: events in the caller's scope, the months present, its files and the newest file's time. */
public record LakeStatus(long events, List<String> months, int files, Instant lastFile) {

    public static final LakeStatus EMPTY = new LakeStatus(0, List.of(), 0, null);
}
