package id.matagaruda.indicator;

import java.util.List;

/**
 * A spreadsheet as read from CSV or XLSX before any validation: the header cells and, per data row, its cells as text
 * (empty string for an empty cell) with the row's number in the file (header = 1).
 */
public record RawTable(List<String> header, List<Row> rows) {

    public record Row(int number, List<String> cells) {

        public String cell(int index) {
            return index < 0 || index >= cells.size() ? "" : cells.get(index);
        }
    }
}
