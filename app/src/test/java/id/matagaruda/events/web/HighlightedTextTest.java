package id.matagaruda.events.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.matagaruda.events.web.HighlightedText.Segment;
import id.matagaruda.events.web.HighlightedText.Span;
import id.matagaruda.nlp.Classification;
import id.matagaruda.nlp.TextClassifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

class HighlightedTextTest {

    /**
     * For the page tests: a classifier that marks a few fixed Indonesian terms, so that the detail page's evidence marks
     * are rendered whatever classifier the application ships (primary, so it is the one the page asks for).
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class MarkingClassifier {

        static final Map<String, String> TERMS = Map.of("unjuk rasa", "unjuk_rasa", "berunjuk rasa", "unjuk_rasa",
                "ujaran kebencian", "ujaran_kebencian", "grup warga", "ujaran_kebencian");

        @Bean
        @Primary
        TextClassifier markingClassifier() {
            return new TextClassifier() {
                @Override
                public Classification classify(String text) {
                    String lower = text.toLowerCase(Locale.ROOT);
                    List<Classification.Evidence> found = new ArrayList<>();
                    TERMS.forEach((term, kategori) -> {
                        for (int i = lower.indexOf(term); i >= 0; i = lower.indexOf(term, i + 1)) {
                            found.add(new Classification.Evidence(i, i + term.length(), text.substring(i, i + term.length()),
                                    kategori));
                        }
                    });
                    found.sort(java.util.Comparator.comparingInt(Classification.Evidence::start));
                    return new Classification(found.isEmpty() ? "lainnya" : found.get(0).kategori(), 0.5, found);
                }

                @Override
                public String name() {
                    return "uji";
                }
            };
        }
    }

    static String joined(HighlightedText h) {
        return String.join("", h.segments().stream().map(Segment::text).toList());
    }

    @Test
    void placeAndEvidenceSpansCutTheTextWithoutLosingACharacter() {
        String text = "Unjuk rasa di Kota Bandung. Massa menolak tambang.";
        HighlightedText h = HighlightedText.of(text, List.of(
                Span.place(14, 26, "Kota Bandung", "32.73"),
                Span.evidence(0, 10, "unjuk rasa", "unjuk_rasa")));
        assertThat(joined(h)).isEqualTo(text);
        assertThat(h.segments()).extracting(Segment::text)
                .containsExactly("Unjuk rasa", " di ", "Kota Bandung", ". Massa menolak tambang.");
        assertThat(h.segments().get(0).isEvidence()).isTrue();
        assertThat(h.segments().get(0).kategori()).isEqualTo("unjuk_rasa");
        assertThat(h.segments().get(2).isPlace()).isTrue();
        assertThat(h.segments().get(2).kode()).isEqualTo("32.73");
        assertThat(h.segments().get(1).isPlace() || h.segments().get(1).isEvidence()).isFalse();
    }

    @Test
    void overlappingSpansMarkTheSharedPartWithBoth() {
        String text = "sengketa lahan Bogor";
        HighlightedText h = HighlightedText.of(text, List.of(
                Span.evidence(0, 14, "sengketa lahan", "sumber_daya"),
                Span.place(9, 20, "lahan Bogor", null)));
        assertThat(h.segments()).extracting(Segment::text).containsExactly("sengketa ", "lahan", " Bogor");
        Segment both = h.segments().get(1);
        assertThat(both.isPlace()).isTrue();
        assertThat(both.isEvidence()).isTrue();
        assertThat(h.segments().get(2).kode()).isNull();
        assertThat(h.segments().get(2).isPlace()).isTrue();
    }

    @Test
    void spansOutsideTheTextOrEmptyAreDroppedAndMarkupStaysPlainText() {
        String text = "<script>alert(1)</script> di Jabar";
        HighlightedText h = HighlightedText.of(text, List.of(
                Span.place(29, 34, "Jabar", "32"), Span.place(30, 99, "x", "32"), Span.evidence(-1, 3, "x", "lainnya"),
                Span.evidence(5, 5, "", "lainnya")));
        assertThat(joined(h)).isEqualTo(text);
        assertThat(h.segments()).extracting(Segment::text).containsExactly("<script>alert(1)</script> di ", "Jabar");
        assertThat(HighlightedText.of(null, List.of()).segments()).isEmpty();
        assertThat(HighlightedText.of("tanpa penanda", List.of()).segments()).singleElement()
                .extracting(Segment::text).isEqualTo("tanpa penanda");
    }
}
