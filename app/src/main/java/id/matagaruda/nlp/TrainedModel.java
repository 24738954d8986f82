package id.matagaruda.nlp;

import id.matagaruda.nlp.internal.LogisticModel;
import id.matagaruda.nlp.internal.TfidfFeatures;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A trained TF-IDF logistic regression with its provenance (data, parameters, seed, metrics, versions) and the feature
 * settings it was trained with. Stored as one zip file: {@code model.json} (format, labels, feature settings,
 * provenance), {@code vocabulary.bin} (terms and idf) and {@code weights.bin}. Loading refuses a file whose feature
 * settings this code cannot reproduce, or other than the ones asked for, and files of earlier formats. Thread-safe.
 */
public final class TrainedModel implements TextClassifier {

    static final ObjectMapper JSON = JsonMapper.builder().build();
    static final String FORMAT = "matagaruda-nlp-tfidf-lr/2";
    private static final int EVIDENCE = 5;

    private final List<String> labels;
    private final TfidfFeatures features;
    private final LogisticModel model;
    private final Map<String, Object> provenance;
    private final String name;

    TrainedModel(List<String> labels, TfidfFeatures features, LogisticModel model, Map<String, Object> provenance,
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

    /** "multinomial" or "liblinear". */
    public String solver() {
        return model.solver();
    }

    public FeatureSettings featureSettings() {
        return features.settings();
    }

    /** Data file and its SHA-256, rows, label distribution, parameters, seed, held-out metrics, created_at, versions. */
    public Map<String, Object> provenance() {
        return provenance;
    }

    /** Probability of each label (in {@link #labels()} order). */
    public double[] probabilities(String text) {
        return model.probabilities(model.decision(features.transform(text)));
    }

    @Override
    public Classification classify(String text) {
        List<TfidfFeatures.Token> tokens = features.tokens(text);
        TfidfFeatures.Vector v = features.transform(text, tokens);
        double[] d = model.decision(v);
        double[] p = model.probabilities(d);
        int best = ModelTraining.argmax(d);
        // Evidence: the words whose own unigram pushes hardest towards the chosen label.
        List<double[]> contributions = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            int uni = features.unigram(tokens.get(i).term());
            if (uni >= 0) {
                double c = model.contribution(uni, best, v.valueOf(uni));
                if (c > 0) {
                    contributions.add(new double[] {c, i});
                }
            }
        }
        contributions.sort((a, b) -> Double.compare(b[0], a[0]));
        List<Classification.Evidence> bukti = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (double[] c : contributions) {
            TfidfFeatures.Token t = tokens.get((int) c[1]);
            if (seen.add(t.term())) {
                bukti.add(new Classification.Evidence(t.start(), t.end(), t.term(), labels.get(best)));
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
                head.put("format", FORMAT);
                head.put("name", name);
                head.put("labels", labels);
                head.put("features", features.settings().toMap());
                head.put("solver", model.solver());
                head.put("provenance", provenance);
                zip.putNextEntry(new ZipEntry("model.json"));
                zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(head));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("vocabulary.bin"));
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(zip, 1 << 16));
                features.write(out);
                out.flush();
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("weights.bin"));
                model.write(out);
                out.flush();
                zip.closeEntry();
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static TrainedModel load(Path file) throws IOException {
        return load(file, null);
    }

    /**
     * Reads a model file; refuses (IOException naming the reason) a file of an earlier format, one whose feature
     * settings this code cannot reproduce, and, when {@code expected} is given, one trained with other settings.
     */
    @SuppressWarnings("unchecked")
    static TrainedModel load(Path file, FeatureSettings expected) throws IOException {
        return load(file, expected, null);
    }

    /** As {@link #load(Path, FeatureSettings)}, and refused unless fitted by {@code expectedSolver} (when given). */
    static TrainedModel load(Path file, FeatureSettings expected, String expectedSolver) throws IOException {
        Map<String, Object> head = null;
        byte[] vocabulary = null;
        byte[] weights = null;
        try (InputStream raw = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(raw)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                switch (e.getName()) {
                    case "model.json" -> head = JSON.readValue(zip.readAllBytes(), Map.class);
                    case "vocabulary.bin" -> vocabulary = zip.readAllBytes();
                    case "weights.bin" -> weights = zip.readAllBytes();
                    default -> { }
                }
            }
        } catch (java.util.zip.ZipException | tools.jackson.core.JacksonException e) {
            throw new IOException(file + " bukan berkas model klasifikasi Mata Garuda (" + e.getMessage() + ")");
        }
        Object format = head == null ? null : head.get("format");
        if ("matagaruda-nlp-linear/1".equals(format)) {
            throw new IOException(file + " dibuat oleh versi lama (format matagaruda-nlp-linear/1: fitur hash dan "
                    + "SGD) yang tidak lagi dapat dibaca; latih ulang model dengan versi ini");
        }
        if (!FORMAT.equals(format) || vocabulary == null || weights == null) {
            throw new IOException(file + " bukan berkas model klasifikasi Mata Garuda (format " + FORMAT + ")");
        }
        FeatureSettings settings;
        try {
            settings = FeatureSettings.fromMap((Map<String, Object>) head.get("features"));
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new IOException(file + ": " + e.getMessage());
        }
        String incompatible = settings.incompatibility();
        if (incompatible != null) {
            throw new IOException(file + " dilatih dengan pengaturan fitur yang tidak dapat diulang kode ini: "
                    + incompatible + "; latih ulang model");
        }
        if (expected != null && !expected.equals(settings)) {
            throw new IOException(file + " dilatih dengan pengaturan fitur lain: " + settings.toMap()
                    + "; yang diminta: " + expected.toMap());
        }
        // files written before the multinomial solver existed were all LIBLINEAR one-vs-rest
        Object solver = head.getOrDefault("solver", LogisticModel.LIBLINEAR);
        if (!LogisticModel.LIBLINEAR.equals(solver) && !LogisticModel.MULTINOMIAL.equals(solver)) {
            throw new IOException(file + " dilatih dengan solver yang tidak dikenal kode ini: " + solver);
        }
        if (expectedSolver != null && !expectedSolver.equals(solver)) {
            throw new IOException(file + " dilatih dengan solver lain: " + solver + "; yang diminta: "
                    + expectedSolver);
        }
        TfidfFeatures features = TfidfFeatures.read(new DataInputStream(new ByteArrayInputStream(vocabulary)), settings);
        LogisticModel model = LogisticModel.read(new DataInputStream(new ByteArrayInputStream(weights)),
                (String) solver);
        List<String> labels = (List<String>) head.get("labels");
        if (labels == null || model.classes() != labels.size() || model.dim() != features.size()) {
            throw new IOException(file + ": bobot, kosakata dan label tidak cocok satu sama lain");
        }
        return new TrainedModel(labels, features, model, (Map<String, Object>) head.get("provenance"),
                String.valueOf(head.get("name")));
    }
}
