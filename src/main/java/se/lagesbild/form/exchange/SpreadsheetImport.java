package se.lagesbild.form.exchange;

import static se.lagesbild.form.exchange.SpreadsheetLayout.CHOICES;
import static se.lagesbild.form.exchange.SpreadsheetLayout.FORM_KEY;
import static se.lagesbild.form.exchange.SpreadsheetLayout.SETTINGS;
import static se.lagesbild.form.exchange.SpreadsheetLayout.SURVEY;
import static se.lagesbild.form.exchange.SpreadsheetLayout.TITLE_EN;
import static se.lagesbild.form.exchange.SpreadsheetLayout.TITLE_SV;
import static se.lagesbild.form.exchange.SpreadsheetLayout.VERSION;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.poi.ss.usermodel.Workbook;

import se.lagesbild.form.FormDefinition;
import se.lagesbild.form.FormDocument;
import se.lagesbild.form.FormProblem;
import se.lagesbild.form.FormRules;
import se.lagesbild.form.LocalizedText;

/**
 * Reads a whole workbook into a form document, collecting the problems of all three sheets and then those of the
 * form rules, so that the coordinator gets the complete list at once.
 */
final class SpreadsheetImport {

    /** The rules name these without rows; the survey reader already reported them with the earlier row. */
    private static final Set<String> REPORTED_WITH_ROWS = Set.of("form.problem.key.duplicate",
            "form.problem.theme.duplicate");

    private final Workbook workbook;
    private final List<ImportProblem> problems = new ArrayList<>();

    SpreadsheetImport(Workbook workbook) {
        this.workbook = workbook;
    }

    FormDocument read() {
        SheetTable settingsTable = table(SETTINGS, SpreadsheetLayout.SETTINGS_COLUMNS,
                SpreadsheetLayout.SETTINGS_REQUIRED, Integer.MAX_VALUE, true);
        SheetTable choicesTable = table(CHOICES, SpreadsheetLayout.CHOICES_COLUMNS,
                SpreadsheetLayout.CHOICES_REQUIRED, SpreadsheetLayout.MAX_CHOICE_ROWS, false);
        SheetTable surveyTable = table(SURVEY, SpreadsheetLayout.SURVEY_COLUMNS,
                SpreadsheetLayout.SURVEY_REQUIRED, SpreadsheetLayout.MAX_SURVEY_ROWS, true);
        ChoiceLists choices = ChoiceLists.read(choicesTable);
        FormDefinition definition = null;
        if (surveyTable != null && surveyTable.usable()) {
            var survey = new SurveyReader(surveyTable, choices);
            definition = survey.read();
            if (workbook.getSheet(CHOICES) == null && survey.locations().usesChoiceLists()) {
                problems.add(ImportProblem.at(CHOICES, null, null, "import.sheet.missing", CHOICES));
            }
            if (choices.available()) {
                choices.reportUnused();
            }
            addRuleProblems(definition, survey.locations());
        }
        FormDocument document = settingsTable != null && settingsTable.usable() ? settings(settingsTable, definition)
                : null;
        if (!problems.isEmpty()) {
            throw new FormImportException(ordered());
        }
        return document;
    }

    /** The sheet as a table, or null (with a problem when the sheet is needed) when it is missing or too long. */
    private SheetTable table(String name, List<String> columns, Set<String> required, int maxRows,
                             boolean mandatory) {
        var sheet = workbook.getSheet(name);
        if (sheet == null) {
            if (mandatory) {
                problems.add(ImportProblem.at(name, null, null, "import.sheet.missing", name));
            }
            return null;
        }
        if (sheet.getLastRowNum() > maxRows) {
            problems.add(ImportProblem.at(name, null, null, "import.sheet.tooManyRows", maxRows));
            return null;
        }
        return new SheetTable(sheet, name, columns, required, problems);
    }

    private void addRuleProblems(FormDefinition definition, SurveyLocations locations) {
        var structural = List.copyOf(problems);
        for (FormProblem problem : FormRules.check(definition)) {
            if (REPORTED_WITH_ROWS.contains(problem.messageKey())) {
                continue;
            }
            ImportProblem located = locations.locate(problem);
            // A cell that already has a problem from reading (an unknown type, a missing list) would otherwise get
            // a second, vaguer one from the rules about the same mistake
            boolean sameCell = structural.stream().anyMatch(earlier -> Objects.equals(earlier.sheet(), located.sheet())
                    && Objects.equals(earlier.row(), located.row())
                    && Objects.equals(earlier.column(), located.column()));
            if (!sameCell) {
                problems.add(located);
            }
        }
    }

    private FormDocument settings(SheetTable table, FormDefinition definition) {
        List<Integer> rows = table.dataRows();
        if (rows.isEmpty()) {
            problems.add(ImportProblem.at(SETTINGS, 2, null, "import.settings.empty"));
            return null;
        }
        rows.stream().skip(1).forEach(extra -> table.report(extra, null, "import.settings.extraRow"));
        int row = rows.get(0);
        String formKey = table.text(row, FORM_KEY);
        if (!FormRules.FORM_KEY.matcher(formKey).matches()) {
            table.report(row, FORM_KEY, "import.formKey.format");
        }
        var title = LocalizedText.of(table.text(row, TITLE_SV), table.text(row, TITLE_EN));
        if (title.sv().isEmpty()) {
            table.report(row, TITLE_SV, "form.problem.text.required");
        }
        String version = table.text(row, VERSION);
        Integer versionNumber = null;
        try {
            versionNumber = version.isEmpty() ? null : Integer.valueOf(version);
        } catch (NumberFormatException e) {
            table.report(row, VERSION, "import.number.invalid", version);
        }
        return new FormDocument(formKey, title, versionNumber, definition);
    }

    /** File order: survey, choices, settings, each top to bottom; problems in one row keep the order they were found. */
    private List<ImportProblem> ordered() {
        Comparator<ImportProblem> bySheet = Comparator.comparingInt(
                problem -> SpreadsheetLayout.SHEET_ORDER.indexOf(problem.sheet()));
        Comparator<ImportProblem> byRow = Comparator.comparing(ImportProblem::row,
                Comparator.nullsFirst(Comparator.naturalOrder()));
        var distinct = new ArrayList<>(new LinkedHashSet<>(problems));
        distinct.sort(bySheet.thenComparing(byRow));
        return distinct;
    }
}
