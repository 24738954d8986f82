package id.matagaruda.reporting.internal;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import id.matagaruda.reporting.Capaian;
import id.matagaruda.reporting.Evidence;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** The "Laporan Capaian Kinerja" as PDF: cover, summary table, a bar chart drawn with PDF graphics, the evidence list. */
public final class AchievementPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 24, Font.BOLD, new Color(0x1F, 0x3A, 0x5F));
    private static final Font HEADING = new Font(Font.HELVETICA, 14, Font.BOLD, new Color(0x1F, 0x3A, 0x5F));
    private static final Font BODY = new Font(Font.HELVETICA, 10);
    private static final Font BODY_BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font SMALL = new Font(Font.HELVETICA, 8);
    private static final Font SMALL_BOLD = new Font(Font.HELVETICA, 8, Font.BOLD, Color.WHITE);
    // 6 pt Courier puts all 64 hex digits of a SHA-256 on one line of the file column, so it can be compared at a glance.
    private static final Font HASH = new Font(Font.COURIER, 6);
    private static final Font LINK = new Font(Font.HELVETICA, 8, Font.UNDERLINE, new Color(0x1A, 0x4F, 0xA0));
    private static final Color HEADER_FILL = new Color(0x1F, 0x3A, 0x5F);
    private static final Color GRID = new Color(0xBB, 0xBB, 0xBB);
    /** The same colours the web pages use for the categories, so the printed chart reads like the screen. */
    private static final Map<String, Color> CATEGORY_COLOURS = Map.of(
            "sangat tinggi", new Color(0x2E, 0x7D, 0x32), "tinggi", new Color(0x7C, 0xB3, 0x42),
            "sedang", new Color(0xF9, 0xA8, 0x25), "rendah", new Color(0xEF, 0x6C, 0x00),
            "sangat rendah", new Color(0xC6, 0x28, 0x28));
    /** The category bounds of methodology/capaian-bands.yaml, and the target line at 100. */
    private static final int[] THRESHOLDS = java.util.stream.IntStream.concat(
            id.matagaruda.reporting.Achievement.bands().stream().filter(b -> b.bawah() != null)
                    .mapToInt(b -> b.bawah().intValue()).sorted(), java.util.stream.IntStream.of(100)).toArray();
    private static final float BAR_ROW = 18;

    private AchievementPdf() {}

    public static byte[] write(ReportContent c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 50, 50, 60, 50);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setPageEvent(new Footer(c));
            doc.addTitle(ReportContent.TITLE + " " + c.regionName() + " " + c.period());
            doc.addAuthor(c.generatedBy());
            doc.addCreator("Mata Garuda");
            doc.open();
            cover(doc, c);
            doc.newPage();
            summary(doc, c);
            doc.newPage();
            chart(doc, writer, c);
            doc.newPage();
            evidence(doc, c);
            doc.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("PDF report could not be written", e);
        }
        return out.toByteArray();
    }

    private static void cover(Document doc, ReportContent c) {
        doc.add(centered("KEMENTERIAN DALAM NEGERI REPUBLIK INDONESIA", BODY_BOLD, 0));
        doc.add(centered("Direktorat Jenderal Politik dan Pemerintahan Umum", BODY, 0));
        doc.add(centered("Mata Garuda — Pemantauan Kinerja Kesbangpol", SMALL, 0));
        doc.add(centered(ReportContent.TITLE, TITLE, 120));
        doc.add(centered(c.regionName(), HEADING, 24));
        doc.add(centered("Kode wilayah " + c.regionCode(), BODY, 4));
        doc.add(centered("Periode " + c.periodLabel() + " (" + c.period() + ")", BODY, 4));
        long counted = c.rows().stream().filter(r -> r.capaian() != null).count();
        doc.add(centered(c.rows().size() + " realisasi; " + counted + " dengan capaian terhitung; "
                + c.evidence().size() + " data dukung", BODY, 4));
        PdfPTable facts = new PdfPTable(new float[] {30, 70});
        facts.setWidthPercentage(80);
        facts.setSpacingBefore(60);
        fact(facts, "Tanggal dibuat", c.dateText());
        fact(facts, "Dibuat oleh", c.generatedBy());
        fact(facts, "Wilayah", c.regionName() + " (" + c.regionCode() + ") beserta wilayah di bawahnya");
        fact(facts, "Periode", c.periodLabel() + " (" + c.period() + ")");
        doc.add(facts);
        Paragraph rules = new Paragraph("Aturan capaian dan pembulatan", BODY_BOLD);
        rules.setSpacingBefore(24);
        doc.add(rules);
        for (String rule : ReportContent.RULES) {
            Paragraph p = new Paragraph("•  " + rule, SMALL);
            p.setIndentationLeft(10);
            p.setSpacingBefore(3);
            doc.add(p);
        }
    }

    private static void summary(Document doc, ReportContent c) {
        doc.add(heading("1. Ringkasan capaian"));
        if (c.rows().isEmpty()) {
            doc.add(new Paragraph("Belum ada realisasi untuk wilayah dan periode ini.", BODY));
            return;
        }
        PdfPTable t = new PdfPTable(new float[] {4, 34, 9, 11, 11, 10, 11, 10});
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        for (String h : List.of("No", "Indikator", "Wilayah", "Target", "Realisasi", "Capaian (%)", "Kategori", "Status")) {
            t.addCell(headerCell(h));
        }
        int n = 1;
        for (Capaian r : c.rows()) {
            t.addCell(cell(String.valueOf(n++), Element.ALIGN_RIGHT));
            PdfPCell name = new PdfPCell();
            name.addElement(new Phrase(r.indicator(), new Font(Font.HELVETICA, 8, Font.BOLD)));
            name.addElement(new Phrase(r.indicatorName() == null ? "" : r.indicatorName(), SMALL));
            if (r.keterangan() != null) {
                name.addElement(new Phrase(r.keterangan(), new Font(Font.HELVETICA, 7, Font.ITALIC, Color.DARK_GRAY)));
            }
            name.setBorderColor(GRID);
            name.setPaddingTop(0);
            t.addCell(name);
            t.addCell(cell(r.region(), Element.ALIGN_LEFT));
            t.addCell(cell(ReportContent.number(r.target()), Element.ALIGN_RIGHT));
            t.addCell(cell(ReportContent.number(r.realisasi()), Element.ALIGN_RIGHT));
            t.addCell(cell(ReportContent.percent(r.capaian()), Element.ALIGN_RIGHT));
            t.addCell(cell(r.kategori() == null ? "-" : r.kategori(), Element.ALIGN_LEFT));
            t.addCell(cell(r.status(), Element.ALIGN_LEFT));
        }
        doc.add(t);
    }

    /**
     * One horizontal bar per counted realisation, coloured by category, on a 0-to-max scale with the category
     * thresholds as dashed lines; continues on further pages when the list is long.
     */
    private static void chart(Document doc, PdfWriter writer, ReportContent c) throws IOException {
        doc.add(heading("2. Grafik capaian per indikator"));
        List<Capaian> bars = c.rows().stream().filter(r -> r.capaian() != null).toList();
        if (bars.isEmpty()) {
            doc.add(new Paragraph("Tidak ada capaian terhitung (disetujui atau diajukan) untuk digambarkan.", BODY));
            return;
        }
        doc.add(new Paragraph("Garis putus-putus: batas kategori " + java.util.Arrays.stream(THRESHOLDS, 0,
                THRESHOLDS.length - 1).mapToObj(String::valueOf).collect(java.util.stream.Collectors.joining(", "))
                + " (" + id.matagaruda.reporting.Achievement.BANDS.reference() + ") dan target 100%. Warna batang = kategori.",
                SMALL));
        double max = bars.stream().mapToDouble(r -> r.capaian().doubleValue()).max().orElse(100);
        // Beyond 150% the bar is clipped (the number is still printed): one outlier must not flatten every other bar.
        double scaleMax = Math.min(150, Math.max(120, Math.ceil(max / 10) * 10));
        BaseFont font = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        float left = doc.left();
        float right = doc.right();
        float labelWidth = 150;
        float x0 = left + labelWidth + 6;
        float x1 = right - 45;
        int i = 0;
        boolean firstPage = true;
        while (i < bars.size()) {
            if (!firstPage) {
                doc.newPage();
                doc.add(heading("2. Grafik capaian per indikator (lanjutan)"));
            }
            firstPage = false;
            float top = writer.getVerticalPosition(true) - 28;
            int fit = Math.max(1, (int) ((top - doc.bottom() - 10) / BAR_ROW));
            int end = Math.min(bars.size(), i + fit);
            float bottom = top - (end - i) * BAR_ROW;
            PdfContentByte cb = writer.getDirectContent();
            axis(cb, font, x0, x1, top, bottom, scaleMax);
            for (int k = i; k < end; k++) {
                Capaian r = bars.get(k);
                float y = top - (k - i + 1) * BAR_ROW + 4;
                double v = Math.max(0, r.capaian().doubleValue());
                float w = (float) ((x1 - x0) * Math.min(v, scaleMax) / scaleMax);
                cb.setColorFill(CATEGORY_COLOURS.getOrDefault(r.kategori(), Color.GRAY));
                cb.rectangle(x0, y, w, BAR_ROW - 8);
                cb.fill();
                cb.beginText();
                cb.setFontAndSize(font, 7);
                cb.setColorFill(Color.BLACK);
                String label = fit(font, r.indicator() + (r.region() == null ? "" : " · " + r.region()), 7, labelWidth);
                cb.showTextAligned(Element.ALIGN_RIGHT, label, x0 - 4, y + 2, 0);
                cb.showTextAligned(Element.ALIGN_LEFT, ReportContent.percent(r.capaian()) + (v > scaleMax ? " »" : ""),
                        x0 + w + 3, y + 2, 0);
                cb.endText();
            }
            i = end;
        }
    }

    private static void axis(PdfContentByte cb, BaseFont font, float x0, float x1, float top, float bottom,
            double scaleMax) {
        cb.saveState();
        cb.setColorStroke(Color.DARK_GRAY);
        cb.setLineWidth(0.6f);
        cb.moveTo(x0, top + 4);
        cb.lineTo(x0, bottom);
        cb.lineTo(x1, bottom);
        cb.stroke();
        cb.setColorStroke(GRID);
        cb.setLineWidth(0.4f);
        cb.setLineDash(2, 2, 0);
        for (int t : THRESHOLDS) {
            float x = (float) (x0 + (x1 - x0) * t / scaleMax);
            cb.moveTo(x, top + 4);
            cb.lineTo(x, bottom);
        }
        cb.stroke();
        cb.restoreState();
        cb.beginText();
        cb.setFontAndSize(font, 6.5f);
        cb.setColorFill(Color.DARK_GRAY);
        for (int t : THRESHOLDS) {
            cb.showTextAligned(Element.ALIGN_CENTER, String.valueOf(t), (float) (x0 + (x1 - x0) * t / scaleMax), top + 7, 0);
        }
        cb.showTextAligned(Element.ALIGN_CENTER, "0", x0, bottom - 9, 0);
        cb.showTextAligned(Element.ALIGN_CENTER, (int) scaleMax + "%", x1, bottom - 9, 0);
        cb.endText();
    }

    private static void evidence(Document doc, ReportContent c) {
        doc.add(heading("3. Daftar data dukung"));
        if (c.evidence().isEmpty()) {
            doc.add(new Paragraph("Belum ada data dukung yang dilampirkan pada realisasi periode ini.", BODY));
            return;
        }
        doc.add(new Paragraph("Berkas disimpan menurut SHA-256 isinya; hash di bawah nama berkas dapat dipakai untuk "
                + "memeriksa bahwa berkas yang diunduh sama dengan yang dilampirkan.", SMALL));
        PdfPTable t = new PdfPTable(new float[] {4, 13, 50, 11, 8, 14});
        t.setWidthPercentage(100);
        t.setSpacingBefore(6);
        t.setHeaderRows(1);
        for (String h : List.of("No", "Indikator", "Berkas / tautan dan SHA-256", "Jenis", "Ukuran", "Diunggah")) {
            t.addCell(headerCell(h));
        }
        int n = 1;
        for (ReportContent.EvidenceRow row : c.evidence()) {
            Evidence e = row.evidence();
            t.addCell(cell(String.valueOf(n++), Element.ALIGN_RIGHT));
            t.addCell(cell(row.indicator() + "\n" + row.region(), Element.ALIGN_LEFT));
            PdfPCell file = new PdfPCell();
            file.setBorderColor(GRID);
            file.setPaddingTop(0);
            if (e.tautan() != null) {
                Chunk link = new Chunk(e.tautan(), LINK);
                link.setAnchor(e.tautan());
                file.addElement(new Paragraph(link));
                file.addElement(new Phrase("tautan (bukan berkas; tanpa hash)", new Font(Font.HELVETICA, 7, Font.ITALIC)));
            } else {
                file.addElement(new Phrase(e.namaBerkas() == null ? "-" : e.namaBerkas(), SMALL));
                file.addElement(new Phrase(e.sha256() == null ? "" : e.sha256(), HASH));
            }
            t.addCell(file);
            t.addCell(cell(e.jenis(), Element.ALIGN_LEFT));
            t.addCell(cell(ReportContent.size(e.ukuran()), Element.ALIGN_RIGHT));
            t.addCell(cell((e.uploadedBy() == null ? "-" : e.uploadedBy()) + "\n" + ReportContent.time(e.uploadedAt()),
                    Element.ALIGN_LEFT));
        }
        doc.add(t);
    }

    private static String fit(BaseFont font, String text, float size, float width) {
        if (font.getWidthPoint(text, size) <= width) {
            return text;
        }
        String s = text;
        while (s.length() > 1 && font.getWidthPoint(s + "…", size) > width) {
            s = s.substring(0, s.length() - 1);
        }
        return s + "…";
    }

    private static Paragraph centered(String text, Font font, float before) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(before);
        return p;
    }

    private static Paragraph heading(String text) {
        Paragraph p = new Paragraph(text, HEADING);
        p.setSpacingAfter(8);
        return p;
    }

    private static void fact(PdfPTable t, String label, String value) {
        PdfPCell l = new PdfPCell(new Phrase(label, BODY_BOLD));
        PdfPCell v = new PdfPCell(new Phrase(value, BODY));
        for (PdfPCell cell : List.of(l, v)) {
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColor(GRID);
            cell.setPadding(5);
            t.addCell(cell);
        }
    }

    private static PdfPCell headerCell(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, SMALL_BOLD));
        cell.setBackgroundColor(HEADER_FILL);
        cell.setBorderColor(GRID);
        cell.setPadding(4);
        return cell;
    }

    private static PdfPCell cell(String text, int align) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "-" : text, SMALL));
        cell.setHorizontalAlignment(align);
        cell.setBorderColor(GRID);
        cell.setPadding(3);
        return cell;
    }

    /** Every page but the cover names the report and its page, so a printed page that comes loose is still placed. */
    private static final class Footer extends PdfPageEventHelper {
        private final ReportContent c;

        Footer(ReportContent c) {
            this.c = c;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            if (writer.getPageNumber() == 1) {
                return;
            }
            try {
                BaseFont font = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
                PdfContentByte cb = writer.getDirectContent();
                cb.beginText();
                cb.setFontAndSize(font, 7);
                cb.setColorFill(Color.GRAY);
                cb.showTextAligned(Element.ALIGN_LEFT, ReportContent.TITLE + " — " + c.regionName() + " (" + c.regionCode()
                        + ") — " + c.period(), document.left(), document.bottom() - 20, 0);
                cb.showTextAligned(Element.ALIGN_RIGHT, "Halaman " + writer.getPageNumber(), document.right(),
                        document.bottom() - 20, 0);
                cb.endText();
            } catch (DocumentException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
