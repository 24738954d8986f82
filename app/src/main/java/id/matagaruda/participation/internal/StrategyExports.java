package id.matagaruda.participation.internal;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.matagaruda.participation.BacktestReport;
import id.matagaruda.participation.DriverEffect;
import id.matagaruda.participation.Programme;
import id.matagaruda.participation.QualityFlag;
import id.matagaruda.participation.Recommendation;
import id.matagaruda.participation.StrategyRow;
import id.matagaruda.participation.TurnoutStrategy;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The strategy for a coordination meeting of a Kesbangpol office: the regions of its scope below target with their
 * drivers and programmes, the model's skill against the baselines, the flagged data rows and the programme menu.
 */
public final class StrategyExports {

    /** What one export shows: whose scope, which data, which target, the rows and the figures behind them. */
    /**
     * {@code noForecast} says why no forecast could be made (then {@code backtest} is null and {@code flags} holds the
     * flagged rows); null for an ordinary export, whose flagged rows are those of the backtest.
     */
    public record Content(String scopeName, String datasetName, double target, String generatedAt,
            List<StrategyRow> rows, BacktestReport backtest, List<Programme> menu, String noForecast,
            List<QualityFlag> flags) {

        List<QualityFlag> flagged() {
            return backtest == null ? flags : backtest.flags();
        }

        List<StrategyRow> below() {
            return rows.stream().filter(StrategyRow::belowTarget).toList();
        }
    }

    private StrategyExports() {}

    static String num(double v) {
        return String.format(Locale.forLanguageTag("id"), "%.1f", v);
    }

    static String drivers(List<DriverEffect> drivers) {
        return drivers.stream().map(d -> d.nama() + " (" + num(d.effect()) + ")").collect(Collectors.joining("; "));
    }

    static String programmes(List<Recommendation> recs) {
        return recs.stream().map(r -> r.programmeId() + " " + r.nama() + " (+" + num(r.expectedEffect()) + ")")
                .collect(Collectors.joining("; "));
    }

    static String skill(Content c) {
        if (c.backtest() == null) {
            return "Tidak ada prakiraan untuk data ini: " + c.noForecast() + ". Baris yang ditandai ada di lembar "
                    + "Data ditandai.";
        }
        return skill(c.backtest());
    }

    static String skill(BacktestReport b) {
        return String.format(Locale.forLanguageTag("id"),
                "Ketepatan (validasi silang %d lipatan, MAE poin): model %.2f; rata-rata provinsi %.2f; rata-rata nasional %.2f. "
                        + "Provinsi tak terlihat: model %.2f vs rata-rata nasional %.2f. Cakupan interval 80%%: %.1f%%. "
                        + "%d baris dipakai, %d ditandai.",
                b.folds(), b.model().mae(), b.provinceMean().mae(), b.nationalMean().mae(), b.groupedModel().mae(),
                b.groupedNationalMean().mae(), 100 * b.intervalCoverage(), b.used(), b.total() - b.used());
    }

