package id.matagaruda.reporting.internal;

import id.matagaruda.reporting.Capaian;
import id.matagaruda.reporting.Evidence;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The "Laporan Capaian Kinerja" as XLSX, the same data as the PDF for those who work on in Excel: a cover sheet with
 * the rules, the summary rows (numbers as numbers, codes as text) and the evidence list.
 */
public final class AchievementXlsx {

    public static final String SUMMARY_SHEET = "Capaian";
    public static final List<String> SUMMARY_COLUMNS = List.of("kode_indikator", "nama_indikator", "kode_wilayah",
            "periode", "target", "realisasi", "capaian_persen", "kategori", "status", "keterangan");
    private static final List<String> EVIDENCE_COLUMNS = List.of("kode_indikator", "kode_wilayah", "nama_berkas",
            "tautan", "jenis", "ukuran_byte", "sha256", "pengunggah", "waktu_unggah");

    private AchievementXlsx() {}

    public static byte[] write(ReportContent c) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);

            XSSFSheet cover = wb.createSheet("Laporan");
            List<List<Object>> facts = new ArrayList<>();
            facts.add(List.of("Judul", ReportContent.TITLE));
            facts.add(List.of("Wilayah", c.regionName()));
            facts.add(List.of("Kode wilayah", c.regionCode()));
            facts.add(List.of("Periode", c.periodLabel() + " (" + c.period() + ")"));
            facts.add(List.of("Tanggal dibuat", c.dateText()));
            facts.add(List.of("Dibuat oleh", c.generatedBy()));
            for (String rule : ReportContent.RULES) {
                facts.add(List.of(facts.size() == 6 ? "Aturan capaian" : "", rule));
            }
            for (int i = 0; i < facts.size(); i++) {
                Row row = cover.createRow(i);
                Cell label = row.createCell(0);
                label.setCellValue((String) facts.get(i).get(0));
                label.setCellStyle(bold);
                Cell value = row.createCell(1);
                value.setCellValue((String) facts.get(i).get(1));
                value.setCellStyle(i == 2 ? text : wrap);
            }
            cover.setColumnWidth(0, 18 * 256);
            cover.setColumnWidth(1, 110 * 256);

            List<List<Object>> rows = new ArrayList<>();
            for (Capaian r : c.rows()) {
                rows.add(Arrays.asList(r.indicator(), r.indicatorName(), r.region(), r.period(), r.target(),
                        r.realisasi(), r.capaian(), r.kategori(), r.status(), r.keterangan()));
            }
            table(wb.createSheet(SUMMARY_SHEET), SUMMARY_COLUMNS, rows, bold, text,
                    List.of("kode_indikator", "kode_wilayah", "periode"));

            List<List<Object>> evidence = new ArrayList<>();
            for (ReportContent.EvidenceRow row : c.evidence()) {
                Evidence e = row.evidence();
                evidence.add(Arrays.asList(row.indicator(), row.region(), e.namaBerkas(), e.tautan(), e.jenis(),
                        e.ukuran(), e.sha256(), e.uploadedBy(), ReportContent.time(e.uploadedAt())));
            }
            table(wb.createSheet("Data Dukung"), EVIDENCE_COLUMNS, evidence, bold, text,
                    List.of("kode_indikator", "kode_wilayah"));

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(XSSFSheet sheet, List<String> header, List<List<Object>> rows, CellStyle bold,
            CellStyle text, List<String> codeColumns) {
        int[] widths = new int[header.size()];
        Row head = sheet.createRow(0);
        for (int c = 0; c < header.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(header.get(c));
            cell.setCellStyle(bold);
            widths[c] = header.get(c).length();
        }
        for (int i = 0; i < rows.size(); i++) {
            Row row = sheet.createRow(i + 1);
            List<Object> values = rows.get(i);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (v instanceof BigDecimal n) {
                    cell.setCellValue(n.doubleValue());
                } else if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else {
                    cell.setCellValue(v.toString());
                    if (codeColumns.contains(header.get(c))) {
                        cell.setCellStyle(text);
                    }
                }
                widths[c] = Math.max(widths[c], v.toString().length());
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, rows.size()), 0, header.size() - 1));
        // Measured from the texts rather than autoSizeColumn, which needs AWT fonts a headless server may not have.
        for (int c = 0; c < header.size(); c++) {
            sheet.setColumnWidth(c, Math.min(70, Math.max(10, widths[c] + 3)) * 256);
        }
    }
}
