package id.matagaruda.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.matagaruda.shared.FileRejectedException;
import id.matagaruda.shared.RowProblem;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The event file contract: plain header or HXL tags, and a whole-file rejection listing every wrong cell. */
class EventFilesTest {

    @Test
    void readsThePlainContractWithOptionalColumns() throws Exception {
        List<ConflictEvent> e = EventFiles.read(new StringReader(
                "tanggal,wilayah,lintang,bujur,kategori,korban\n2024-02-14,32.73,,,Unjuk Rasa,0\n2024-03,,-6.9,107.6,,2\n"));
        assertThat(e).hasSize(2);
        assertThat(e.get(0).kategori()).isEqualTo("unjuk rasa");
        assertThat(e.get(1).lintang()).isEqualTo(-6.9);
        assertThat(e.get(1).korban()).isEqualTo(2);
    }

    @Test
    void readsHxlTagsBelowAHumanHeader() throws Exception {
        List<ConflictEvent> e = EventFiles.read(new StringReader(
                "Year,Province,Deaths\n#date+year,#adm1+name,#affected+killed\n2001,Aceh province,3\n"));
        assertThat(e).containsExactly(new ConflictEvent(3, "2001", "Aceh province", null, null, null, 3, null, null));
    }

    @Test
    void rejectsTheWholeFileListingEveryWrongCell() {
        FileRejectedException ex = catchThrowableOfType(FileRejectedException.class, () -> EventFiles.read(
                new StringReader("tanggal,wilayah,korban\n2024-13,32.73,1\n2024-02-30,32.73,x\n")));
        assertThat(ex.problems()).extracting(RowProblem::row, RowProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "tanggal"),
                        org.assertj.core.groups.Tuple.tuple(3, "tanggal"), org.assertj.core.groups.Tuple.tuple(3, "korban"));
    }
}
