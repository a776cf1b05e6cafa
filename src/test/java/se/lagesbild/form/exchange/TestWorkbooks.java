package se.lagesbild.form.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds broken workbooks from a good export, cell by cell, the way a coordinator would edit one. */
final class TestWorkbooks {

    private TestWorkbooks() {
    }

    static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Workbook workbook) {
        try (workbook; var out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The standard document exported, changed by {@code edit}, and written again. */
    static byte[] exportedAndEdited(Consumer<Workbook> edit) {
        var workbook = open(FormSpreadsheet.export(ExchangeFormMother.document()));
        edit.accept(workbook);
        return bytes(workbook);
    }

    /** The 0-based index of the column with this header. */
    static int column(Sheet sheet, String header) {
        for (Cell cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new IllegalArgumentException("no column " + header);
    }

    /** The 0-based index of the first row with this value in the name column. */
    static int rowOf(Sheet sheet, String name) {
        int column = column(sheet, "name");
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && name.equals(cell.getStringCellValue())) {
                return row.getRowNum();
            }
        }
        throw new IllegalArgumentException("no row " + name);
    }

    static void set(Sheet sheet, int rowIndex, String header, String value) {
        Row row = sheet.getRow(rowIndex) == null ? sheet.createRow(rowIndex) : sheet.getRow(rowIndex);
        row.createCell(column(sheet, header)).setCellValue(value);
    }

    static void set(Workbook workbook, String sheet, String key, String header, String value) {
        Sheet s = workbook.getSheet(sheet);
        set(s, rowOf(s, key), header, value);
    }

    static String text(Sheet sheet, int rowIndex, int column) {
        Cell cell = sheet.getRow(rowIndex).getCell(column);
        return cell == null ? null : cell.toString();
    }

    static List<ImportProblem> problems(byte[] bytes) {
        var thrown = catchThrowableOfType(FormImportException.class,
                () -> FormSpreadsheet.importFrom(new ByteArrayInputStream(bytes)));
        assertThat(thrown).as("the import must fail").isNotNull();
        return thrown.problems();
    }
}
