package se.lagesbild.form.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opens uploaded bytes as an XLSX workbook, or explains in one problem why it cannot: an old .xls, a renamed text
 * file or random bytes should give the coordinator a sentence, not a stack trace.
 */
final class WorkbookFiles {

    /**
     * An XLSX is a zip; a few kilobytes can unpack to gigabytes. The unpacked size is counted here, before POI
     * builds its in-memory model, instead of changing POI's global ZipSecureFile limits for the whole application.
     */
    static final long MAX_UNPACKED_BYTES = 30L * 1024 * 1024;
    private static final int MAX_ENTRIES = 1_000;

    private WorkbookFiles() {
    }

    static XSSFWorkbook open(byte[] bytes) {
        FileMagic magic = FileMagic.valueOf(bytes);
        if (magic == FileMagic.OLE2) {
            // Both the old binary .xls and a password-protected .xlsx are OLE2 containers
            throw problem("import.file.oldExcel");
        }
        if (magic != FileMagic.OOXML || !looksLikeWorkbook(bytes)) {
            throw problem("import.file.notXlsx");
        }
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw problem("import.file.notXlsx");
        }
    }

    private static boolean looksLikeWorkbook(byte[] bytes) {
        boolean workbook = false;
        long unpacked = 0;
        int entries = 0;
        var buffer = new byte[8192];
        try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                workbook |= entry.getName().equals("xl/workbook.xml");
                if (++entries > MAX_ENTRIES) {
                    throw problem("import.file.tooMuchContent");
                }
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    unpacked += read;
                    if (unpacked > MAX_UNPACKED_BYTES) {
                        throw problem("import.file.tooMuchContent");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return workbook;
    }

    private static FormImportException problem(String messageKey, Object... args) {
        return new FormImportException(List.of(ImportProblem.ofFile(messageKey, args)));
    }
}
