package id.matagaruda.events;

import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The outcome of one ingestion. {@code read} = {@code ingested + duplicates + nearDuplicates + rejected}; rejections are
 * counted by reason and written with line number and excerpt to {@code rejectsFile} (null when none).
 */
public record IngestSummary(long read, long ingested, long duplicates, long nearDuplicates, long rejected,
        SortedMap<String, Long> reasons, Path rejectsFile, long files, double seconds) {

    public IngestSummary {
        reasons = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(reasons));
    }

    /** The one-line JSON the CLI prints: read, ingested, duplicates, near_duplicates, rejected, reasons. */
    public String toJson() {
        StringBuilder sb = new StringBuilder();
        sb.append("{\"read\":").append(read).append(",\"ingested\":").append(ingested).append(",\"duplicates\":")
                .append(duplicates).append(",\"near_duplicates\":").append(nearDuplicates).append(",\"rejected\":")
                .append(rejected).append(",\"reasons\":{");
        boolean first = true;
        for (Map.Entry<String, Long> e : reasons.entrySet()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            sb.append('"').append(e.getKey()).append("\":").append(e.getValue());
        }
        return sb.append("}}").toString();
    }
}
