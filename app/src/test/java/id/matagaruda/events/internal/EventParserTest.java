package id.matagaruda.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.matagaruda.nlp.IndonesianText;
import org.junit.jupiter.api.Test;

class EventParserTest {

    @Test
    void standardisingACleanedTextGivesTheSharedStandardForm() {
        String raw = "  Warga\u00a0yg  TDK setuju dgn Kebijakan Pemda\u200b krn 2 org luka;  Bupati: \"gak benar\" ";
        String cleaned = IndonesianText.clean(raw);
        assertThat(EventParser.standardiseCleaned(cleaned)).isEqualTo(IndonesianText.standardise(raw))
                .contains("yang tidak setuju dengan").contains("karena 2 orang");
    }

    @Test
    void leavesDatelineAndCreditOutOfTheNearDuplicateFingerprint() {
        String body = "ribuan mahasiswa menggelar unjuk rasa di depan gedung dprd kota malang.";
        assertThat(EventParser.withoutDateline("malang, kabar daerah - " + body + " (kd)")).isEqualTo(body + " ");
        assertThat(EventParser.withoutDateline(body)).isEqualTo(body);
    }
}
