package id.matagaruda.forecast.internal;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.matagaruda.forecast.Alert;
import id.matagaruda.forecast.Backtest;
import id.matagaruda.forecast.RegionRisk;
import id.matagaruda.forecast.RiskForecast;
import id.matagaruda.forecast.RiskBands;
import id.matagaruda.forecast.SkillSentence;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The one-page leadership brief: how skilful the forecast is, the most at-risk regions, the state of the alerts. */
public final class BriefPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD, new Color(0x1F, 0x3A, 0x5F));
    private static final Font HEADING = new Font(Font.HELVETICA, 11, Font.BOLD, new Color(0x1F, 0x3A, 0x5F));
    private static final Font BODY = new Font(Font.HELVETICA, 9);
    private static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font SMALL = new Font(Font.HELVETICA, 7);
    private static final Map<String, Color> COLOURS = Map.of("rawan tinggi", new Color(0xC6, 0x28, 0x28),
            "rawan sedang", new Color(0xF9, 0xA8, 0x25), "rawan rendah", new Color(0x7C, 0xB3, 0x42));

    private BriefPdf() {
    }

    public static byte[] render(RiskForecast f, List<RegionRisk> regions, List<Alert> alerts, LocalDate today) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle("Ringkasan Kerawanan Konflik");
            doc.addCreator("Mata Garuda");
            doc.open();
            doc.add(new Paragraph("Ringkasan Kerawanan Konflik — " + f.periode(), TITLE));
            doc.add(new Paragraph("Ditjen Politik dan Pemerintahan Umum, Kemendagri · disusun " + today, SMALL));
            Backtest b = f.backtest();
            doc.add(new Paragraph("Keterampilan ramalan", HEADING));
            doc.add(new Paragraph(SkillSentence.indonesian(b), BOLD));
            doc.add(new Paragraph(SkillSentence.english(b), BODY));
            doc.add(new Paragraph(f.fallback()
                    ? "Model TIDAK mengalahkan garis dasar terbaik: peta ini memakai garis dasar, bukan model."
                    : "Model mengalahkan garis dasar terbaik pada periode uji; peta ini memakai model.", BOLD));
            Map<String, Long> counts = RiskBands.counts(regions);
            Map<String, Double> shares = RiskBands.shares(regions);
            StringBuilder bands = new StringBuilder("Sebaran pita (" + regions.size() + " wilayah): ");
            counts.forEach((band, k) -> bands.append(band).append(' ').append(k).append(" (")
                    .append(Math.round(100 * shares.get(band))).append("%)  "));
            doc.add(new Paragraph(bands.toString().strip(), BODY));
            doc.add(new Paragraph("Wilayah paling rawan", HEADING));
            PdfPTable table = new PdfPTable(new float[] {1.2f, 3.5f, 1.3f, 1.6f, 6f});
            table.setWidthPercentage(100);
            table.setSpacingBefore(4);
            for (String h : List.of("Kode", "Wilayah", "Peluang", "Kategori", "Pendorong utama")) {
                table.addCell(cell(h, BOLD, null));
            }
            regions.stream().sorted(Comparator.comparingDouble(RegionRisk::probabilitas).reversed()).limit(15)
                    .forEach(r -> {
                        table.addCell(cell(r.kodeWilayah(), BODY, null));
                        table.addCell(cell(r.nama(), BODY, null));
                        table.addCell(cell(String.format(Locale.ROOT, "%.0f%%", 100 * r.probabilitas()), BODY, null));
                        table.addCell(cell(r.kategoriRisiko(), BODY, COLOURS.get(r.kategoriRisiko())));
                        table.addCell(cell(r.pendorongUtama(), SMALL, null));
                    });
            doc.add(table);
            doc.add(new Paragraph("Peringatan dini", HEADING));
            Map<String, Integer> byStatus = new TreeMap<>();
            alerts.forEach(a -> byStatus.merge(a.status(), 1, Integer::sum));
            doc.add(new Paragraph(alerts.isEmpty() ? "Tidak ada peringatan dalam cakupan."
                    : alerts.size() + " peringatan: " + byStatus, BODY));
            alerts.stream().filter(a -> !a.status().equals("selesai")).limit(8).forEach(a -> doc.add(new Paragraph(
                    String.format(Locale.ROOT, "• %s %s %s: %d kejadian (harapan %.1f, p=%.1e, keparahan %s) — %s",
                            a.kodeWilayah(), a.kategori(), a.periode(), a.jumlah(), a.harapan(), a.pValue(),
                            a.keparahan(), a.status()), BODY)));
            doc.add(new Paragraph("Sumber: UCDP GED (CC BY 4.0) via HDX; peluang = kemungkinan sedikitnya satu kejadian "
                    + "pada periode berikutnya. Pita (" + f.acuanPita() + String.format(Locale.ROOT, ") terhadap tingkat dasar %.1f%%: "
                    + "tinggi bila peluang setidaknya dua kali tingkat dasar (rasio odds) dan sedikitnya 10%%, sedang bila di atas "
                    + "tingkat dasar, rendah bila di bawahnya.", 100 * f.tingkatDasar()), SMALL));
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("brief could not be written", e);
        }
        return out.toByteArray();
    }

    private static PdfPCell cell(String text, Font font, Color fill) {
        PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, font));
        c.setPadding(3);
        if (fill != null) {
            c.setBackgroundColor(fill);
        }
        return c;
    }
}
