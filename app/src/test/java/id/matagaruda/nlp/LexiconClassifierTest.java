package id.matagaruda.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shipped lexicon classifier on single sentences and on the labelled sample. The sample's first half
 * ({@link #DEVELOPMENT} rows) was written before the lexicon and may have been looked at while tuning it; the second
 * half was written at the same time and never used for tuning, so its figures are the honest ones.
 */
class LexiconClassifierTest {

    static final int DEVELOPMENT = 111;

    private final TextClassifier lexicon = Classifiers.defaultClassifier();

    @Test
    void isCalledLeksikon() {
        assertThat(lexicon.name()).isEqualTo("leksikon");
    }

    @Test
    void evidenceSpansPointIntoTheOriginalTextDespiteSlangExpansion() {
        String text = "Massa yg demo di depan  Polres   RICUH, polisi tembakkan gas air mata.";
        Classification c = lexicon.classify(text);
        assertThat(c.kategori()).isEqualTo("unjuk_rasa");
        assertThat(c.bukti()).isNotEmpty();
        for (Classification.Evidence e : c.bukti()) {
            assertThat(e.kategori()).isEqualTo("unjuk_rasa");
        }
        List<String> spans = c.bukti().stream().map(e -> text.substring(e.start(), e.end())).toList();
        // "demo" is standardised to "unjuk rasa": the span is the word the user wrote.
        assertThat(spans).contains("demo", "RICUH");
    }

    @Test
    void aNegatedTermDoesNotCount() {
        assertThat(lexicon.classify("Polisi memastikan kebakaran itu bukan terorisme.").kategori())
                .isNotEqualTo("terorisme_radikalisme");
        assertThat(lexicon.classify("Densus 88 menangkap terduga teroris di Bekasi.").kategori())
                .isEqualTo("terorisme_radikalisme");
    }

    @Test
    void aViolentDemonstrationStaysADemonstration() {
        assertThat(lexicon.classify("Unjuk rasa mahasiswa berakhir ricuh, beberapa orang terluka dan ditangkap.")
                .kategori()).isEqualTo("unjuk_rasa");
    }

    @Test
    void violenceWithinTheFamilyIsKdrtEvenWithoutTheWord() {
        Classification c = lexicon.classify("Seorang suami dibekuk karena menganiaya istrinya hingga pingsan.");
        assertThat(c.kategori()).isEqualTo("kdrt");
        assertThat(c.skor()).isBetween(0.0, 1.0);
    }

    @Test
    void textWithoutConflictTermsIsLainnya() {
        Classification c = lexicon.classify("Panen raya jagung di desa berjalan lancar tahun ini.");
        assertThat(c.kategori()).isEqualTo("lainnya");
        assertThat(c.bukti()).isEmpty();
        assertThat(lexicon.classify("").kategori()).isEqualTo("lainnya");
        assertThat(lexicon.classify(null).kategori()).isEqualTo("lainnya");
    }

    @Test
    void precisionOnTheLabelledSample() throws IOException {
        List<LabelledText> all = sample().rows();
        assertThat(all).hasSizeGreaterThanOrEqualTo(200);
        assertThat(all.stream().map(LabelledText::kategori).distinct()).containsExactlyInAnyOrderElementsOf(
                Classifiers.CATEGORIES);
        Evaluation dev = ModelTraining.evaluate(lexicon, all.subList(0, DEVELOPMENT), null);
        Evaluation heldOut = ModelTraining.evaluate(lexicon, all.subList(DEVELOPMENT, all.size()), null);
        Evaluation whole = ModelTraining.evaluate(lexicon, all, null);
        print("pengembangan", dev);
        print("uji (tidak dipakai menyetel)", heldOut);
        print("seluruh sampel", whole);
        double macroPrecision = heldOut.perClass().values().stream().mapToDouble(Evaluation.ClassScore::precision)
                .average().orElse(0);
        assertThat(macroPrecision).as("macro precision on the held-out half").isGreaterThan(0.6);
        assertThat(heldOut.accuracy()).isGreaterThan(heldOut.baselineAccuracy() + 0.3);
        for (Map.Entry<String, Evaluation.ClassScore> e : whole.perClass().entrySet()) {
            assertThat(e.getValue().precision()).as("precision of %s on the whole sample", e.getKey())
                    .isGreaterThanOrEqualTo(0.4);
        }
    }

    @Test
    void theShippedCopyOfTheSampleIsTheTestSample() throws IOException {
        byte[] shipped;
        try (InputStream in = getClass().getResourceAsStream("/nlp/sampel_berlabel.csv")) {
            shipped = in.readAllBytes();
        }
        assertThat(shipped).isEqualTo(Files.readAllBytes(Path.of("src/test/resources/nlp/sampel_berlabel.csv")));
        assertThat(Files.readAllBytes(Path.of("src/main/resources/nlp/sampel_berlabel.csv"))).isEqualTo(shipped);
    }

    static LabelledData sample() throws IOException {
        return LabelledFiles.read(Path.of("src/test/resources/nlp/sampel_berlabel.csv"), "teks", "kategori");
    }

    private static void print(String part, Evaluation e) {
        System.out.printf(java.util.Locale.ROOT, "Leksikon, %s (%d kalimat): akurasi %.3f, macro-F1 %.3f, "
                + "macro-presisi %.3f (baseline mayoritas: akurasi %.3f)%n", part, e.n(), e.accuracy(), e.macroF1(),
                e.perClass().values().stream().mapToDouble(Evaluation.ClassScore::precision).average().orElse(0),
                e.baselineAccuracy());
        e.perClass().forEach((k, v) -> System.out.printf(java.util.Locale.ROOT,
                "  %-28s presisi %.3f  recall %.3f  F1 %.3f  (n=%d, diprediksi %d)%n", k, v.precision(), v.recall(),
                v.f1(), v.support(), v.predicted()));
    }
}