    public static byte[] xlsx(Content c) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            org.apache.poi.ss.usermodel.Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            XSSFSheet s = wb.createSheet("Perlu perhatian");
            int r = 0;
            cell(s.createRow(r++), 0, "Partisipasi Pilkada: wilayah di bawah target " + num(c.target()) + "%", bold);
            cell(s.createRow(r++), 0, "Cakupan: " + c.scopeName() + " | Data: " + c.datasetName() + " | Dibuat: "
                    + c.generatedAt(), null);
            cell(s.createRow(r++), 0, skill(c), null);
            cell(s.createRow(r++), 0, "Urutan program: jumlah |efek pendorong| x asumsi efek program untuk pendorong "
                    + "penurun yang ditangani, paling banyak sebesar selisih.", null);
            r++;
            String[] head = {"No", "Kode", "Kab/kota", "Prediksi (%)", "Batas bawah", "Batas atas", "Target", "Selisih (poin)",
                "Partisipasi terakhir (%)", "Pendorong utama", "Program yang direkomendasikan", "Catatan data"};
            Row h = s.createRow(r++);
            for (int i = 0; i < head.length; i++) {
                cell(h, i, head[i], bold);
            }
            int no = 1;
            for (StrategyRow x : c.below()) {
                Row row = s.createRow(r++);
                row.createCell(0).setCellValue(no++);
                cell(row, 1, x.kodeWilayah(), null);
                cell(row, 2, x.nama(), null);
                row.createCell(3).setCellValue(x.prediksi());
                row.createCell(4).setCellValue(x.batasBawah());
                row.createCell(5).setCellValue(x.batasAtas());
                row.createCell(6).setCellValue(x.target());
                row.createCell(7).setCellValue(x.selisih());
                if (x.observed() != null) {
                    row.createCell(8).setCellValue(x.observed());
                }
                cell(row, 9, drivers(x.pendorongUtama()), null);
                cell(row, 10, programmes(x.rekomendasi()), null);
                cell(row, 11, x.flag() == null ? "" : x.flag(), null);
            }
            s.setColumnWidth(2, 32 * 256);
            s.setColumnWidth(9, 60 * 256);
            s.setColumnWidth(10, 70 * 256);
            s.setColumnWidth(11, 40 * 256);

            XSSFSheet p = wb.createSheet("Alasan program");
            r = 0;
            Row ph = p.createRow(r++);
            String[] pHead = {"Kode", "Kab/kota", "Program", "Perkiraan efek (poin)", "Alasan"};
            for (int i = 0; i < pHead.length; i++) {
                cell(ph, i, pHead[i], bold);
            }
            for (StrategyRow x : c.below()) {
                for (Recommendation rec : x.rekomendasi()) {
                    Row row = p.createRow(r++);
                    cell(row, 0, x.kodeWilayah(), null);
                    cell(row, 1, x.nama(), null);
                    cell(row, 2, rec.programmeId() + " " + rec.nama(), null);
                    row.createCell(3).setCellValue(rec.expectedEffect());
                    cell(row, 4, rec.alasan(), null);
                }
            }
            p.setColumnWidth(2, 50 * 256);
            p.setColumnWidth(4, 120 * 256);

            XSSFSheet all = wb.createSheet("Semua wilayah");
            r = 0;
            Row ah = all.createRow(r++);
            String[] aHead = {"Kode", "Kab/kota", "Prediksi (%)", "Batas bawah", "Batas atas", "Selisih (poin)"};
            for (int i = 0; i < aHead.length; i++) {
                cell(ah, i, aHead[i], bold);
            }
            for (StrategyRow x : c.rows()) {
                Row row = all.createRow(r++);
                cell(row, 0, x.kodeWilayah(), null);
                cell(row, 1, x.nama(), null);
                row.createCell(2).setCellValue(x.prediksi());
                row.createCell(3).setCellValue(x.batasBawah());
                row.createCell(4).setCellValue(x.batasAtas());
                row.createCell(5).setCellValue(x.selisih());
            }

            XSSFSheet fl = wb.createSheet("Data ditandai");
            r = 0;
            Row fh = fl.createRow(r++);
            String[] fHead = {"Baris", "Kode", "Pemilihan", "Aturan", "Alasan"};
            for (int i = 0; i < fHead.length; i++) {
                cell(fh, i, fHead[i], bold);
            }
            for (QualityFlag q : c.flagged()) {
                Row row = fl.createRow(r++);
                row.createCell(0).setCellValue(q.line());
                cell(row, 1, q.kodeWilayah(), null);
                cell(row, 2, q.pemilihan(), null);
                cell(row, 3, q.rule(), null);
                cell(row, 4, q.reason(), null);
            }
            fl.setColumnWidth(4, 120 * 256);

