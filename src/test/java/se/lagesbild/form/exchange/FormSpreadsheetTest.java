package se.lagesbild.form.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static se.lagesbild.form.exchange.TestWorkbooks.text;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;

import se.lagesbild.form.FormDefinition;
import se.lagesbild.form.FormDocument;
import se.lagesbild.form.FormRules;
import se.lagesbild.form.LocalizedText;
import se.lagesbild.form.QuestionType;

class FormSpreadsheetTest {

    private final FormDocument document = ExchangeFormMother.document();

    @Test
    void theExampleCoversEveryQuestionTypeAndIsValid() {
        assertThat(document.definition().questions().map(q -> q.type()).distinct())
                .containsExactlyInAnyOrder(QuestionType.values());
        assertThat(FormRules.check(document.definition())).isEmpty();
    }

    @Test
    void exportThenImportGivesTheSameDocument() {
        byte[] exported = FormSpreadsheet.export(document);

        FormDocument imported = FormSpreadsheet.importFrom(new ByteArrayInputStream(exported));

        assertThat(imported).isEqualTo(document);
    }

    @Test
    void aFormWithoutVersionNumberOrThemesAlsoSurvivesTheRoundTrip() {
        var empty = new FormDocument("tomt", LocalizedText.of("Tomt formulär", ""), null, new FormDefinition(List.of()));

        assertThat(FormSpreadsheet.importFrom(new ByteArrayInputStream(FormSpreadsheet.export(empty))))
                .isEqualTo(empty);
    }

    @Test
    void theWorkbookHasTheXlsFormLayout() {
        try (var workbook = TestWorkbooks.open(FormSpreadsheet.export(document))) {
            assertThat(IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName))
                    .containsExactly("survey", "choices", "settings");
            assertThat(header(workbook.getSheet("survey"))).containsExactly("type", "name", "label::sv",
                    "label::en", "hint::sv", "hint::en", "required", "relevant", "measures", "min", "max",
                    "max_length");
            assertThat(header(workbook.getSheet("choices"))).containsExactly("list_name", "name", "label::sv",
                    "label::en");
            assertThat(header(workbook.getSheet("settings"))).containsExactly("form_key", "title::sv", "title::en",
                    "version");

            Sheet survey = workbook.getSheet("survey");
            assertThat(List.of(text(survey, 1, 0), text(survey, 1, 1), text(survey, 1, 2), text(survey, 1, 3)))
                    .containsExactly("begin_group", "skola", "Skola och utbildning", "School");
            assertThat(text(survey, 2, 0)).isEqualTo("level");
            assertThat(text(survey, 2, 6)).isEqualTo("yes");
            assertThat(text(survey, 2, 8)).isEqualTo("school");
            assertThat(text(survey, 3, 6)).isEqualTo("no");
            int incidents = TestWorkbooks.rowOf(survey, "skola_incidenter");
            assertThat(text(survey, incidents, 7)).isEqualTo("${skola_hot} >= 1");
            assertThat(survey.getRow(incidents).getCell(9).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(survey.getRow(incidents).getCell(10).getNumericCellValue()).isEqualTo(500);
            assertThat(survey.getRow(incidents).getCell(11)).as("no max length: empty cell").isNull();
            assertThat(text(survey, 6, 0)).isEqualTo("end_group");
            assertThat(text(survey, TestWorkbooks.rowOf(survey, "natverk_typ"), 0)).isEqualTo("select_one natverk_typ");
            assertThat(text(survey, TestWorkbooks.rowOf(survey, "natverk_arenor"), 0))
                    .isEqualTo("select_multiple natverk_arenor");
            assertThat(survey.getRow(TestWorkbooks.rowOf(survey, "natverk_typ")).getCell(3))
                    .as("empty English: empty cell").isNull();

            Sheet choices = workbook.getSheet("choices");
            assertThat(List.of(text(choices, 1, 0), text(choices, 1, 1), text(choices, 1, 2), text(choices, 1, 3)))
                    .containsExactly("natverk_typ", "lokalt", "Lokalt nätverk", "Local network");
            assertThat(choices.getLastRowNum()).isEqualTo(6);

            Sheet settings = workbook.getSheet("settings");
            assertThat(text(settings, 1, 0)).isEqualTo("lansformular");
            assertThat(settings.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(3);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void importAcceptsTheWaysPeopleWriteYesNoNumbersAndConditions() {
        byte[] edited = TestWorkbooks.exportedAndEdited(workbook -> {
            var survey = workbook.getSheet("survey");
            TestWorkbooks.set(workbook, "survey", "skola_oro", "required", "Ja");
            TestWorkbooks.set(workbook, "survey", "skola_forandring", "required", "");
            TestWorkbooks.set(workbook, "survey", "skola_hot", "required", "TRUE");
            TestWorkbooks.set(workbook, "survey", "skola_incidenter", "min", " 0 ");
            TestWorkbooks.set(workbook, "survey", "skola_incidenter", "relevant", "  ${ skola_hot }>=1 ");
            TestWorkbooks.set(workbook, "survey", "natverk_typ", "type", "select_one   natverk_typ");
            survey.getRow(1).getCell(0).setCellValue("begin group");
        });

        assertThat(FormSpreadsheet.importFrom(new ByteArrayInputStream(edited))).isEqualTo(document);
    }

    @Test
    void columnsMayComeInAnyOrderAndOptionalOnesMayBeLeftOut() {
        byte[] edited = TestWorkbooks.exportedAndEdited(workbook -> {
            var choices = workbook.getSheet("choices");
            for (var row : choices) {
                var listName = row.getCell(0).getStringCellValue();
                row.getCell(0).setCellValue(row.getCell(1).getStringCellValue());
                row.getCell(1).setCellValue(listName);
                if (row.getCell(3) != null) {
                    row.removeCell(row.getCell(3));
                }
            }
        });

        FormDocument imported = FormSpreadsheet.importFrom(new ByteArrayInputStream(edited));

        assertThat(imported.definition().question("natverk_typ").orElseThrow().choices())
                .extracting(choice -> choice.value() + "=" + choice.label().sv() + "/" + choice.label().en())
                .containsExactly("lokalt=Lokalt nätverk/", "regionalt=Regionalt nätverk/", "okant=Vet inte/");
    }

    private static List<String> header(Sheet sheet) {
        var cells = new java.util.ArrayList<String>();
        sheet.getRow(0).forEach(cell -> cells.add(cell.getStringCellValue()));
        return cells;
    }
}
