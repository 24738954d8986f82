package id.matagaruda.index.internal;

import id.matagaruda.index.Aggregation;
import id.matagaruda.index.CategoryBand;
import id.matagaruda.index.Imputation;
import id.matagaruda.index.IndexSpec;
import id.matagaruda.index.InvalidSpecException;
import id.matagaruda.index.Normalisation;
import id.matagaruda.index.Polarity;
import id.matagaruda.index.Rollup;
import id.matagaruda.index.SpecNode;
import id.matagaruda.index.SpecProblem;
import id.matagaruda.index.ValueRange;
import id.matagaruda.index.Weighting;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a methodology YAML into an {@link IndexSpec} and checks every rule at once, so the analyst fixes a file in one
 * pass. It works on SnakeYAML's node graph rather than on maps because only nodes know their line, and because aliases
 * ({@code *name}) are the one way a YAML tree can contain a cycle or repeat a subtree.
 */
public final class SpecParser {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final Set<String> ROOT_KEYS = Set.of("id", "name", "version", "scale", "decimals", "provisional",
            "source", "rollup", "categories", "aggregation", "weights", "imputation", "children", "notes");
    private static final Set<String> NODE_KEYS = Set.of("id", "name", "kind", "weight", "aggregation", "weights",
            "polarity", "normalisation", "impossible", "imputation", "unit", "notes", "children");
    private static final Set<String> LEVELS = Set.of("default", "nasional", "provinsi", "kabkota");

    private final String source;
    private final List<SpecProblem> problems = new ArrayList<>();
    private final Map<String, Integer> ids = new HashMap<>();
    private final Set<Node> path = Collections.newSetFromMap(new IdentityHashMap<>());

    private SpecParser(String source) {
        this.source = source;
    }

    public static IndexSpec parse(Reader reader, String source) {
        return new SpecParser(source).read(reader);
    }