            XSSFSheet m = wb.createSheet("Menu program");
            r = 0;
            Row mh = m.createRow(r++);
            String[] mHead = {"Id", "Versi", "Program", "Pendorong yang ditangani", "Asumsi efek", "Alasan"};
            for (int i = 0; i < mHead.length; i++) {
                cell(mh, i, mHead[i], bold);
            }
            for (Programme prog : c.menu()) {
                Row row = m.createRow(r++);
                cell(row, 0, prog.id(), null);
                row.createCell(1).setCellValue(prog.versi());
                cell(row, 2, prog.nama(), null);
                cell(row, 3, String.join(", ", prog.pendorong()), null);
                row.createCell(4).setCellValue(prog.efek());
                cell(row, 5, prog.alasan(), null);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(Row row, int col, String value, CellStyle style) {
        var cell = row.createCell(col);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    public static byte[] pdf(Content c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        PdfWriter.getInstance(doc, out);
        doc.open();
        Font title = new Font(Font.HELVETICA, 14, Font.BOLD);
        Font small = new Font(Font.HELVETICA, 8);
        Font smallBold = new Font(Font.HELVETICA, 8, Font.BOLD);
        doc.add(new Paragraph("Partisipasi Pilkada: wilayah di bawah target " + num(c.target()) + "%", title));
        doc.add(new Paragraph("Cakupan: " + c.scopeName() + "  |  Data: " + c.datasetName() + "  |  Dibuat: "
                + c.generatedAt(), small));
        doc.add(new Paragraph(skill(c), small));
        doc.add(new Paragraph("Prediksi dari ciri wilayah (penduduk, kepadatan, kota/kabupaten, IPM provinsi, pola provinsi); "
                + "interval 80% dari galat validasi silang. Pendorong dalam poin terhadap rata-rata nasional. Urutan program: "
                + "jumlah |efek pendorong| x asumsi efek program, paling banyak sebesar selisih.", small));
        doc.add(new Paragraph(" "));
        List<StrategyRow> below = c.below();
        if (below.isEmpty()) {
            doc.add(new Paragraph("Tidak ada kab/kota dalam cakupan ini yang diprediksi di bawah target.", small));
        } else {
            PdfPTable t = new PdfPTable(new float[] {3, 5, 14, 6, 8, 5, 26, 33});
            t.setWidthPercentage(100);
            t.setHeaderRows(1);
            for (String h : new String[] {"No", "Kode", "Kab/kota", "Prediksi", "Interval 80%", "Selisih",
                "Pendorong utama", "Program yang direkomendasikan"}) {
                PdfPCell cell = new PdfPCell(new Phrase(h, smallBold));
                cell.setBackgroundColor(new Color(0xEE, 0xE6, 0xD8));
                t.addCell(cell);
            }
            int no = 1;
            for (StrategyRow x : below) {
                t.addCell(new Phrase(String.valueOf(no++), small));
                t.addCell(new Phrase(x.kodeWilayah(), small));
                t.addCell(new Phrase(x.nama() + (x.flag() == null ? "" : " *"), small));
                PdfPCell pred = new PdfPCell(new Phrase(num(x.prediksi()) + "%", small));
                pred.setHorizontalAlignment(Element.ALIGN_RIGHT);
                t.addCell(pred);
                t.addCell(new Phrase(num(x.batasBawah()) + "–" + num(x.batasAtas()), small));
                PdfPCell gap = new PdfPCell(new Phrase(num(x.selisih()), small));
                gap.setHorizontalAlignment(Element.ALIGN_RIGHT);
                t.addCell(gap);
                t.addCell(new Phrase(drivers(x.pendorongUtama()), small));
                t.addCell(new Phrase(programmes(x.rekomendasi()), small));
            }
            doc.add(t);
            if (below.stream().anyMatch(x -> x.flag() != null)) {
                doc.add(new Paragraph("* data partisipasi terakhir wilayah ini ditandai (lihat XLSX, lembar Data ditandai); "
                        + "prediksinya berasal dari ciri wilayah saja.", small));
            }
        }
        doc.add(new Paragraph(" "));
        doc.add(new Paragraph("Menu program (" + TurnoutStrategy.TOP_PROGRAMMES + " teratas per wilayah)", smallBold));
        for (Programme p : c.menu()) {
            doc.add(new Paragraph(p.id() + " " + p.nama() + ": " + p.alasan(), small));
        }
        doc.close();
        return out.toByteArray();
    }
}
