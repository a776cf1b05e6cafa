package se.lagesbild.analysis.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;

import se.lagesbild.analysis.RegionalDocumentMother;

/** The regional picture's PDF and workbook, opened again and read the way a reader's program would. */
class RegionalPictureExportTest {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private static RegionalPictureExport export;
    private static byte[] swedishPdf;

    @BeforeAll
    static void typeset() throws IOException {
        export = TestTemplates.export();
        swedishPdf = export.pdf(RegionalDocumentMother.published(), SWEDISH);
        // Kept for a look by eye; target/ is never committed.
        Files.write(Path.of("target", "regional-picture-test.pdf"), swedishPdf);
    }

    @Test
    void pdfShowsTheCoverTheMatrixInWordsAndTheTexts() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(swedishPdf)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            assertThat(text).contains("Regional lägesbild", "Dalarnas län", "oktober 2026", "3 november 2026",
                    "Åsa Länsstyrelsesdotter");
            assertThat(text).contains("Falun", "Borlänge", "Ludvika", "Säter");
            assertThat(text).contains("Lägesbild saknas för perioden", "Lägesbilden är inte godkänd");
            assertThat(text).contains("3 – Hög", "4 – Mycket hög", "Ökar", "Oförändrat", "Ingen nivå");
            assertThat(text).contains(RegionalDocumentMother.NETWORKS_ASSESSMENT, "Polisen bekräftar bilden.",
                    "Kommunerna bör samordna insatser", "nätverksträffar och utbildning");
            assertThat(text).contains("Gemensamma nämnare", "Förvärras tre perioder i rad");
            assertThat(text).contains("Inget värde (0 av 4)", "2,5 (2 av 4)");
            assertThat(text).contains("Sida 1 av " + pdf.getNumberOfPages());
        }
    }

    @Test
    void pdfIsTitledTaggedInSwedishWithItsFontsEmbedded() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(swedishPdf)) {
            assertThat(pdf.getDocumentInformation().getTitle()).contains("Regional lägesbild", "Dalarnas län");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("sv");
            assertThat(pdf.getDocumentCatalog().getMarkInfo()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("DejaVuSans");
                }
            }
        }
    }

    @Test
    void pdfFollowsTheLocale() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(export.pdf(RegionalDocumentMother.published(), Locale.ENGLISH))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Regional situational picture", "No picture for the period", "Recurring problems",
                    "Page 1 of");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
        }
    }

    @Test
    void userTextIsPrintedAsTextEvenWithMarkupOrControlCharacters() throws IOException {
        var doc = RegionalDocumentMother.published();
        var odd = new se.lagesbild.analysis.RegionalDocument(doc.countyName(), doc.periodCode(), doc.periodLabel(),
                true, doc.publishedAt(), "Kim \"K\" <Admin> & co", "Före\u0001 <b>fet</b> & \"citat\"",
                doc.recommendations(), doc.countySupport(), doc.themeTexts(), doc.figures());
        try (PDDocument pdf = Loader.loadPDF(export.pdf(odd, SWEDISH))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Före <b>fet</b> & \"citat\"", "Kim \"K\" <Admin> & co");
        }
    }

    @Test
    void aDraftIsNeverExported() {
        assertThatThrownBy(() -> export.pdf(RegionalDocumentMother.draft(), SWEDISH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> export.xlsx(RegionalDocumentMother.draft(), SWEDISH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theWebFragmentHasNoInlineStyleAndCarriesTheCharts() {
        var messages = TestTemplates.messages();
        var engine = TestTemplates.engine(messages);
        var context = new Context(SWEDISH);
        context.setVariable("view", new RegionalDocumentViews(messages).of(RegionalDocumentMother.published(), SWEDISH));
        String fragment = engine.process("analysis/regional-document", Set.of("document"), context);
        assertThat(fragment).startsWith("<article").contains("<h1>Regional lägesbild</h1>", "Dalarnas län");
        assertThat(fragment).doesNotContain("<style", "style=\"", "@page", "<bookmark");
        assertThat(fragment).containsOnlyOnce("<table class=\"data regional-matrix\">");
        assertThat(fragment.split("<svg ", -1)).hasSize(3);
    }

    @Test
    void workbookHasTheThreeSheetsWithNumbersAsNumbersAndNothingForUnknown() throws IOException {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(
                export.xlsx(RegionalDocumentMother.published(), SWEDISH)))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetName(0)).isEqualTo("Matris");
            assertThat(workbook.getSheetName(1)).isEqualTo("Trender");
            assertThat(workbook.getSheetName(2)).isEqualTo("Gemensamma nämnare");

            Sheet matrix = workbook.getSheet("Matris");
            Row header = matrix.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Kommun");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("SCB-kod");
            assertThat(header.getCell(3).getStringCellValue())
                    .isEqualTo("Kriminella nätverk och rekrytering av unga: nivå");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(matrix.getPaneInformation().isFreezePane()).isTrue();

            Row falun = matrix.getRow(1);
            assertThat(falun.getCell(0).getStringCellValue()).isEqualTo("Falun");
            assertThat(falun.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(falun.getCell(1).getStringCellValue()).isEqualTo("2080");
            assertThat(falun.getCell(2).getStringCellValue()).isEqualTo("Godkänd");
            assertThat(falun.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(falun.getCell(3).getNumericCellValue()).isEqualTo(3.0);
            assertThat(falun.getCell(4).getStringCellValue()).isEqualTo("Ökar");
            assertThat(falun.getCell(5).getNumericCellValue()).isEqualTo(2.0);

            Row borlange = matrix.getRow(2);
            assertThat(borlange.getCell(2).getStringCellValue()).isEqualTo("Inte godkänd");
            assertThat(borlange.getCell(3)).isNull();
            Row ludvika = matrix.getRow(3);
            assertThat(ludvika.getCell(2).getStringCellValue()).isEqualTo("Saknas");
            assertThat(ludvika.getCell(3)).isNull();
            Row sater = matrix.getRow(4);
            assertThat(sater.getCell(3).getNumericCellValue()).isEqualTo(4.0);
            assertThat(sater.getCell(5)).as("an unanswered theme is empty, not 0").isNull();

            Sheet trends = workbook.getSheet("Trender");
            assertThat(trends.getRow(0).getCell(3).getStringCellValue())
                    .isEqualTo("Kriminella nätverk och rekrytering av unga: median");
            assertThat(trends.getRow(1).getCell(0).getStringCellValue()).isEqualTo("augusti 2026");
            assertThat(trends.getRow(1).getCell(1).getStringCellValue()).isEqualTo("2026-08");
            assertThat(trends.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(4.0);
            assertThat(trends.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(2.5);
            assertThat(trends.getRow(2).getCell(3)).as("no median is empty, not 0").isNull();
            assertThat(trends.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(0.0);
            assertThat(trends.getRow(2).getCell(5).getNumericCellValue()).isEqualTo(2.0);

            Sheet recurring = workbook.getSheet("Gemensamma nämnare");
            assertThat(recurring.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Kriminella nätverk och rekrytering av unga");
            assertThat(recurring.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Falun");
            assertThat(recurring.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(3.0);
            assertThat(recurring.getRow(1).getCell(3).getBooleanCellValue()).isTrue();
            assertThat(recurring.getRow(1).getCell(4).getBooleanCellValue()).isTrue();
            assertThat(recurring.getRow(2).getCell(4).getBooleanCellValue()).isFalse();
        }
    }

    @Test
    void workbookTitlesFollowTheLocale() throws IOException {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(
                export.xlsx(RegionalDocumentMother.published(), Locale.ENGLISH)))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Matrix");
            assertThat(workbook.getSheetName(2)).isEqualTo("Recurring problems");
            assertThat(workbook.getSheet("Matrix").getRow(1).getCell(2).getStringCellValue()).isEqualTo("Approved");
        }
    }

    @Test
    void fileNamesAreAscii() {
        assertThat(RegionalPictureExport.fileName(RegionalDocumentMother.published(), "pdf"))
                .isEqualTo("regional-lagesbild-dalarnas-lan-2026-10.pdf");
    }
}
