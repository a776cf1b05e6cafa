package se.lagesbild.form.exchange;

import static se.lagesbild.form.exchange.SpreadsheetLayout.BEGIN_GROUP;
import static se.lagesbild.form.exchange.SpreadsheetLayout.CHOICES_COLUMNS;
import static se.lagesbild.form.exchange.SpreadsheetLayout.END_GROUP;
import static se.lagesbild.form.exchange.SpreadsheetLayout.SETTINGS_COLUMNS;
import static se.lagesbild.form.exchange.SpreadsheetLayout.SURVEY_COLUMNS;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import se.lagesbild.form.Choice;
import se.lagesbild.form.FormDocument;
import se.lagesbild.form.Question;
import se.lagesbild.form.Theme;

/**
 * Writes a form document in the spreadsheet layout. Empty texts and absent numbers become empty cells (not "" or 0)
 * so that the file reads naturally and imports back to exactly the same document.
 */
final class SpreadsheetWriter {

    private static final int COLUMN_WIDTH = 24 * 256;

    private SpreadsheetWriter() {
    }

    static byte[] write(FormDocument document) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            CellStyle header = headerStyle(workbook);
            Sheet survey = sheet(workbook, SpreadsheetLayout.SURVEY, SURVEY_COLUMNS, header);
            Sheet choices = sheet(workbook, SpreadsheetLayout.CHOICES, CHOICES_COLUMNS, header);
            for (Theme theme : document.definition().themes()) {
                append(survey, BEGIN_GROUP, theme.key(), theme.title().sv(), theme.title().en());
                for (Question question : theme.questions()) {
                    append(survey, questionCells(question));
                    for (Choice choice : question.type() != null && question.type().hasChoices()
                            ? question.choices() : List.<Choice>of()) {
                        append(choices, question.key(), choice.value(), choice.label().sv(), choice.label().en());
                    }
                }
                append(survey, END_GROUP);
            }
            Sheet settings = sheet(workbook, SpreadsheetLayout.SETTINGS, SETTINGS_COLUMNS, header);
            append(settings, document.formKey(), document.name().sv(), document.name().en(),
                    document.versionNumber());
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One survey row, in the order of {@link SpreadsheetLayout#SURVEY_COLUMNS}. */
    private static Object[] questionCells(Question q) {
        String type = q.type() == null ? null
                : q.type().hasChoices() ? q.type().spreadsheetName() + " " + q.key() : q.type().spreadsheetName();
        return new Object[] {type, q.key(), q.label().sv(), q.label().en(), q.help().sv(), q.help().en(),
                q.required() ? "yes" : "no", q.showWhen() == null ? null : q.showWhen().toExpression(),
                q.measures(), q.min(), q.max(), q.maxLength()};
    }

    private static Sheet sheet(XSSFWorkbook workbook, String name, List<String> columns, CellStyle style) {
        Sheet sheet = workbook.createSheet(name);
        append(sheet, columns.toArray()).forEach(cell -> cell.setCellStyle(style));
        sheet.createFreezePane(0, 1);
        for (int index = 0; index < columns.size(); index++) {
            sheet.setColumnWidth(index, COLUMN_WIDTH);
        }
        return sheet;
    }

    private static Row append(Sheet sheet, Object... values) {
        Row row = sheet.createRow(sheet.getPhysicalNumberOfRows());
        for (int index = 0; index < values.length; index++) {
            Object value = values[index];
            if (value instanceof Integer number) {
                row.createCell(index).setCellValue(number);
            } else if (value instanceof String text && !text.isEmpty()) {
                row.createCell(index).setCellValue(text);
            }
        }
        return row;
    }

    private static CellStyle headerStyle(XSSFWorkbook workbook) {
        var font = workbook.createFont();
        font.setBold(true);
        var style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }
}
