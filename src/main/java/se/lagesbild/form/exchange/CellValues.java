package se.lagesbild.form.exchange;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;

import se.lagesbild.form.Condition;

/**
 * Reads cell values the way people actually type them: Excel turns "10" into a number cell and "yes" may be written
 * "Ja" or TRUE, so every value is first read as text and then parsed by one rule, whatever the cell type.
 */
final class CellValues {

    private static final Pattern RELEVANT = Pattern.compile("\\$\\{\\s*([^}\\s]+)\\s*}\\s*>=\\s*([+-]?\\d{1,9})");
    private static final Set<String> YES = Set.of("yes", "true", "1", "ja");
    private static final Set<String> NO = Set.of("no", "false", "0", "nej", "");

    private CellValues() {
    }

    /** The cell as trimmed text; a whole number cell reads "10", not "10.0". */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC -> number(cell.getNumericCellValue());
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    private static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Yes or no in English, Swedish, as a boolean or a 1/0; null when the text is none of them. */
    static Boolean yesNo(String text) {
        String value = text.toLowerCase(Locale.ROOT);
        if (YES.contains(value)) {
            return Boolean.TRUE;
        }
        return NO.contains(value) ? Boolean.FALSE : null;
    }

    /** Exactly the form {@link Condition#toExpression()} writes, with any spacing; empty when it is not that. */
    static Optional<Condition> condition(String text) {
        var matcher = RELEVANT.matcher(text);
        return matcher.matches()
                ? Optional.of(new Condition(matcher.group(1), Integer.parseInt(matcher.group(2))))
                : Optional.empty();
    }
}
