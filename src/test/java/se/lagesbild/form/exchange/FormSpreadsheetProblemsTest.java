package se.lagesbild.form.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.lagesbild.form.exchange.TestWorkbooks.exportedAndEdited;
import static se.lagesbild.form.exchange.TestWorkbooks.problems;
import static se.lagesbild.form.exchange.TestWorkbooks.set;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Broken files made from a good export. Survey rows of the export: 1 header, 2 begin skola, 3 skola_oro,
 * 4 skola_forandring, 5 skola_hot, 6 skola_incidenter, 7 end, 8 begin natverk, 9 natverk_typ, 10 natverk_arenor,
 * 11 natverk_kommentar, 12 end, 13 begin skydd, 14 skydd_fritid, 15 skydd_senaste, 16 skydd_ovrigt, 17 end.
 * Choices rows: 2-4 natverk_typ, 5-7 natverk_arenor.
 */
class FormSpreadsheetProblemsTest {

    @Test
    void aDuplicateKeyNamesBothRows() {
        var found = problems(exportedAndEdited(wb -> set(wb, "survey", "skydd_senaste", "name", "skola_hot")));

        assertThat(found).extracting(this::where)
                .containsExactly(tuple("survey", 15, "B (name)", "import.key.duplicate", List.of("skola_hot", "5")));
    }

    @Test
    void anUnknownTypeIsReportedAtTheTypeCell() {
        var found = problems(exportedAndEdited(wb -> set(wb, "survey", "skola_forandring", "type", "decimal")));

        assertThat(found).singleElement().satisfies(problem -> {
            assertThat(where(problem)).isEqualTo(tuple("survey", 4, "A (type)", "import.type.unknown",
                    problem.args()));
            assertThat(problem.args().get(0)).isEqualTo("decimal");
            assertThat((String) problem.args().get(1)).contains("level", "select_one <list_name>", "begin_group");
        });
    }

    @Test
    void aChoiceListMissingFromTheChoicesSheetIsReportedAndTheOrphanedListToo() {
        var found = problems(exportedAndEdited(wb -> set(wb, "survey", "natverk_typ", "type", "select_one typer")));

        assertThat(found).extracting(this::where).containsExactly(
                tuple("survey", 9, "A (type)", "import.choices.listMissing", List.of("typer")),
                tuple("choices", 2, "A (list_name)", "import.choices.listUnused", List.of("natverk_typ")));
    }

    @Test
    void aChoiceListWithoutOptionsIsReportedAtTheQuestion() {
        var found = problems(exportedAndEdited(wb -> {
            var choices = wb.getSheet("choices");
            for (int row = 4; row <= 6; row++) {
                choices.removeRow(choices.getRow(row));
            }
        }));

        assertThat(found).extracting(this::where).containsExactly(
                tuple("survey", 10, "A (type)", "import.choices.listMissing", List.of("natverk_arenor")));
    }

    @Test
    void aChoiceTypeWithoutListNameIsReported() {
        var found = problems(exportedAndEdited(wb -> set(wb, "survey", "natverk_arenor", "type", "select_multiple")));

        assertThat(found).extracting(this::where).containsExactly(
                tuple("survey", 10, "A (type)", "import.type.listName", List.of("select_multiple")),
                tuple("choices", 5, "A (list_name)", "import.choices.listUnused", List.of("natverk_arenor")));
    }

    @Test
    void aConditionOnALaterQuestionIsReportedAtTheRelevantCell() {
        var found = problems(exportedAndEdited(wb -> set(wb, "survey", "skola_oro", "relevant",
                "${skydd_fritid} >= 1")));

        assertThat(found).extracting(this::where).containsExactly(
                tuple("survey", 3, "H (relevant)", "form.problem.condition.later", List.of("skydd_fritid")));
    }

    @Test
    void randomBytesGiveOneClearProblem() {
        var bytes = new byte[4096];
        new Random(42).nextBytes(bytes);

        assertThat(problems(bytes)).extracting(this::where)
                .containsExactly(tuple(null, null, null, "import.file.notXlsx", List.of()));
    }

    @Test
    void aTextFileNamedXlsxGivesOneClearProblem() {
        byte[] text = "type;name;label::sv\nlevel;oro;Oro\n".getBytes(StandardCharsets.UTF_8);

        assertThat(problems(text)).extracting(ImportProblem::messageKey).containsExactly("import.file.notXlsx");
    }