    private IndexSpec read(Reader reader) {
        Node doc;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            doc = new Yaml(options).compose(reader);
        } catch (MarkedYAMLException e) {
            throw fail(e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1, "(berkas)",
                    "YAML tidak dapat dibaca: " + e.getProblem());
        } catch (YAMLException e) {
            throw fail(0, "(berkas)", "YAML tidak dapat dibaca: " + e.getMessage());
        }
        if (!(doc instanceof MappingNode top)) {
            throw fail(doc == null ? 1 : line(doc), "(berkas)", "spesifikasi harus berupa peta YAML (kunci: nilai)");
        }
        Map<String, Node> m = entries(top, "", ROOT_KEYS);
        String id = requiredId(m, top, "");
        String version = text(m, "version", id);
        if (version == null) {
            problem(top, id, "versi (version) wajib diisi");
        }
        String name = text(m, "name", id);
        double scale = number(m, "scale", id, 1.0);
        int decimals = (int) number(m, "decimals", id, 2.0);
        if (decimals < 0 || decimals > 10) {
            problem(m.get("decimals"), id + ".decimals", "jumlah desimal harus 0 sampai 10");
        }
        Rollup rollup = enumValue(m, "rollup", id, Rollup::fromCode, Rollup.NONE, "aturan roll-up");
        Imputation defaultImputation = enumValue(m, "imputation", id, Imputation::fromCode, Imputation.NONE, "aturan imputasi");
        Map<String, List<CategoryBand>> categories = categories(m.get("categories"), id + ".categories");
        SpecNode root = node(top, m, id, id, null, defaultImputation, true);
        if (!problems.isEmpty()) {
            throw new InvalidSpecException(source, problems);
        }
        return new IndexSpec(id, name == null ? id : name, version, scale, decimals,
                bool(m, "provisional", id), text(m, "source", id), rollup, categories, root);
    }

    private SpecNode node(MappingNode yaml, Map<String, Node> m, String id, String path, Aggregation parentAggregation,
            Imputation inherited, boolean isRoot) {
        if (!isRoot && id != null) {
            Integer first = ids.putIfAbsent(id, line(yaml));
            if (first != null) {
                problem(m.get("id"), path, "id '" + id + "' ganda (sudah dipakai di baris " + first + ")");
            }
        } else if (id != null) {
            ids.put(id, line(yaml));
        }
        Imputation imputation = enumValue(m, "imputation", path, Imputation::fromCode, inherited, "aturan imputasi");
        Node childrenNode = m.get("children");
        List<SpecNode> children = new ArrayList<>();
        Aggregation aggregation = null;
        Weighting weighting = null;
        if (childrenNode != null) {
            aggregation = enumValue(m, "aggregation", path, Aggregation::fromCode, Aggregation.ARITHMETIC, "agregasi");
            weighting = weighting(m.get("weights"), path + ".weights");
            if (!(childrenNode instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
                problem(childrenNode, path + ".children", "children harus berupa daftar yang tidak kosong");
            } else {
                for (int i = 0; i < seq.getValue().size(); i++) {
                    Node c = seq.getValue().get(i);
                    String at = path + ".children[" + i + "]";
                    if (!this.path.add(c)) {
                        problem(c, at, "siklus: simpul ini memuat dirinya sendiri (alias YAML)");
                        continue;
                    }
                    try {
                        if (!(c instanceof MappingNode cm)) {
                            problem(c, at, "setiap anak harus berupa peta dengan id");
                            continue;
                        }
                        Map<String, Node> cmap = entries(cm, at, NODE_KEYS);
                        String cid = requiredId(cmap, cm, at);
                        SpecNode child = node(cm, cmap, cid, path + "/" + (cid == null ? "[" + i + "]" : cid),
                                aggregation, imputation, false);
                        children.add(child);
                    } finally {
                        this.path.remove(c);
                    }
                }
                checkWeights(weighting, children, m.get("weights"), path);
            }
            for (String leafOnly : List.of("polarity", "normalisation", "impossible")) {
                if (m.containsKey(leafOnly)) {
                    problem(m.get(leafOnly), path + "." + leafOnly, leafOnly + " hanya untuk indikator (simpul tanpa children)");
                }
            }
        } else if (isRoot) {
            problem(yaml, path, "spesifikasi tanpa children (pohon dimensi/indikator)");
        } else {
            for (String nodeOnly : List.of("aggregation", "weights")) {
                if (m.containsKey(nodeOnly)) {
                    problem(m.get(nodeOnly), path + "." + nodeOnly, nodeOnly + " hanya untuk simpul yang punya children");
                }
            }
        }
        Polarity polarity = null;
        Normalisation normalisation = null;
        ValueRange impossible = null;
        if (childrenNode == null && !isRoot) {
            polarity = enumValue(m, "polarity", path, Polarity::fromCode, Polarity.POSITIF, "polaritas (positif/negatif)");
            normalisation = normalisation(m.get("normalisation"), path + ".normalisation");
            impossible = range(m.get("impossible"), path + ".impossible");
            if (polarity == Polarity.NEGATIF && normalisation.method() == Normalisation.Method.NONE) {
                problem(m.get("polarity"), path + ".polarity",
                        "polaritas negatif memerlukan normalisasi (tanpa normalisasi tidak ada batas untuk membalik nilai)");
            }
            if (parentAggregation != null && parentAggregation != Aggregation.ARITHMETIC
                    && normalisation.method() == Normalisation.Method.ZSCORE) {
                problem(m.get("normalisation"), path + ".normalisation",
                        "z-score dapat negatif sehingga tidak dapat diagregasi secara " + parentAggregation.code());
            }
        }
        Double weight = m.containsKey("weight") ? number(m, "weight", path, 0.0) : null;
        if (weight != null && weight < 0) {
            problem(m.get("weight"), path + ".weight", "bobot tidak boleh negatif");
        }
        return new SpecNode(id, text(m, "name", path), text(m, "kind", path), weight, aggregation, weighting, polarity,
                normalisation, impossible, childrenNode == null ? imputation : null, text(m, "unit", path),
                text(m, "notes", path), children, line(yaml));
    }

    private void checkWeights(Weighting weighting, List<SpecNode> children, Node weightsNode, String path) {
        if (weighting == null) {
            return;
        }
        if (weighting.method() != Weighting.Method.EXPLICIT) {
            for (SpecNode c : children) {
                if (c.weight() != null) {
                    problems.add(new SpecProblem(c.line(), path + "/" + c.id() + ".weight",
                            "bobot diisi tetapi metode bobot induk adalah " + weighting.method().code()));
                }
            }
            return;
        }
        double sum = 0;
        for (SpecNode c : children) {
            if (c.weight() == null) {
                problems.add(new SpecProblem(c.line(), path + "/" + c.id() + ".weight",
                        "bobot wajib diisi karena induk memakai bobot explicit"));
            } else {
                sum += c.weight();
            }
        }
        if (!(sum > 0)) {
            problem(weightsNode, path + ".weights", "jumlah bobot harus lebih dari 0");
        }
        Double declared = weighting.declaredSum();
        if (declared != null && Math.abs(sum - declared) > 1e-6 * Math.max(1, Math.abs(declared))) {
            problem(weightsNode, path + ".weights.sum",
                    "jumlah bobot anak " + trim(sum) + " tidak sama dengan sum yang dinyatakan " + trim(declared));
        }
    }

    private Weighting weighting(Node n, String path) {
        if (n == null) {
            return Weighting.EQUAL;
        }
        if (!(n instanceof MappingNode map)) {
            problem(n, path, "weights harus berupa peta, mis. {method: explicit, sum: 100}");
            return Weighting.EQUAL;
        }
        Map<String, Node> m = entries(map, path, Set.of("method", "sum", "provisional", "notes"));
        Weighting.Method method = enumValue(m, "method", path, Weighting.Method::fromCode, Weighting.Method.EQUAL,
                "metode bobot (explicit, equal, pca)");
        Double sum = m.containsKey("sum") ? number(m, "sum", path, 0.0) : null;
        if (sum != null && method != Weighting.Method.EXPLICIT) {
            problem(m.get("sum"), path + ".sum", "sum hanya berlaku untuk bobot explicit");
        }
        return new Weighting(method, sum);
    }

    private Normalisation normalisation(Node n, String path) {
        if (n == null) {
            return Normalisation.NONE;
        }
        if (n instanceof ScalarNode s) {
            Normalisation.Method method = Normalisation.Method.fromCode(s.getValue()).orElse(null);
            if (method == null) {
                problem(n, path, unknownNormalisation(s.getValue()));
                return Normalisation.NONE;
            }
            return checkedNormalisation(new Normalisation(method, null, null, null, false), s, path);
        }
        if (!(n instanceof MappingNode map)) {
            problem(n, path, "normalisation harus berupa nama metode atau peta {method: ...}");
            return Normalisation.NONE;
        }
        Map<String, Node> m = entries(map, path, Set.of("method", "min", "max", "target", "cap"));
        String code = text(m, "method", path);
        Normalisation.Method method = code == null ? null : Normalisation.Method.fromCode(code).orElse(null);
        if (method == null) {
            problem(m.getOrDefault("method", map), path + ".method",
                    code == null ? "method wajib diisi" : unknownNormalisation(code));
            return Normalisation.NONE;
        }
        Double min = m.containsKey("min") ? number(m, "min", path, 0.0) : null;
        Double max = m.containsKey("max") ? number(m, "max", path, 0.0) : null;
        Double target = m.containsKey("target") ? number(m, "target", path, 0.0) : null;
        return checkedNormalisation(new Normalisation(method, min, max, target, bool(m, "cap", path)), map, path);
    }

    private Normalisation checkedNormalisation(Normalisation n, Node at, String path) {
        switch (n.method()) {
            case GOALPOST, LOG_GOALPOST -> {
                if (n.min() == null || n.max() == null || !(n.min() < n.max())) {
                    problem(at, path, n.method().code() + " memerlukan min dan max dengan min < max");
                } else if (n.method() == Normalisation.Method.LOG_GOALPOST && n.min() <= 0) {
                    problem(at, path, "log_goalpost memerlukan min > 0");
                }
            }
            case TARGET -> {
                if (n.target() == null || n.target() == 0) {
                    problem(at, path, "target memerlukan nilai target yang bukan 0");
                }
            }
            default -> { }
        }
        return n;
    }

    private static String unknownNormalisation(String code) {
        return "metode normalisasi '" + code + "' tidak dikenal (none, minmax, goalpost, log_goalpost, zscore, target, rank)";
    }

    private ValueRange range(Node n, String path) {
        if (n == null) {
            return null;
        }
        if (n instanceof SequenceNode seq && seq.getValue().size() == 2
                && seq.getValue().get(0) instanceof ScalarNode a && seq.getValue().get(1) instanceof ScalarNode b) {
            try {
                double lo = Double.parseDouble(a.getValue());
                double hi = Double.parseDouble(b.getValue());
                if (lo < hi) {
                    return new ValueRange(lo, hi);
                }
            } catch (NumberFormatException e) {
                // reported below with the expected form
            }
        }
        problem(n, path, "impossible harus berupa [min, max] dengan min < max");
        return null;
    }

    private Map<String, List<CategoryBand>> categories(Node n, String path) {
        Map<String, List<CategoryBand>> out = new LinkedHashMap<>();
        if (n == null) {
            return out;
        }
        if (n instanceof SequenceNode) {
            out.put("default", bands(n, path));
        } else if (n instanceof MappingNode map) {
            for (Map.Entry<String, Node> e : entries(map, path, LEVELS).entrySet()) {
                out.put(e.getKey(), bands(e.getValue(), path + "." + e.getKey()));
            }
        } else {
            problem(n, path, "categories harus berupa daftar pita atau peta per tingkat wilayah");
        }
        return out;
    }

    private List<CategoryBand> bands(Node n, String path) {
        List<CategoryBand> out = new ArrayList<>();
        if (!(n instanceof SequenceNode seq)) {
            problem(n, path, "harus berupa daftar pita kategori");
            return out;
        }
        for (int i = 0; i < seq.getValue().size(); i++) {
            Node b = seq.getValue().get(i);
            String at = path + "[" + i + "]";
            if (!(b instanceof MappingNode bm)) {
                problem(b, at, "pita kategori harus berupa peta {label, min, max}");
                continue;
            }
            Map<String, Node> m = entries(bm, at, Set.of("label", "min", "max", "min_inclusive", "max_inclusive"));
            String label = text(m, "label", at);
            if (label == null) {
                problem(bm, at, "label wajib diisi");
            }
            Double min = m.containsKey("min") ? number(m, "min", at, 0.0) : null;
            Double max = m.containsKey("max") ? number(m, "max", at, 0.0) : null;
            if (min != null && max != null && !(min < max)) {
                problem(bm, at, "min harus lebih kecil dari max");
            }
            boolean minInclusive = !m.containsKey("min_inclusive") || bool(m, "min_inclusive", at);
            boolean maxInclusive = m.containsKey("max_inclusive") && bool(m, "max_inclusive", at);
            out.add(new CategoryBand(label, min, minInclusive, max, maxInclusive));
        }
        return out;
    }

    private Map<String, Node> entries(MappingNode map, String path, Set<String> allowed) {
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                problem(t.getKeyNode(), path, "kunci harus berupa teks");
                continue;
            }
            if (!allowed.contains(k.getValue())) {
                problem(k, path.isEmpty() ? k.getValue() : path + "." + k.getValue(),
                        "kunci '" + k.getValue() + "' tidak dikenal (yang dikenal: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
                continue;
            }
            out.put(k.getValue(), t.getValueNode());
        }
        return out;
    }

    private String requiredId(Map<String, Node> m, Node at, String path) {
        String id = text(m, "id", path);
        if (id == null) {
            problem(at, path.isEmpty() ? "id" : path + ".id", "id wajib diisi");
        } else if (!ID.matcher(id).matches()) {
            problem(m.get("id"), path.isEmpty() ? "id" : path + ".id", "id '" + id + "' hanya boleh huruf, angka, _ . -");
        }
        return id;
    }

    private String text(Map<String, Node> m, String key, String path) {
        Node n = m.get(key);
        if (n == null) {
            return null;
        }
        if (n instanceof ScalarNode s) {
            return s.getValue().strip();
        }
        problem(n, path + "." + key, key + " harus berupa teks");
        return null;
    }

    private double number(Map<String, Node> m, String key, String path, double fallback) {
        String t = text(m, key, path);
        if (t == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            problem(m.get(key), path + "." + key, "'" + t + "' bukan angka");
            return fallback;
        }
    }

    private boolean bool(Map<String, Node> m, String key, String path) {
        String t = text(m, key, path);
        if (t == null) {
            return false;
        }
        if (!t.equals("true") && !t.equals("false")) {
            problem(m.get(key), path + "." + key, "harus true atau false");
        }
        return t.equals("true");
    }

    private <E> E enumValue(Map<String, Node> m, String key, String path,
            java.util.function.Function<String, java.util.Optional<E>> parse, E fallback, String what) {
        String t = text(m, key, path);
        if (t == null) {
            return fallback;
        }
        E e = parse.apply(t).orElse(null);
        if (e == null) {
            problem(m.get(key), path + "." + key, what + " '" + t + "' tidak dikenal");
            return fallback;
        }
        return e;
    }

    private void problem(Node at, String path, String message) {
        problems.add(new SpecProblem(at == null ? 0 : line(at), path.isEmpty() ? "(akar)" : path, message));
    }

    private InvalidSpecException fail(int line, String path, String message) {
        return new InvalidSpecException(source, List.of(new SpecProblem(line, path, message)));
    }

    private static int line(Node n) {
        return n.getStartMark() == null ? 0 : n.getStartMark().getLine() + 1;
    }

    private static String trim(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
