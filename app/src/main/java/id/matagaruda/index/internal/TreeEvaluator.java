package id.matagaruda.index.internal;

import id.matagaruda.index.Aggregation;
import id.matagaruda.index.Imputation;
import id.matagaruda.index.Normalisation;
import id.matagaruda.index.SpecNode;
import id.matagaruda.index.Weighting;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Evaluates a spec tree bottom-up over all units at once, column by column, so that one evaluation of 5,000 units costs
 * a few arrays and a Monte Carlo run of a thousand evaluations stays fast. A {@link Choice} lets the sensitivity analysis
 * replace the normalisation or aggregation everywhere and scale each node's weight; {@link Choice#NOMINAL} is the spec.
 */
public final class TreeEvaluator {

    /** One configuration of the methodology; null means "as the spec says", {@code weightFactor} is indexed by node. */
    public record Choice(Normalisation.Method normalisation, Aggregation aggregation, double[] weightFactor) {
        public static final Choice NOMINAL = new Choice(null, null, null);
    }

    private final Dataset data;
    private final List<SpecNode> nodes = new ArrayList<>();
    private final Map<SpecNode, Integer> nodeIndex = new IdentityHashMap<>();
    private final Map<SpecNode, Integer> leafIndex = new IdentityHashMap<>();
    private final Map<String, double[][]> normalised = new ConcurrentHashMap<>();

    public TreeEvaluator(Dataset data) {
        this.data = data;
        data.spec.root().walk(n -> {
            nodeIndex.put(n, nodes.size());
            nodes.add(n);
        });
        for (int l = 0; l < data.leaves.size(); l++) {
            leafIndex.put(data.leaves.get(l), l);
        }
    }

    public Dataset data() {
        return data;
    }

    /** Every node in the order weight factors are indexed: the root first, parents before children. */
    public List<SpecNode> nodes() {
        return nodes;
    }

    /** The final index value per unit (already multiplied by the spec's scale), NaN where it cannot be computed. */
    public double[] evaluate(Choice choice) {
        return evaluate(choice, null);
    }

    /**
     * As {@link #evaluate(Choice)}; when {@code siblingImputed} is given ([leaf][unit]) it is marked where a missing
     * indicator took the mean of its siblings.
     */
    public double[] evaluate(Choice choice, boolean[][] siblingImputed) {
        double[][] scores = scores(choice.normalisation());
        double[] root = node(data.spec.root(), choice, scores, siblingImputed);
        double scale = data.spec.scale();
        double[] out = new double[root.length];
        for (int u = 0; u < root.length; u++) {
            out[u] = root[u] * scale;
        }
        return out;
    }

    /** Normalised indicator columns [leaf][unit] for the spec's own normalisation (null) or one applied to all. */
    public double[][] scores(Normalisation.Method override) {
        return normalised.computeIfAbsent(override == null ? "spec" : override.code(), k -> {
            double[][] out = new double[data.leaves.size()][];
            for (int l = 0; l < out.length; l++) {
                SpecNode leaf = data.leaves.get(l);
                Normalisation n = override == null ? leaf.normalisation() : Normalisation.of(override);
                out[l] = Normaliser.normalise(data.raw[l], n, leaf.polarity(), data.group, data.groups);
            }
            return out;
        });
    }

    /** The values of a node's children [child][unit] under the nominal choice, for the audit. */
    public double[][] childValues(SpecNode node) {
        double[][] scores = scores(null);
        double[][] out = new double[node.children().size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = node(node.children().get(i), Choice.NOMINAL, scores, null);
        }
        return out;
    }

    private double[] node(SpecNode node, Choice choice, double[][] scores, boolean[][] siblingImputed) {
        if (node.isLeaf()) {
            return scores[leafIndex.get(node)];
        }
        List<SpecNode> children = node.children();
        int k = children.size();
        double[][] cols = new double[k][];
        for (int i = 0; i < k; i++) {
            cols[i] = node(children.get(i), choice, scores, siblingImputed);
        }
        imputeFromSiblings(children, cols, siblingImputed);
        double[] w = weights(node, cols, choice);
        Aggregation aggregation = choice.aggregation() != null ? choice.aggregation() : node.aggregation();
        int units = data.units();
        double[] out = new double[units];
        for (int u = 0; u < units; u++) {
            out[u] = Aggregator.aggregate(aggregation, cols, w, u);
        }
        return out;
    }

    /** Sibling means use only values that were given, never other imputed ones, so the order of children is irrelevant. */
    private void imputeFromSiblings(List<SpecNode> children, double[][] cols, boolean[][] siblingImputed) {
        int k = children.size();
        double[][] original = null;
        for (int i = 0; i < k; i++) {
            SpecNode c = children.get(i);
            if (!c.isLeaf() || c.imputation() != Imputation.SIBLING_MEAN) {
                continue;
            }
            if (original == null) {
                original = cols.clone();
            }
            double[] filled = null;
            for (int u = 0; u < data.units(); u++) {
                if (!Double.isNaN(original[i][u])) {
                    continue;
                }
                double sum = 0;
                int n = 0;
                for (int j = 0; j < k; j++) {
                    if (j != i && !Double.isNaN(original[j][u])) {
                        sum += original[j][u];
                        n++;
                    }
                }
                if (n > 0) {
                    if (filled == null) {
                        filled = original[i].clone();
                    }
                    filled[u] = sum / n;
                    if (siblingImputed != null) {
                        siblingImputed[leafIndex.get(c)][u] = true;
                    }
                }
            }
            if (filled != null) {
                cols[i] = filled;
            }
        }
    }

    private double[] weights(SpecNode node, double[][] cols, Choice choice) {
        List<SpecNode> children = node.children();
        int k = children.size();
        double[] w = new double[k];
        Weighting.Method method = node.weighting().method();
        double[] pca = method == Weighting.Method.PCA ? PcaWeights.of(cols) : null;
        for (int i = 0; i < k; i++) {
            double base = switch (method) {
                case EXPLICIT -> children.get(i).weight();
                case EQUAL -> 1.0;
                case PCA -> pca[i];
            };
            double factor = choice.weightFactor() == null ? 1.0 : choice.weightFactor()[nodeIndex.get(children.get(i))];
            w[i] = base * factor;
        }
        return w;
    }

    /** The weights a node uses on the nominal run, summing to one, for the spec view and the audit. */
    public double[] nominalWeights(SpecNode node) {
        double[] w = weights(node, node.weighting().method() == Weighting.Method.PCA ? childValues(node) : null,
                Choice.NOMINAL);
        double sum = 0;
        for (double x : w) {
            sum += x;
        }
        for (int i = 0; i < w.length; i++) {
            w[i] /= sum;
        }
        return w;
    }
}
