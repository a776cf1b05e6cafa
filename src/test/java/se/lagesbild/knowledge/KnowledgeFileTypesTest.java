package se.lagesbild.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Files are accepted by their content alone: real PDF, DOCX and XLSX files (made here with PDFBox and POI) are
 * recognised and their text extracted; an executable, an old Office file, a plain ZIP, a document with macros, an
 * empty file and a zip bomb are refused with their message. The display name never carries a directory.
 */
class KnowledgeFileTypesTest {

    @Test
    void aRealPdfIsAPdfAndItsTextIsExtracted() {
        byte[] pdf = KnowledgeTestFiles.pdf("Utvärdering av nattvandringen", "Kvällsfotboll i Borlänge");
        assertThat(AttachmentSniffer.detect(pdf)).isEqualTo(AttachmentType.PDF);
        assertThat(TextExtraction.extract(AttachmentType.PDF, pdf))
                .contains("Utvärdering av nattvandringen").contains("Kvällsfotboll");
    }

    @Test
    void aRealDocxIsADocxAndItsTextIsExtracted() {
        byte[] docx = KnowledgeTestFiles.docx("Trygghetsvandring i Gävle", "Belysningen åtgärdades.");
        assertThat(AttachmentSniffer.detect(docx)).isEqualTo(AttachmentType.DOCX);
        assertThat(TextExtraction.extract(AttachmentType.DOCX, docx))
                .contains("Trygghetsvandring i Gävle").contains("Belysningen åtgärdades.");
    }

    @Test
    void aRealXlsxIsAnXlsxAndItsCellsAreExtracted() {
        byte[] xlsx = KnowledgeTestFiles.xlsx("Insatser", List.of("Fältassistenter", "Läxhjälp"));
        assertThat(AttachmentSniffer.detect(xlsx)).isEqualTo(AttachmentType.XLSX);
        assertThat(TextExtraction.extract(AttachmentType.XLSX, xlsx))
                .contains("Insatser").contains("Fältassistenter").contains("Läxhjälp");
    }

    @Test
    void anExecutableIsRefusedWhateverItIsCalled() {
        refused(KnowledgeTestFiles.EXECUTABLE, AttachmentSniffer.NOT_ALLOWED);
        // a PDF header further in does not help: the file must start with it
        byte[] late = ("MZ....%PDF-1.7").getBytes(StandardCharsets.US_ASCII);
        refused(late, AttachmentSniffer.NOT_ALLOWED);
    }

    @Test
    void anEmptyFileIsRefusedAsEmpty() {
        refused(new byte[0], AttachmentSniffer.EMPTY);
    }

