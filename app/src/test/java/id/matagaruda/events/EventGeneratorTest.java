package id.matagaruda.events;

import id.matagaruda.nlp.Classifiers;
import id.matagaruda.nlp.TextClassifier;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EventGeneratorTest {

    private static byte[] generate(long count, long seed, boolean errors) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EventGenerator.write(EventGenerator.Options.of(count, seed).withErrors(errors), out);
        return out.toByteArray();
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOtherEvents() throws Exception {
        byte[] a = generate(3000, 42, true);
        assertThat(generate(3000, 42, true)).isEqualTo(a);
        assertThat(Arrays.equals(generate(3000, 43, true), a)).isFalse();
        assertThat(new String(a, StandardCharsets.UTF_8).split("\n")).hasSize(3000);
    }

    @Test
    void writesNewsLikeTextsAcrossSourcesPlacesAndCategories() throws Exception {
        String text = new String(generate(5000, 42, false), StandardCharsets.UTF_8);
        String[] lines = text.split("\n");
        Set<String> sources = new TreeSet<>();
        Matcher m = Pattern.compile("\"source\":\"([a-z]+)\"").matcher(text);
        while (m.find()) {
            sources.add(m.group(1));
        }
        assertThat(sources).containsExactly("fkdm", "news", "other", "report", "social");
        assertThat(text).contains("Kabupaten ", "Kab. ", "Kota ", "Kecamatan ", "\"lat\":", "\"kode_wilayah\":\"",
                " yg ", "\"published_at\":\"2025-");
        assertThat(text).doesNotContain("{tempat}", "{kec}", "{tokoh}");
        Set<String> kategori = new TreeSet<>();
        TextClassifier classifier = Classifiers.defaultClassifier();
        long lengths = 0;
        for (String line : lines) {
            int t = line.indexOf("\"text\":\"");
            String body = line.substring(t + 8, line.indexOf('"', t + 8));
            lengths += body.length();
            kategori.add(classifier.classify(body).kategori());
        }
        assertThat(kategori).as("every category of the shipped lexicon is recovered from the texts").hasSize(13);
        assertThat(lengths / lines.length).isBetween(450L, 800L);
    }
}
