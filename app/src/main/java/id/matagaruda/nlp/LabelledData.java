package id.matagaruda.nlp;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Labelled texts read from one source, with what identifies the source for a model's provenance. */
public record LabelledData(List<LabelledText> rows, String source, String sha256, int skipped) {

    public LabelledData {
        rows = List.copyOf(rows);
    }

    /** Rows per label, labels in alphabetical order. */
    public Map<String, Integer> distribution() {
        Map<String, Integer> m = new TreeMap<>();
        rows.forEach(r -> m.merge(r.kategori(), 1, Integer::sum));
        return m;
    }
}
