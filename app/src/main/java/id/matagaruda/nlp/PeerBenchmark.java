package id.matagaruda.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The plain peer our classifier is shown beside: scikit-learn's TF-IDF + logistic regression (C = 10), run by the
 * Python script shipped at {@code /nlp/peer/nlp_peer.py} on exactly the split we train and test on (we write the two
 * parts to CSV files and the script reads them). Runs only where a Python with scikit-learn is installed (Debian:
 * {@code apt-get install python3-sklearn}); elsewhere the result says why it was skipped.
 */
public final class PeerBenchmark {

    /** The peer's figures (macro_f1, accuracy, n, training_seconds, versions), or why it did not run. */
    public record Result(Map<String, Object> figures, String skipped) {

        public boolean ran() {
            return figures != null;
        }

        /** As stored with a model: the figures plus the interpreter, or {"skipped": reason}. */
        public Map<String, Object> toMap() {
            return ran() ? figures : Map.of("skipped", skipped);
        }
    }

    private PeerBenchmark() {
    }

    /**
     * The first Python that imports scikit-learn: {@code $MATAGARUDA_PEER_PYTHON}, then {@code python3} on the PATH,
     * then {@code /usr/bin/python3} (the Debian package's, when PATH leads to another Python such as pyenv's).
     */
    public static String python() {
        List<String> candidates = new ArrayList<>();
        String env = System.getenv("MATAGARUDA_PEER_PYTHON");
        if (env != null && !env.isBlank()) {
            candidates.add(env.trim());
        }
        candidates.add("python3");
        candidates.add("/usr/bin/python3");
        for (String py : candidates) {
            try {
                Process p = new ProcessBuilder(py, "-c", "import sklearn").redirectErrorStream(true).start();
                p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
                if (p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return py;
                }
                p.destroyForcibly();
            } catch (IOException e) {
                // not installed: try the next
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    /** Trains the peer on {@code train} and scores it on {@code test}; the split files go to {@code dir}. */
    public static Result run(List<LabelledText> train, List<LabelledText> test, Path dir) {
        String py = python();
        if (py == null) {
            return new Result(null, "python3 -c 'import sklearn' gagal: scikit-learn tidak terpasang "
                    + "(Debian: apt-get install python3-sklearn; atau MATAGARUDA_PEER_PYTHON)");
        }
        try {
            Files.createDirectories(dir);
            Path trainFile = dir.resolve("train.csv");
            Path testFile = dir.resolve("test.csv");
            write(trainFile, train);
            write(testFile, test);
            Path script = dir.resolve("nlp_peer.py");
            try (InputStream in = PeerBenchmark.class.getResourceAsStream("/nlp/peer/nlp_peer.py")) {
                Files.write(script, in.readAllBytes());
            }
            Path out = dir.resolve("peer.json");
            Path err = dir.resolve("peer.err");
            Process p = new ProcessBuilder(py, script.toString(), "--train", trainFile.toString(), "--test",
                    testFile.toString()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(30, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return new Result(null, "peer tidak selesai dalam 30 menit");
            }
            if (p.exitValue() != 0) {
                List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
                return new Result(null, "peer gagal (kode " + p.exitValue() + "): "
                        + (lines.isEmpty() ? "" : lines.get(lines.size() - 1)));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> figures = new LinkedHashMap<>(TrainedModel.JSON.readValue(out.toFile(), Map.class));
            figures.put("python", py);
            return new Result(figures, null);
        } catch (IOException e) {
            return new Result(null, "peer tidak dapat dijalankan: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(null, "peer dihentikan");
        }
    }

    /** The CSV the script reads: columns text,label, quoted where needed. */
    public static void write(Path file, List<LabelledText> rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader("text", "label")
                        .setRecordSeparator("\n").get())) {
            for (LabelledText r : rows) {
                csv.printRecord(r.teks(), r.kategori());
            }
        }
    }
}