    @Test
    void otherContainersAreRefused() {
        // an old binary Office file (OLE2), also what a password-protected DOCX is
        refused(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1}, AttachmentSniffer.NOT_ALLOWED);
        // a ZIP that is not an Office document, one without [Content_Types].xml, and one that claims to be both
        refused(KnowledgeTestFiles.zip(KnowledgeTestFiles.entries("readme.txt", "run.exe")),
                AttachmentSniffer.NOT_ALLOWED);
        refused(KnowledgeTestFiles.zip(KnowledgeTestFiles.entries("word/document.xml")),
                AttachmentSniffer.NOT_ALLOWED);
        refused(KnowledgeTestFiles.zip(KnowledgeTestFiles.entries("[Content_Types].xml", "word/document.xml",
                "xl/workbook.xml")), AttachmentSniffer.NOT_ALLOWED);
        // a truncated ZIP
        byte[] docx = KnowledgeTestFiles.docx("Avklippt");
        refused(java.util.Arrays.copyOf(docx, 40), AttachmentSniffer.NOT_ALLOWED);
    }

    @Test
    void aDocumentWithMacrosIsRefused() {
        refused(KnowledgeTestFiles.zip(KnowledgeTestFiles.entries("[Content_Types].xml", "word/document.xml",
                "word/vbaProject.bin")), AttachmentSniffer.MACROS);
    }

    @Test
    void aZipBombIsRefusedBeforeAnythingParsesIt() {
        byte[] bomb = KnowledgeTestFiles.zipBomb(41);
        assertThat(bomb.length).as("small on the wire").isLessThan(200 * 1024);
        refused(bomb, AttachmentSniffer.TOO_MUCH_CONTENT);
        var many = new LinkedHashMap<String, byte[]>(KnowledgeTestFiles.entries("[Content_Types].xml",
                "word/document.xml"));
        for (int i = 0; i < AttachmentSniffer.MAX_ENTRIES; i++) {
            many.put("word/media/" + i + ".xml", new byte[0]);
        }
        refused(KnowledgeTestFiles.zip(many), AttachmentSniffer.TOO_MUCH_CONTENT);
    }

    @Test
    void aFileThatOnlyStartsLikeAPdfIsUnreadable() {
        byte[] fake = "%PDF-1.7 this is not a PDF at all".getBytes(StandardCharsets.US_ASCII);
        assertThat(AttachmentSniffer.detect(fake)).isEqualTo(AttachmentType.PDF);
        assertThatThrownBy(() -> TextExtraction.extract(AttachmentType.PDF, fake))
                .isInstanceOfSatisfying(UnacceptableFileException.class,
                        e -> assertThat(e.messageCode()).isEqualTo(TextExtraction.UNREADABLE));
    }

    @Test
    void extractedTextIsCleanedAndCapped() {
        // control characters (PostgreSQL refuses NUL in text) separate words like white space
        assertThat(TextExtraction.clean("a\u0000b \n\t c\u0007d")).isEqualTo("a b c d");
        assertThat(TextExtraction.clean("x".repeat(TextExtraction.MAX_CHARS + 50))).hasSize(TextExtraction.MAX_CHARS);
        assertThat(TextExtraction.clean("\uD800lone surrogate")).isEqualTo("lone surrogate");
    }

    @Test
    void theDisplayNameHasNoDirectoryNoControlCharactersAndTheDetectedExtension() {
        assertThat(FileNames.sanitise("../../etc/passwd.pdf", AttachmentType.PDF)).isEqualTo("passwd.pdf");
        assertThat(FileNames.sanitise("C:\\Users\\anna\\..\\Rapport 2026.PDF", AttachmentType.PDF))
                .isEqualTo("Rapport 2026.pdf");
        assertThat(FileNames.sanitise("faktura\u202Efdp.exe", AttachmentType.PDF)).isEqualTo("fakturafdp.pdf");
        assertThat(FileNames.sanitise("rad1\r\nrad2\u0000.docx", AttachmentType.DOCX)).isEqualTo("rad1 rad2.docx");
        assertThat(FileNames.sanitise("tabell.pdf", AttachmentType.XLSX)).isEqualTo("tabell.xlsx");
        assertThat(FileNames.sanitise("a<b>:c|d?.pdf", AttachmentType.PDF)).isEqualTo("a b c d.pdf");
        assertThat(FileNames.sanitise(".htaccess", AttachmentType.PDF)).isEqualTo("bilaga.pdf");
        assertThat(FileNames.sanitise(null, AttachmentType.PDF)).isEqualTo("bilaga.pdf");
        assertThat(FileNames.sanitise("/", AttachmentType.PDF)).isEqualTo("bilaga.pdf");
        String longName = FileNames.sanitise("å".repeat(300) + ".pdf", AttachmentType.PDF);
        assertThat(longName).isEqualTo("å".repeat(FileNames.MAX_BASE_LENGTH) + ".pdf");
    }

    private static void refused(byte[] bytes, String messageCode) {
        assertThatThrownBy(() -> AttachmentSniffer.detect(bytes))
                .isInstanceOfSatisfying(UnacceptableFileException.class,
                        e -> assertThat(e.messageCode()).isEqualTo(messageCode));
    }
}
