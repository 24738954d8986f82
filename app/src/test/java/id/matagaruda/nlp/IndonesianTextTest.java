package id.matagaruda.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndonesianTextTest {

    @Test
    void cleanKeepsWordingButNormalisesUnicodeAndWhitespace() {
        assertThat(IndonesianText.clean("  Warga\u00A0\u00A0Bogor\u200B  menolak\n\ttambang ")).isEqualTo("Warga Bogor menolak tambang");
        assertThat(IndonesianText.clean("ﬁnal")).isEqualTo("final");
    }

    @Test
    void standardiseExpandsInformalSpellings() {
        assertThat(IndonesianText.standardise("Warga yg demo dgn damai, tdk ricuh krn dijaga polres"))
                .isEqualTo("warga yang unjuk rasa dengan damai, tidak ricuh karena dijaga kepolisian resor");
    }

    @Test
    void standardiseLeavesStandardWordsAlone() {
        assertThat(IndonesianText.standardise("Bentrokan antarwarga di Kota Malang")).isEqualTo("bentrokan antarwarga di kota malang");
    }
}
