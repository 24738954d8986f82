package id.matagaruda.reporting.internal;

import id.matagaruda.reporting.Capaian;
import id.matagaruda.reporting.Evidence;
import id.matagaruda.shared.NumberText;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * What a "Laporan Capaian Kinerja" says, whichever format carries it: the cover facts, one summary row per realisation
 * (capaian empty where it is not counted) and the data dukung of those realisations.
 */
public record ReportContent(String regionCode, String regionName, String period, String periodLabel,
        ZonedDateTime generatedAt, String generatedBy, List<Capaian> rows, List<EvidenceRow> evidence) {

    public static final String TITLE = "Laporan Capaian Kinerja";
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final Locale ID = Locale.forLanguageTag("id-ID");

    /** The rules as Achievement applies them, stated on the cover so a reader can recompute every number. */
    public static final List<String> RULES = List.of(
            "Capaian = realisasi / target x 100% untuk indikator berpolaritas positif (makin tinggi makin baik); "
                    + "(2 - realisasi / target) x 100% untuk polaritas negatif (makin rendah makin baik).",
            "Target periode: target tahunan pada rencana (RPJMN/RPJMD/Renstra); untuk indikator kumulatif pada "
                    + "semester atau triwulan, target tahunan dibagi pro rata (mis. triwulan II = 2/4 target tahunan).",
            "Pembulatan: capaian dibulatkan setengah ke atas (half-up) menjadi dua desimal, lalu dikategorikan dari "
                    + "nilai yang sudah dibulatkan.",
            "Kategori (" + id.matagaruda.reporting.Achievement.BANDS.reference() + "): "
                    + id.matagaruda.reporting.Achievement.legend() + ".",
            "Yang dihitung: realisasi berstatus disetujui dan diajukan (diajukan = belum diverifikasi). Realisasi draft "
                    + "atau dikembalikan dicantumkan tanpa capaian. Target nol atau belum ditetapkan: capaian tidak dihitung.");

    /** A piece of data dukung with the realisation it supports. */
    public record EvidenceRow(String indicator, String region, Evidence evidence) {}

    /** Indonesian number text: 1.234,5; up to four decimals, as realisations are stored. */
    static String number(BigDecimal v) {
        if (v == null) {
            return "-";
        }
        return NumberText.format(v, ID, 4);
    }

    /** Capaian as it was rounded: always two decimals, so 58,20 is not read as less precise than 58,19. */
    static String percent(BigDecimal v) {
        return v == null ? "-" : NumberText.fixed(v, ID, 2);
    }

    static String time(OffsetDateTime t) {
        return t == null ? "-" : t.atZoneSameInstant(WIB).format(DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")) + " WIB";
    }

    static String size(Long bytes) {
        if (bytes == null) {
            return "-";
        }
        if (bytes < 1024) {
            return bytes + " B";
        }
        double kb = bytes / 1024.0;
        return kb < 1024 ? number(BigDecimal.valueOf(Math.round(kb * 10) / 10.0)) + " KB"
                : number(BigDecimal.valueOf(Math.round(kb / 1024 * 10) / 10.0)) + " MB";
    }

    String dateText() {
        return generatedAt.format(DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", ID)) + " WIB";
    }
}
