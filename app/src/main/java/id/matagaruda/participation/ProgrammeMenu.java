package id.matagaruda.participation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The programme menu for turnout strategies, held as data in {@code participation/program_menu.csv}. */
public record ProgrammeMenu(String source, List<Programme> programmes) {

    public static final String FILE = "participation/program_menu.csv";

    public static ProgrammeMenu shipped() {
        try (InputStream in = ProgrammeMenu.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " missing from the jar");
            }
            return read(FILE, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ProgrammeMenu read(String source, InputStream in) throws IOException {
        List<Programme> list = new ArrayList<>();
        for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get()
                .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            double efek = Double.parseDouble(r.get("efek"));
            if (efek < 0 || efek > 1) {
                throw new IllegalArgumentException(source + " baris " + r.getRecordNumber() + ": efek harus 0-1");
            }
            list.add(new Programme(r.get("id"), Integer.parseInt(r.get("versi")), r.get("nama"),
                    Arrays.stream(r.get("pendorong").split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList(),
                    efek, r.get("alasan")));
        }
        return new ProgrammeMenu(source, List.copyOf(list));
    }

    /** The menu's identity for provenance: each programme's id and version. */
    public String version() {
        return String.join(",", programmes.stream().map(p -> p.id() + "@" + p.versi()).toList());
    }
}
