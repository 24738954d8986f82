package id.matagaruda.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Fixtures of the index tests: the shipped BPS IPM table in long input form, and specs written in code. */
final class IndexFixtures {

    private IndexFixtures() {}

    /** A published IPM row with its components; components are null where BPS did not publish them. */
    record IpmRow(String kode, int tahun, Double ipm, Double uhh, Double hls, Double rls, Double pengeluaranRibu) {}

    static List<IpmRow> ipmTable() {
        try (InputStream in = IndexFixtures.class.getClassLoader()
                .getResourceAsStream("index/data/ipm_nasional_provinsi_2010_2021.csv")) {
            List<IpmRow> rows = new ArrayList<>();
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String kode = r.get("kode_kemendagri2025");
                rows.add(new IpmRow(kode.equals("0") ? "00" : kode, Integer.parseInt(r.get("tahun")), num(r.get("ipm")),
                        num(r.get("uhh_tahun")), num(r.get("hls_tahun")), num(r.get("rls_tahun")),
                        num(r.get("pengeluaran_per_kapita_disesuaikan_ribu_rp_per_tahun"))));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The table as IPM inputs; BPS publishes expenditure in thousand Rp, the spec takes Rp, hence x 1000. */
    static List<Observation> ipmObservations(List<IpmRow> rows) {
        List<Observation> out = new ArrayList<>();
        for (IpmRow r : rows) {
            out.add(new Observation(r.kode(), r.tahun(), "UHH", r.uhh()));
            out.add(new Observation(r.kode(), r.tahun(), "HLS", r.hls()));
            out.add(new Observation(r.kode(), r.tahun(), "RLS", r.rls()));
            out.add(new Observation(r.kode(), r.tahun(), "PENGELUARAN",
                    r.pengeluaranRibu() == null ? null : r.pengeluaranRibu() * 1000));
        }
        return out;
    }

    static IndexSpec spec(String yaml) {
        return IndexSpecs.parse(new StringReader(yaml), "uji.yaml");
    }

    static List<Observation> read(IndexSpec spec, String csv) throws IOException {
        return IndexInputs.withShippedRegions(spec).read(new StringReader(csv));
    }

    private static Double num(String s) {
        return s == null || s.isBlank() ? null : Double.parseDouble(s);
    }
}
