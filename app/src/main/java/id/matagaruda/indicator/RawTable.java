package id.matagaruda.indicator;

import java.util.List;
import java.util.Set;

/**
 * A spreadsheet as read from CSV or XLSX before any validation: the header cells and, per data row, its cells as text
 * (empty string for an empty cell) with the row's number in the file (header = 1).
 */
public record RawTable(List<String> header, List<Row> rows) {

    /**
     * {@code numericCells}: the indexes of cells that were spreadsheet numbers (written as plain machine text,
     * {@code 1234.567}) rather than text the user typed, so the reader knows which style each cell is in.
     */
    public record Row(int number, List<String> cells, Set<Integer> numericCells) {

        public Row(int number, List<String> cells) {
            this(number, cells, Set.of());
        }

        public String cell(int index) {
            return index < 0 || index >= cells.size() ? "" : cells.get(index);
        }

        public boolean numeric(int index) {
            return numericCells.contains(index);
        }
    }
}
