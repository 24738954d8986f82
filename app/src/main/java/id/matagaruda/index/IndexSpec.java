package id.matagaruda.index;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A versioned methodology of one composite index, read from YAML: the tree of dimensions and indicators, the final
 * {@code scale} (IPM multiplies its geometric mean by 100), rounding, category bands per region level ("default" for all
 * others) and the roll-up rule. {@code provisional} says that some of it (usually the weights) is not official.
 */
public record IndexSpec(
        String id,
        String name,
        String version,
        double scale,
        int decimals,
        boolean provisional,
        String source,
        Rollup rollup,
        Map<String, List<CategoryBand>> categories,
        SpecNode root) {

    /** The id and version stamped on every computed value, e.g. {@code ipm@2014}. */
    @JsonIgnore
    public String ref() {
        return id + "@" + version;
    }

    @JsonIgnore
    public List<SpecNode> indicators() {
        return root.leaves();
    }

    /** The indicator with this id, ignoring case, as the input files are typed by hand. */
    public Optional<SpecNode> indicator(String id) {
        return indicators().stream().filter(n -> n.id().equalsIgnoreCase(id == null ? "" : id.trim())).findFirst();
    }

    /** The category of a (rounded) value for a region level code (nasional, provinsi, kabkota); empty when none fits. */
    public Optional<String> category(String levelCode, double value) {
        List<CategoryBand> bands = categories.getOrDefault(levelCode, categories.get("default"));
        if (bands == null) {
            return Optional.empty();
        }
        return bands.stream().filter(b -> b.contains(value)).map(CategoryBand::label).findFirst();
    }
}
