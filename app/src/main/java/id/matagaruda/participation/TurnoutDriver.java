package id.matagaruda.participation;

import java.util.Locale;

/**
 * The drivers the turnout model can name, with their Indonesian and English labels. Index columns of the input
 * ({@code indeks_*}) become drivers of their own under {@link #INDEKS}.
 */
public enum TurnoutDriver {
    POLA_PROVINSI("Pola partisipasi provinsi (data latih)", "Province turnout pattern (training data)"),
    PENDUDUK("Jumlah penduduk", "Population"),
    KEPADATAN("Kepadatan penduduk", "Population density"),
    STATUS_KOTA("Status kota/kabupaten", "City or regency"),
    UHH("Umur harapan hidup (IPM provinsi)", "Life expectancy (province HDI)"),
    HLS("Harapan lama sekolah (IPM provinsi)", "Expected years of schooling (province HDI)"),
    RLS("Rata-rata lama sekolah (IPM provinsi)", "Mean years of schooling (province HDI)"),
    PENGELUARAN("Pengeluaran per kapita (IPM provinsi)", "Expenditure per capita (province HDI)"),
    PEMILIH_PER_TPS("Pemilih per TPS", "Voters per polling station"),
    RASIO_DPT("Rasio DPT terhadap penduduk", "Voter roll to population ratio"),
    PARTISIPASI_SEBELUMNYA("Partisipasi pemilihan sebelumnya", "Previous election turnout"),
    JENIS_PEMILIHAN("Jenis pemilihan", "Election type"),
    INDEKS("Nilai indeks", "Index value");

    private final String nama;
    private final String name;

    TurnoutDriver(String nama, String name) {
        this.nama = nama;
        this.name = name;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String nama() {
        return nama;
    }

    public String english() {
        return name;
    }
}
