package se.lagesbild.knowledge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Writer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.extractor.XSSFEventBasedExcelExtractor;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The text of an accepted file, for search: PDFBox for PDF, POI for DOCX and XLSX (the workbook is read as a stream
 * of cells, so a large sheet never becomes a tree in memory). At most {@value #MAX_CHARS} characters are kept, NUL and
 * other control characters are removed and white space is collapsed. A file that cannot be opened (damaged,
 * password-protected) is refused.
 */
final class TextExtraction {

    static final int MAX_CHARS = 100_000;
    static final String UNREADABLE = "knowledge.file.unreadable";

    private static final int MAX_PDF_PAGES = 500;
    private static final long PDF_MEMORY = 64L * 1024 * 1024;

    private TextExtraction() {
    }

    static String extract(AttachmentType type, byte[] bytes) {
        try {
            String text = switch (type) {
                case PDF -> pdf(bytes);
                case DOCX -> docx(bytes);
                case XLSX -> xlsx(bytes);
            };
            return clean(text);
        } catch (IOException | RuntimeException | LinkageError e) {
            // LinkageError: POI or PDFBox missing an optional class for an exotic file; still just unreadable here
            throw new UnacceptableFileException(UNREADABLE);
        }
    }

    private static String pdf(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(PDF_MEMORY).streamCache)) {
            var stripper = new PDFTextStripper();
            stripper.setEndPage(Math.min(document.getNumberOfPages(), MAX_PDF_PAGES));
            var out = new CappedWriter();
            try {
                stripper.writeText(document, out);
            } catch (CappedWriter.Full full) {
                // enough text for search
            }
            return out.text();
        }
    }

    private static String docx(byte[] bytes) throws IOException {
        try (var document = new XWPFDocument(new ByteArrayInputStream(bytes));
             var extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    private static String xlsx(byte[] bytes) throws IOException {
        OPCPackage pack;
        try {
            pack = OPCPackage.open(new ByteArrayInputStream(bytes));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException("not a readable workbook", e);
        }
        try {
            var extractor = new XSSFEventBasedExcelExtractor(pack);
            extractor.setFormulasNotResults(false);
            extractor.setIncludeSheetNames(true);
            return extractor.getText();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            // XmlException, OpenXML4JException, SAXException: not a workbook POI can read
            throw new IOException("not a readable workbook", e);
        } finally {
            // opened from memory and only read: close without writing anything back
            pack.revert();
        }
    }

    /** Control characters out (PostgreSQL refuses NUL in text), white space collapsed, at most MAX_CHARS. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        var out = new StringBuilder(Math.min(text.length(), MAX_CHARS));
        boolean space = false;
        for (int i = 0; i < text.length() && out.length() < MAX_CHARS; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1));
                if (!paired) {
                    continue;
                }
                if (space) {
                    out.append(' ');
                    space = false;
                }
                if (out.length() + 2 > MAX_CHARS) {
                    break;
                }
                out.append(c).append(text.charAt(++i));
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
                if (out.length() >= MAX_CHARS) {
                    break;
                }
            }
            out.append(c);
        }
        return out.toString().strip();
    }

    /** Collects a PDF's text and stops the stripper once there is enough. */
    private static final class CappedWriter extends Writer {

        static final class Full extends RuntimeException {
            Full() {
                super(null, null, false, false);
            }
        }

        private final StringBuilder text = new StringBuilder();

        @Override
        public void write(char[] chars, int offset, int length) {
            int room = MAX_CHARS * 2 - text.length();
            text.append(chars, offset, Math.min(length, Math.max(room, 0)));
            if (length >= room) {
                throw new Full();
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        String text() {
            return text.toString();
        }
    }
}
