package id.matagaruda.participation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The strategy CSV of {@code turnout strategy}: the contract columns, one kab/kota a line, largest shortfall first. */
public final class TurnoutFiles {

    public static final String[] STRATEGY_COLUMNS = {"kode_wilayah", "prediksi", "batas_bawah", "batas_atas", "target",
        "selisih", "pendorong_utama", "rekomendasi"};

    private TurnoutFiles() {}

    public static void writeStrategy(List<StrategyRow> rows, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(STRATEGY_COLUMNS).setRecordSeparator('\n').get().print(w);
        for (StrategyRow r : rows) {
            csv.printRecord(r.kodeWilayah(), num(r.prediksi()), num(r.batasBawah()), num(r.batasAtas()), num(r.target()),
                    num(r.selisih()), drivers(r), recommendations(r));
        }
        csv.flush();
    }

    public static String drivers(StrategyRow r) {
        return r.pendorongUtama().stream().map(d -> d.nama() + " " + num(d.effect())).collect(Collectors.joining("; "));
    }

    public static String recommendations(StrategyRow r) {
        return r.rekomendasi().stream().map(p -> p.programmeId() + " " + p.nama() + " (+" + num(p.expectedEffect()) + ")")
                .collect(Collectors.joining("; "));
    }

    static String num(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
