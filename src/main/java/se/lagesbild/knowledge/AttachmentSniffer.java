package se.lagesbild.knowledge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Decides an upload's type from its bytes, never from its name or the browser's content type: a PDF starts with
 * {@code %PDF-}; a DOCX or XLSX is a ZIP ({@code PK\3\4}) with {@code [Content_Types].xml} and
 * {@code word/document.xml} or {@code xl/workbook.xml}. Everything else (an executable, an old binary Office file, a
 * script, an image) is refused. The ZIP is walked with a cap on its entries and on the bytes it unpacks to, so a
 * small zip bomb is refused before anything parses it; a document with macros is refused too.
 */
final class AttachmentSniffer {

    static final String EMPTY = "knowledge.file.empty";
    static final String NOT_ALLOWED = "knowledge.file.notAllowed";
    static final String TOO_MUCH_CONTENT = "knowledge.file.tooMuchContent";
    static final String MACROS = "knowledge.file.macros";

    /** A document of a few megabytes unpacks to a few tens; far beyond that is a bomb or not a document. */
    static final long MAX_UNPACKED_BYTES = 40L * 1024 * 1024;
    static final int MAX_ENTRIES = 1_000;

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private AttachmentSniffer() {
    }

    static AttachmentType detect(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new UnacceptableFileException(EMPTY);
        }
        if (startsWith(bytes, PDF_MAGIC)) {
            return AttachmentType.PDF;
        }
        if (startsWith(bytes, ZIP_MAGIC)) {
            return officeType(bytes);
        }
        throw new UnacceptableFileException(NOT_ALLOWED);
    }

    private static AttachmentType officeType(byte[] bytes) {
        boolean contentTypes = false;
        boolean word = false;
        boolean workbook = false;
        boolean macros = false;
        long unpacked = 0;
        int entries = 0;
        var buffer = new byte[8192];
        try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new UnacceptableFileException(TOO_MUCH_CONTENT);
                }
                String name = entry.getName();
                contentTypes |= name.equals("[Content_Types].xml");
                word |= name.equals("word/document.xml");
                workbook |= name.equals("xl/workbook.xml");
                macros |= name.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin");
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    unpacked += read;
                    if (unpacked > MAX_UNPACKED_BYTES) {
                        throw new UnacceptableFileException(TOO_MUCH_CONTENT);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // a broken or encrypted zip is no document we can read
            throw new UnacceptableFileException(NOT_ALLOWED);
        }
        if (!contentTypes || word == workbook) {
            throw new UnacceptableFileException(NOT_ALLOWED);
        }
        if (macros) {
            throw new UnacceptableFileException(MACROS);
        }
        return word ? AttachmentType.DOCX : AttachmentType.XLSX;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
