package id.matagaruda.nlp;

import id.matagaruda.nlp.internal.LexiconClassifier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The event categories and the classifiers: the shipped lexicon and trained models read from their files. */
public final class Classifiers {

    /** SNPK typology plus hate speech, demonstrations, terrorism and the rest, in display order. */
    public static final List<String> CATEGORIES = List.of("sumber_daya", "tata_kelola_pemerintahan",
            "pemilihan_dan_jabatan", "identitas", "main_hakim_sendiri", "separatisme", "kekerasan_penegakan_hukum",
            "kriminalitas", "kdrt", "ujaran_kebencian", "unjuk_rasa", "terorisme_radikalisme", "lainnya");

    public static final String LAINNYA = "lainnya";

    private static final LexiconClassifier DEFAULT = LexiconClassifier.shipped();

    private Classifiers() {
    }

    /** The lexicon-and-rules classifier shipped with the application ({@code name() = "leksikon"}); thread-safe. */
    public static TextClassifier defaultClassifier() {
        return DEFAULT;
    }

    /** A model written by {@code nlp train} or the retraining in the server. */
    public static TrainedModel load(Path modelFile) throws IOException {
        return TrainedModel.load(modelFile);
    }

    /** A model file, refused (IOException) unless it was trained with exactly {@code expected} feature settings. */
    public static TrainedModel load(Path modelFile, FeatureSettings expected) throws IOException {
        return TrainedModel.load(modelFile, expected);
    }

    /** A model file, refused unless trained with {@code expected} feature settings and by {@code solver}. */
    public static TrainedModel load(Path modelFile, FeatureSettings expected, String solver) throws IOException {
        return TrainedModel.load(modelFile, expected, solver);
    }

    /** {@code "leksikon"} for the shipped classifier, else a model file. */
    public static TextClassifier named(String leksikonOrFile) throws IOException {
        return "leksikon".equals(leksikonOrFile) ? DEFAULT : load(Path.of(leksikonOrFile));
    }
}
