package id.matagaruda.events;

import id.matagaruda.nlp.Classification;
import id.matagaruda.nlp.IndonesianText;
import id.matagaruda.nlp.TextClassifier;
import java.util.List;
import java.util.Map;

/** A small real classifier for the ingestion tests: the category with the most cue words, "lainnya" when none. */
public final class KeywordTestClassifier implements TextClassifier {

    private static final List<Map.Entry<String, List<String>>> CUES = List.of(
            Map.entry("kdrt", List.of("rumah tangga", "kdrt", "istri")),
            Map.entry("kriminalitas", List.of("begal", "perampok", "narkoba", "pencurian", "pembunuhan")),
            Map.entry("main_hakim_sendiri", List.of("dihakimi", "amuk massa", "main hakim")),
            Map.entry("pemilihan_dan_jabatan", List.of("politik uang", "pilkada", "bawaslu", "kpu")),
            Map.entry("sumber_daya", List.of("sengketa lahan", "agraria", "tambang", "ulayat")),
            Map.entry("terorisme_radikalisme", List.of("teroris", "densus", "radikal")),
            Map.entry("ujaran_kebencian", List.of("ujaran kebencian", "hoaks", "provokasi")),
            Map.entry("unjuk_rasa", List.of("unjuk rasa", "demonstrasi", "demo", "berorasi")));

    @Override
    public Classification classify(String text) {
        String t = IndonesianText.standardise(text);
        String best = "lainnya";
        int bestHits = 0;
        for (Map.Entry<String, List<String>> e : CUES) {
            int hits = 0;
            for (String cue : e.getValue()) {
                if (t.contains(cue)) {
                    hits++;
                }
            }
            if (hits > bestHits) {
                best = e.getKey();
                bestHits = hits;
            }
        }
        return new Classification(best, bestHits == 0 ? 0.0 : 0.5 + 0.1 * bestHits, List.of());
    }

    @Override
    public String name() {
        return "uji-kata-kunci";
    }
}
