package id.matagaruda.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class MethodologiesTest {

    @Test
    void readsHeaderAndBodyAndNamesTheFileWhenAKeyIsMissing() {
        Methodology m = Methodologies.parse(new StringReader("""
                id: contoh
                versi: "2"
                judul: Contoh
                title: Example
                sumber: uji
                ambang: {tinggi: 3.5}
                pita: [{label: rendah, max: 1}]
                """), "contoh");
        assertThat(m.reference()).isEqualTo("contoh v2");
        assertThat(m.number("ambang.tinggi")).isEqualTo(3.5);
        assertThat(m.list("pita")).hasSize(1);
        assertThatThrownBy(() -> m.number("ambang.rendah")).hasMessageContaining("contoh v2")
                .hasMessageContaining("ambang.rendah");
    }

    @Test
    void refusesAFileWhoseIdDisagreesWithItsName() {
        assertThatThrownBy(() -> Methodologies.parse(new StringReader("id: lain\nversi: 1\njudul: x\n"), "contoh"))
                .hasMessageContaining("declares id lain");
    }

    @Test
    void everyShippedFileLoads() {
        for (Methodology m : Methodologies.all()) {
            assertThat(m.version()).isNotBlank();
        }
    }
}
