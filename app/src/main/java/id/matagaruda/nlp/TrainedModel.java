package id.matagaruda.nlp;

import id.matagaruda.nlp.internal.Features;
import id.matagaruda.nlp.internal.SoftmaxModel;
import id.matagaruda.nlp.internal.Tokens;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A trained linear classifier with its provenance (data, parameters, seed, metrics, versions). Stored as one zip file:
 * {@code model.json} (provenance, labels, feature parameters) and {@code weights.bin}. Thread-safe.
 */
public final class TrainedModel implements TextClassifier {

    static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final int EVIDENCE = 5;

    private final List<String> labels;
    private final Features features;
    private final SoftmaxModel model;
    private final Map<String, Object> provenance;
    private final String name;

    TrainedModel(List<String> labels, Features features, SoftmaxModel model, Map<String, Object> provenance,
            String name) {
        this.labels = List.copyOf(labels);
        this.features = features;
        this.model = model;
        this.provenance = provenance;
        this.name = name;
    }

    /** The same model recorded under another name (the server's "model:&lt;id&gt;"). */
    public TrainedModel named(String newName) {
        return new TrainedModel(labels, features, model, provenance, newName);
    }

    @Override
    public String name() {
        return name;
    }

    public List<String> labels() {
        return labels;
    }

    /** Data file and its SHA-256, rows, label distribution, parameters, seed, held-out metrics, created_at, versions. */
    public Map<String, Object> provenance() {
        return provenance;
    }

    @Override
    public Classification classify(String text) {
        Tokens tokens = Tokens.of(text);
        int[] unigrams = new int[tokens.size()];
        Features.Vector v = features.extract(tokens, unigrams);
        double[] p = model.predict(v);
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        // Evidence: the words whose own unigram pushes hardest towards the chosen label.
        List<double[]> contributions = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            double c = model.contribution(unigrams[i], best, model.idf(unigrams[i]));
            if (c > 0) {
                contributions.add(new double[] {c, i});
            }
        }
        contributions.sort((a, b) -> Double.compare(b[0], a[0]));
        List<Classification.Evidence> bukti = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (double[] c : contributions) {
            int i = (int) c[1];
            if (seen.add(tokens.word(i))) {
                bukti.add(new Classification.Evidence(tokens.start(i), tokens.end(i), tokens.word(i), labels.get(best)));
            }
            if (bukti.size() == EVIDENCE) {
                break;
            }
        }
        bukti.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new Classification(labels.get(best), Math.round(p[best] * 1000) / 1000.0, List.copyOf(bukti));
    }

    /** Writes the model file atomically (a temporary file renamed into place). */
    public void save(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, ".model", ".tmp");
        try {
            try (OutputStream raw = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(raw)) {
                Map<String, Object> head = new LinkedHashMap<>();
                head.put("format", "matagaruda-nlp-linear/1");
                head.put("name", name);
                head.put("labels", labels);
                head.put("dim", features.dim());
                head.put("provenance", provenance);
                zip.putNextEntry(new ZipEntry("model.json"));
                zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(head));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("weights.bin"));
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(zip, 1 << 16));
                model.write(out);
                out.flush();
                zip.closeEntry();
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @SuppressWarnings("unchecked")
    static TrainedModel load(Path file) throws IOException {
        Map<String, Object> head = null;
        SoftmaxModel model = null;
        try (InputStream raw = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(raw)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("model.json")) {
                    head = JSON.readValue(zip.readAllBytes(), Map.class);
                } else if (e.getName().equals("weights.bin")) {
                    model = SoftmaxModel.read(new DataInputStream(new BufferedInputStream(zip, 1 << 16)));
                }
            }
        }
        if (head == null || model == null || !"matagaruda-nlp-linear/1".equals(head.get("format"))) {
            throw new IOException(file + " bukan berkas model klasifikasi Mata Garuda");
        }
        Map<String, Object> provenance = (Map<String, Object>) head.get("provenance");
        Map<String, Object> params = (Map<String, Object>) provenance.get("parameters");
        Features features = new Features(((Number) head.get("dim")).intValue(),
                ((Number) params.get("min_char")).intValue(), ((Number) params.get("max_char")).intValue());
        return new TrainedModel((List<String>) head.get("labels"), features, model, provenance,
                String.valueOf(head.get("name")));
    }
}
