package se.lagesbild.form.exchange;

import static se.lagesbild.form.exchange.SpreadsheetLayout.BEGIN_GROUP;
import static se.lagesbild.form.exchange.SpreadsheetLayout.END_GROUP;
import static se.lagesbild.form.exchange.SpreadsheetLayout.HINT_EN;
import static se.lagesbild.form.exchange.SpreadsheetLayout.HINT_SV;
import static se.lagesbild.form.exchange.SpreadsheetLayout.LABEL_EN;
import static se.lagesbild.form.exchange.SpreadsheetLayout.LABEL_SV;
import static se.lagesbild.form.exchange.SpreadsheetLayout.MAX;
import static se.lagesbild.form.exchange.SpreadsheetLayout.MAX_LENGTH;
import static se.lagesbild.form.exchange.SpreadsheetLayout.MEASURES;
import static se.lagesbild.form.exchange.SpreadsheetLayout.MIN;
import static se.lagesbild.form.exchange.SpreadsheetLayout.NAME;
import static se.lagesbild.form.exchange.SpreadsheetLayout.RELEVANT;
import static se.lagesbild.form.exchange.SpreadsheetLayout.REQUIRED;
import static se.lagesbild.form.exchange.SpreadsheetLayout.TYPE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import se.lagesbild.form.Choice;
import se.lagesbild.form.Condition;
import se.lagesbild.form.FormDefinition;
import se.lagesbild.form.LocalizedText;
import se.lagesbild.form.Question;
import se.lagesbild.form.QuestionType;
import se.lagesbild.form.Theme;

/**
 * Turns the survey sheet into themes and questions. It keeps going after a problem, so that one upload shows every
 * mistake, and records where each theme and question was written for the problems the form rules find afterwards.
 */
final class SurveyReader {

    private static final String TYPES = Arrays.stream(QuestionType.values())
            .map(type -> type.hasChoices() ? type.spreadsheetName() + " <list_name>" : type.spreadsheetName())
            .collect(Collectors.joining(", ")) + ", " + BEGIN_GROUP + ", " + END_GROUP;
    private static final String RELEVANT_EXAMPLE = "${q1} >= 2";

    private record OpenGroup(int rowIndex, String name, String key, LocalizedText title, List<Question> questions) {
    }

    private final SheetTable table;
    private final ChoiceLists choices;
    private final SurveyLocations locations;
    private final List<Theme> themes = new ArrayList<>();
    private OpenGroup open;

    SurveyReader(SheetTable table, ChoiceLists choices) {
        this.table = table;
        this.choices = choices;
        this.locations = new SurveyLocations(table, choices);
    }

    SurveyLocations locations() {
        return locations;
    }

    FormDefinition read() {
        for (int row : table.dataRows()) {
            String[] type = table.text(row, TYPE).split("\\s+");
            String word = type[0].toLowerCase(Locale.ROOT);
            if (word.isEmpty()) {
                table.report(row, TYPE, "import.type.required");
            } else if (isGroupRow(type, BEGIN_GROUP)) {
                beginGroup(row);
            } else if (isGroupRow(type, END_GROUP)) {
                endGroup(row);
            } else {
                question(row, type, word);
            }
        }
        if (open != null) {
            table.report(open.rowIndex(), TYPE, "import.group.notClosed", open.name());
            close();
        }
        return new FormDefinition(themes);
    }

    /** XLSForm writes both "begin_group" and "begin group". */
    private static boolean isGroupRow(String[] type, String name) {
        String joined = String.join("_", type).toLowerCase(Locale.ROOT);
        return joined.equals(name);
    }

    private void beginGroup(int row) {
        if (open != null) {
            table.report(open.rowIndex(), TYPE, "import.group.notClosed", open.name());
            close();
        }
        String key = table.text(row, NAME);
        var placed = locations.addTheme(key, row);
        if (placed.earlierRowIndex() != null) {
            table.report(row, NAME, "import.theme.duplicate", key, String.valueOf(placed.earlierRowIndex() + 1));
        }
        open = new OpenGroup(row, key, placed.key(), text(row, LABEL_SV, LABEL_EN), new ArrayList<>());
    }

    private void endGroup(int row) {
        if (open == null) {
            table.report(row, TYPE, "import.group.endWithoutBegin");
        } else {
            close();
        }
    }

    private void close() {
        themes.add(new Theme(open.key(), open.title(), open.questions()));
        open = null;
    }

    private void question(int row, String[] type, String word) {
        var questionType = QuestionType.fromSpreadsheetName(word).orElse(null);
        String listName = null;
        int expectedWords = questionType != null && questionType.hasChoices() ? 2 : 1;
        if (questionType != null && questionType.hasChoices() && type.length == 1) {
            table.report(row, TYPE, "import.type.listName", word);
            questionType = null;
        } else if (questionType == null || type.length != expectedWords) {
            table.report(row, TYPE, "import.type.unknown", String.join(" ", type), TYPES);
            questionType = null;
        } else if (questionType.hasChoices()) {
            listName = type[1];
        }
        String key = table.text(row, NAME);
        var placed = locations.addQuestion(key, row, listName);
        if (placed.earlierRowIndex() != null) {
            table.report(row, NAME, "import.key.duplicate", key, String.valueOf(placed.earlierRowIndex() + 1));
        }
        var question = new Question(placed.key(), questionType, text(row, LABEL_SV, LABEL_EN), text(row, HINT_SV, HINT_EN),
                required(row), measures(row), number(row, MIN), number(row, MAX), number(row, MAX_LENGTH),
                choices(row, listName), condition(row));
        if (open == null) {
            table.report(row, null, "import.question.outsideGroup", key);
        } else {
            open.questions().add(question);
        }
    }

    private LocalizedText text(int row, String sv, String en) {
        return LocalizedText.of(table.text(row, sv), table.text(row, en));
    }

    private boolean required(int row) {
        String text = table.text(row, REQUIRED);
        Boolean value = CellValues.yesNo(text);
        if (value == null) {
            table.report(row, REQUIRED, "import.required.invalid", text);
            return false;
        }
        return value;
    }

    /** Unknown keys are kept so that the form rules report them, in the same words as the form editor. */
    private String measures(int row) {
        String text = table.text(row, MEASURES);
        return text.isEmpty() ? null : text;
    }

    private Integer number(int row, String column) {
        String text = table.text(row, column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            table.report(row, column, "import.number.invalid", text);
            return null;
        }
    }

    private Condition condition(int row) {
        String text = table.text(row, RELEVANT);
        if (text.isEmpty()) {
            return null;
        }
        var condition = CellValues.condition(text);
        if (condition.isEmpty()) {
            table.report(row, RELEVANT, "import.relevant.invalid", text, RELEVANT_EXAMPLE);
        }
        return condition.orElse(null);
    }

    private List<Choice> choices(int row, String listName) {
        if (listName == null || !choices.available()) {
            return List.of();
        }
        var options = choices.use(listName);
        if (options.isEmpty()) {
            table.report(row, TYPE, "import.choices.listMissing", listName);
        }
        return options.orElse(List.of());
    }
}
