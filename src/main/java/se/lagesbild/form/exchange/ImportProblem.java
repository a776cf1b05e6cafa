package se.lagesbild.form.exchange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One thing wrong with an imported file, located so that a coordinator can find it in the file: the sheet, the
 * 1-based row as Excel shows it and the column as "B (name)". For JSON the sheet is {@link #JSON} and the column is
 * the JSON path. Null parts are not applicable (a problem with the whole file or sheet).
 *
 * <p>Row numbers in {@code args} are strings, so that MessageFormat does not print row 1200 as "1 200".
 */
public record ImportProblem(String sheet, Integer row, String column, String messageKey, List<Object> args) {

    public static final String JSON = "JSON";

    public ImportProblem {
        // List.copyOf rejects nulls; an argument that is null (a missing cell) is shown as empty text instead
        var copy = new ArrayList<Object>();
        if (args != null) {
            args.forEach(arg -> copy.add(arg == null ? "" : arg));
        }
        args = Collections.unmodifiableList(copy);
    }

    static ImportProblem ofFile(String messageKey, Object... args) {
        return new ImportProblem(null, null, null, messageKey, List.of(args));
    }

    static ImportProblem at(String sheet, Integer row, String column, String messageKey, Object... args) {
        return new ImportProblem(sheet, row, column, messageKey, List.of(args));
    }

    /** The message key that frames this problem's own message with its location, so the UI shows one line each. */
    public String locationMessageKey() {
        if (JSON.equals(sheet)) {
            return column == null ? "import.problem.location.jsonFile" : "import.problem.location.json";
        }
        if (sheet == null) {
            return "import.problem.location.file";
        }
        if (row == null) {
            return column == null ? "import.problem.location.sheet" : "import.problem.location.column";
        }
        return column == null ? "import.problem.location.row" : "import.problem.location";
    }

    /** Arguments for {@link #locationMessageKey()}, given this problem's own message already resolved. */
    public Object[] locationArgs(String message) {
        var parts = new ArrayList<Object>();
        if (sheet != null && !JSON.equals(sheet)) {
            parts.add(sheet);
            if (row != null) {
                parts.add(String.valueOf(row));
            }
        }
        if (sheet != null && column != null) {
            parts.add(column);
        }
        parts.add(message);
        return parts.toArray();
    }
}
