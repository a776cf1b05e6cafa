package se.lagesbild.form.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import se.lagesbild.form.FormDocument;

/**
 * A form version as an XLSForm-like workbook (sheets survey, choices and settings), so that coordinators can draft
 * and review forms in Excel or LibreOffice and people who know ODK or KoBo recognise the layout.
 *
 * <p>Static methods rather than a Spring bean, like {@code FormJson}: the conversion is a pure function of its
 * input with no collaborators or configuration, so there is nothing to inject and nothing a test would replace.
 */
public final class FormSpreadsheet {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private FormSpreadsheet() {
    }

    public static byte[] export(FormDocument document) {
        return SpreadsheetWriter.write(document);
    }

    /**
     * Reads a workbook strictly: the result is a complete, valid form document, or a {@link FormImportException}
     * listing every problem with its sheet, row and column. Reads at most 5 MB from the stream; closing it is left
     * to the caller, who opened it.
     */
    public static FormDocument importFrom(InputStream in) {
        byte[] bytes = UploadedBytes.read(in);
        try (XSSFWorkbook workbook = WorkbookFiles.open(bytes)) {
            return new SpreadsheetImport(workbook).read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
