package id.matagaruda.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import id.matagaruda.nlp.internal.Tokens;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the text (slang, odd Unicode, spacing), evidence spans are words of the text the caller passed. */
class EvidenceSpanProperties {

    @Provide
    Arbitrary<String> messyText() {
        Arbitrary<String> piece = Arbitraries.of("yg", "demo", "RICUH", "polres", "kkb", "Densus 88", "teroris",
                "tdk", "bukan", "ﬁnal", "\u00A0", "  ", "\t", "\u200B", "é", "Suami", "aniaya", "istrinya", ",", ".",
                "dihakimi massa", "tambang", "Pilkada", "bintang kejora", "🙂", "ujaran kebencian", "warga");
        return piece.list().ofMinSize(0).ofMaxSize(40).map(l -> String.join(" ", l));
    }

    @Property(tries = 300)
    void evidenceSpansAreWordsOfTheOriginalText(@ForAll("messyText") String text) {
        for (TextClassifier c : List.of(Classifiers.defaultClassifier())) {
            Classification result = c.classify(text);
            assertThat(Classifiers.CATEGORIES).contains(result.kategori());
            assertThat(result.skor()).isBetween(0.0, 1.0);
            for (Classification.Evidence e : result.bukti()) {
                assertThat(e.start()).isGreaterThanOrEqualTo(0).isLessThan(e.end());
                assertThat(e.end()).isLessThanOrEqualTo(text.length());
                String span = text.substring(e.start(), e.end());
                assertThat(Tokens.of(span).size()).isPositive();
                assertThat(e.kategori()).isEqualTo(result.kategori());
            }
        }
    }

    @Property(tries = 200)
    void wordByWordStandardisationAgreesWithIndonesianText(@ForAll("messyText") String text) {
        Tokens tokens = Tokens.of(text);
        String standard = IndonesianText.standardise(text);
        Tokens again = Tokens.of(standard);
        assertThat(tokens.joined()).isEqualTo(again.joined());
    }
}
