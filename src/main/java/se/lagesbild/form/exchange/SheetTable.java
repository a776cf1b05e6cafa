package se.lagesbild.form.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/**
 * One sheet read as a table whose first row names the columns. Columns are found by name, not position, so that a
 * coordinator may reorder or leave out optional columns; an unknown or repeated header is a problem, because a typo
 * such as "reqired" would otherwise silently drop a whole column.
 */
final class SheetTable {

    private final Sheet sheet;
    private final String name;
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private final List<ImportProblem> problems;
    private boolean usable = true;

    SheetTable(Sheet sheet, String name, List<String> known, Set<String> required, List<ImportProblem> problems) {
        this.sheet = sheet;
        this.name = name;
        this.problems = problems;
        readHeader(known);
        for (String column : known) {
            if (required.contains(column) && !columns.containsKey(column)) {
                problems.add(ImportProblem.at(name, 1, null, "import.column.missing", column));
                usable = false;
            }
        }
    }

    private void readHeader(List<String> known) {
        Row header = sheet.getRow(0);
        if (header == null) {
            return;
        }
        for (int index = 0; index < header.getLastCellNum(); index++) {
            String title = CellValues.text(header.getCell(index)).toLowerCase(Locale.ROOT);
            String column = letter(index) + " (" + title + ")";
            if (title.isEmpty()) {
                continue;
            }
            if (!known.contains(title)) {
                problems.add(ImportProblem.at(name, 1, column, "import.column.unknown", title,
                        String.join(", ", known)));
            } else if (columns.putIfAbsent(title, index) != null) {
                problems.add(ImportProblem.at(name, 1, column, "import.column.duplicate", title));
            }
        }
    }

    /** False when a required column is missing: reading the rows would only repeat that one problem on each row. */
    boolean usable() {
        return usable;
    }

    String name() {
        return name;
    }

    /** The 0-based last row index; Excel's row number is one more. */
    int lastRowIndex() {
        return sheet.getLastRowNum();
    }

    /** Indexes of the rows below the header that have anything in a known column; blank rows are layout. */
    List<Integer> dataRows() {
        var rows = new ArrayList<Integer>();
        for (int index = 1; index <= sheet.getLastRowNum(); index++) {
            int row = index;
            if (columns.keySet().stream().anyMatch(column -> !text(row, column).isEmpty())) {
                rows.add(index);
            }
        }
        return rows;
    }

    /** The trimmed text of a cell; empty when the row, the cell or the (optional) column is missing. */
    String text(int rowIndex, String column) {
        Integer index = columns.get(column);
        Row row = sheet.getRow(rowIndex);
        return index == null || row == null ? "" : CellValues.text(row.getCell(index));
    }

    /** The column as a coordinator finds it: "B (name)", or just the name when the file lacks the column. */
    String column(String column) {
        Integer index = columns.get(column);
        return index == null ? column : letter(index) + " (" + column + ")";
    }

    ImportProblem problem(int rowIndex, String column, String messageKey, Object... args) {
        return ImportProblem.at(name, rowIndex + 1, column == null ? null : column(column), messageKey, args);
    }

    void report(int rowIndex, String column, String messageKey, Object... args) {
        problems.add(problem(rowIndex, column, messageKey, args));
    }

    private static String letter(int index) {
        return CellReference.convertNumToColString(index);
    }
}
