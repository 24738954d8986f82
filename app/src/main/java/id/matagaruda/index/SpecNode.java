package id.matagaruda.index;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One node of a methodology tree: a dimension or aspect (with children, their weighting and aggregation) or an indicator
 * (a leaf, with polarity, normalisation, impossible range and imputation rule). {@code weight} is this node's explicit
 * weight in its parent, when the parent weighs explicitly; {@code line} is where the node starts in the YAML file.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SpecNode(
        String id,
        String name,
        String kind,
        Double weight,
        Aggregation aggregation,
        Weighting weighting,
        Polarity polarity,
        Normalisation normalisation,
        ValueRange impossible,
        Imputation imputation,
        String unit,
        String notes,
        List<SpecNode> children,
        @JsonIgnore int line) {

    public SpecNode {
        children = children == null ? List.of() : List.copyOf(children);
    }

    @JsonIgnore
    public boolean isLeaf() {
        return children.isEmpty();
    }

    /** The indicators under this node, in document order. */
    @JsonIgnore
    public List<SpecNode> leaves() {
        List<SpecNode> out = new ArrayList<>();
        walk(n -> {
            if (n.isLeaf()) {
                out.add(n);
            }
        });
        return out;
    }

    /** This node and all below it, parents before children. */
    public void walk(Consumer<SpecNode> visitor) {
        visitor.accept(this);
        children.forEach(c -> c.walk(visitor));
    }
}