    @Test
    void aZipThatIsNotAWorkbookGivesOneClearProblem() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hej".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(problems(out.toByteArray())).extracting(ImportProblem::messageKey)
                .containsExactly("import.file.notXlsx");
    }

    @Test
    void anEmptyFileAndAnOversizedFileAreRefused() {
        assertThat(problems(new byte[0])).extracting(ImportProblem::messageKey).containsExactly("import.file.empty");
        assertThat(problems(new byte[UploadedBytes.MAX_BYTES + 1])).extracting(this::where)
                .containsExactly(tuple(null, null, null, "import.file.tooLarge", List.of(5)));
    }

    @Test
    void aMissingSurveySheetIsNamed() {
        var found = problems(exportedAndEdited(wb -> wb.removeSheetAt(wb.getSheetIndex("survey"))));

        assertThat(found).extracting(this::where).containsExactly(
                tuple("survey", null, null, "import.sheet.missing", List.of("survey")));
    }

    @Test
    void theChoicesSheetIsNeededOnlyWhenAQuestionUsesAList() {
        var found = problems(exportedAndEdited(wb -> wb.removeSheetAt(wb.getSheetIndex("choices"))));

        assertThat(found).extracting(this::where).containsExactly(
                tuple("survey", 9, "A (type)", "form.problem.choices.empty", List.of()),
                tuple("survey", 10, "A (type)", "form.problem.choices.empty", List.of()),
                tuple("choices", null, null, "import.sheet.missing", List.of("choices")));
    }

    @Test
    void missingAndUnknownColumnsAreReportedOnTheHeaderRow() {
        var found = problems(exportedAndEdited(wb -> {
            var header = wb.getSheet("survey").getRow(0);
            header.getCell(2).setCellValue("lable::sv");
        }));

        assertThat(found).extracting(this::where).containsExactly(
                tuple("survey", 1, "C (lable::sv)", "import.column.unknown", found.get(0).args()),
                tuple("survey", 1, null, "import.column.missing", List.of("label::sv")));
    }

    @Test
    void groupsMustBeBalancedAndQuestionsInsideThem() {
        var found = problems(exportedAndEdited(wb -> {
            var survey = wb.getSheet("survey");
            survey.getRow(6).getCell(0).setCellValue("begin_group");
            survey.getRow(6).createCell(1).setCellValue("mellan");
            survey.getRow(6).createCell(2).setCellValue("Mellan");
            survey.removeRow(survey.getRow(11));
            survey.getRow(12).getCell(0).setCellValue("end_group");
            survey.getRow(12).getCell(1).setCellValue("");
        }));

        assertThat(found).extracting(this::where).containsExactly(
                tuple("survey", 2, "A (type)", "import.group.notClosed", List.of("skola")),
                tuple("survey", 7, "A (type)", "import.group.notClosed", List.of("mellan")),
                tuple("survey", 14, null, "import.question.outsideGroup", List.of("skydd_fritid")),
                tuple("survey", 15, null, "import.question.outsideGroup", List.of("skydd_senaste")),
                tuple("survey", 16, null, "import.question.outsideGroup", List.of("skydd_ovrigt")),
                tuple("survey", 17, "A (type)", "import.group.endWithoutBegin", List.of()));
    }

    @Test
    void everyProblemInTheFileIsReportedAtOnce() {
        var found = problems(exportedAndEdited(wb -> {
            set(wb, "survey", "skola_oro", "required", "kanske");
            set(wb, "survey", "skola_oro", "measures", "skolan");
            set(wb, "survey", "skola_forandring", "relevant", "${skola_oro} > 2");
            set(wb, "survey", "skola_incidenter", "min", "noll");
            set(wb, "survey", "skola_incidenter", "max", "1.5");
            set(wb, "survey", "skydd_ovrigt", "label::sv", "");
            set(wb, "survey", "skydd_ovrigt", "max_length", "50000");
            set(wb, "choices", "okant", "name", "lokalt");
            set(wb, "choices", "centrum", "label::sv", "");
            wb.getSheet("settings").getRow(1).getCell(0).setCellValue("Län");
        }));

        assertThat(found).extracting(this::where).containsExactly(
                tuple("survey", 3, "G (required)", "import.required.invalid", List.of("kanske")),
                tuple("survey", 3, "I (measures)", "form.problem.measures.unknown", List.of("skolan")),
                tuple("survey", 4, "H (relevant)", "import.relevant.invalid", List.of("${skola_oro} > 2",
                        "${q1} >= 2")),
                tuple("survey", 6, "J (min)", "import.number.invalid", List.of("noll")),
                tuple("survey", 6, "K (max)", "import.number.invalid", List.of("1.5")),
                tuple("survey", 16, "C (label::sv)", "form.problem.text.required", List.of()),
                tuple("survey", 16, "L (max_length)", "form.problem.maxLength", List.of(20_000)),
                tuple("choices", 4, "B (name)", "form.problem.choice.duplicate", List.of("lokalt")),
                tuple("choices", 6, "C (label::sv)", "form.problem.choice.label", List.of("centrum")),
                tuple("settings", 2, "A (form_key)", "import.formKey.format", List.of()));
    }

    @Test
    void questionsAndGroupsWithoutOrWithRepeatedNamesAreEachReportedAtTheirOwnRow() {
        var found = problems(exportedAndEdited(wb -> {
            set(wb, "survey", "skydd_fritid", "label::sv", "");
            set(wb, "survey", "skydd_fritid", "name", "");
            set(wb, "survey", "skydd_ovrigt", "measures", "okand");
            set(wb, "survey", "skydd_ovrigt", "name", "");
            set(wb, "survey", "skydd", "label::sv", "");
            set(wb, "survey", "skydd", "name", "skola");
        }));

        assertThat(found).extracting(this::where).containsExactly(
                tuple("survey", 13, "B (name)", "import.theme.duplicate", List.of("skola", "2")),
                tuple("survey", 13, "C (label::sv)", "form.problem.text.required", List.of()),
                tuple("survey", 14, "B (name)", "form.problem.key.format", List.of()),
                tuple("survey", 14, "C (label::sv)", "form.problem.text.required", List.of()),
                tuple("survey", 16, "B (name)", "form.problem.key.format", List.of()),
                tuple("survey", 16, "I (measures)", "form.problem.measures.unknown", List.of("okand")));
    }

    @Test
    void anOldExcelFileIsRecognised() throws IOException {
        try (var old = new org.apache.poi.hssf.usermodel.HSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            old.createSheet("survey");
            old.write(out);

            assertThat(problems(out.toByteArray())).extracting(ImportProblem::messageKey)
                    .containsExactly("import.file.oldExcel");
        }
    }

    @Test
    void aSmallFileThatUnpacksToFarTooMuchIsRefusedBeforeParsing() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            var zeros = new byte[1024 * 1024];
            for (int i = 0; i <= WorkbookFiles.MAX_UNPACKED_BYTES / zeros.length; i++) {
                zip.write(zeros);
            }
        }
        assertThat(out.size()).isLessThan(UploadedBytes.MAX_BYTES);

        assertThat(problems(out.toByteArray())).extracting(ImportProblem::messageKey)
                .containsExactly("import.file.tooMuchContent");
    }

    @Test
    void tooManySurveyRowsAreRefusedWithoutReadingThem() {
        var workbook = new XSSFWorkbook();
        var survey = workbook.createSheet("survey");
        survey.createRow(0).createCell(0).setCellValue("type");
        survey.createRow(2_001).createCell(0).setCellValue("text");
        workbook.createSheet("settings");

        var found = problems(TestWorkbooks.bytes(workbook));

        assertThat(found).extracting(this::where).contains(
                tuple("survey", null, null, "import.sheet.tooManyRows", List.of(2_000)));
    }

    @Test
    void aWorkbookBuiltFromScratchIsRead() {
        Workbook workbook = new XSSFWorkbook();
        var survey = workbook.createSheet("Survey");
        row(survey.createRow(0), "name", "type", "label::sv");
        row(survey.createRow(1), "oro", "begin_group", "Oro");
        row(survey.createRow(3), "oro_niva", "level", "Hur stor är oron?");
        row(survey.createRow(4), "", "end_group", "");
        var settings = workbook.createSheet("settings");
        row(settings.createRow(0), "form_key", "title::sv");
        row(settings.createRow(1), "kommun", "Kommunens formulär");

        var document = FormSpreadsheet.importFrom(new ByteArrayInputStream(TestWorkbooks.bytes(workbook)));

        assertThat(document.formKey()).isEqualTo("kommun");
        assertThat(document.versionNumber()).isNull();
        assertThat(document.definition().question("oro_niva").orElseThrow().label().sv())
                .isEqualTo("Hur stor är oron?");
    }

    private static void row(org.apache.poi.ss.usermodel.Row row, String... values) {
        for (int index = 0; index < values.length; index++) {
            row.createCell(index).setCellValue(values[index]);
        }
    }

    private Tuple where(ImportProblem problem) {
        return tuple(problem.sheet(), problem.row(), problem.column(), problem.messageKey(), problem.args());
    }
}
