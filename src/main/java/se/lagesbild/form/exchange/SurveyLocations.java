package se.lagesbild.form.exchange;

import static se.lagesbild.form.exchange.SpreadsheetLayout.LABEL_SV;
import static se.lagesbild.form.exchange.SpreadsheetLayout.MAX;
import static se.lagesbild.form.exchange.SpreadsheetLayout.MAX_LENGTH;
import static se.lagesbild.form.exchange.SpreadsheetLayout.MEASURES;
import static se.lagesbild.form.exchange.SpreadsheetLayout.MIN;
import static se.lagesbild.form.exchange.SpreadsheetLayout.NAME;
import static se.lagesbild.form.exchange.SpreadsheetLayout.RELEVANT;
import static se.lagesbild.form.exchange.SpreadsheetLayout.TYPE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import se.lagesbild.form.FormProblem;

/**
 * Where each theme and question was written in the survey sheet, so that a problem the form rules find in the
 * definition (which knows nothing of rows) is shown at the row and column the coordinator has to change.
 */
final class SurveyLocations {

    private record QuestionPlace(int rowIndex, String listName) {
    }

    private static final Map<String, String> QUESTION_COLUMNS = Map.of("key", NAME, "labelSv", LABEL_SV,
            "type", TYPE, "showWhen", RELEVANT, "min", MIN, "max", MAX, "maxLength", MAX_LENGTH,
            "measures", MEASURES, "choices", TYPE);
    private static final Map<String, String> THEME_COLUMNS = Map.of("key", NAME, "titleSv", LABEL_SV);

    private final SheetTable survey;
    private final ChoiceLists choices;
    private final Map<String, Integer> themeKeys = new HashMap<>();
    private final Map<String, Integer> questionKeys = new HashMap<>();
    private final Map<String, Integer> themes = new HashMap<>();
    private final Map<String, QuestionPlace> questions = new HashMap<>();

    SurveyLocations(SheetTable survey, ChoiceLists choices) {
        this.survey = survey;
        this.choices = choices;
    }

    /**
     * The key under which a theme or question enters the definition, and the row where its key was first used
     * (null if this is the first). An empty or repeated key is replaced by a stand-in such as "#row12": it still
     * breaks the key rule, so the form rules report it, but every theme and question can be told apart, so the
     * rules' other problems land on the right row. A definition with stand-ins always has problems, so it is never
     * returned.
     */
    record Placed(String key, Integer earlierRowIndex) {
    }

    Placed addTheme(String key, int rowIndex) {
        Integer earlier = key.isEmpty() ? null : themeKeys.putIfAbsent(key, rowIndex);
        String placed = key.isEmpty() || earlier != null ? standIn(rowIndex) : key;
        themes.put(placed, rowIndex);
        return new Placed(placed, earlier);
    }

    Placed addQuestion(String key, int rowIndex, String listName) {
        Integer earlier = key.isEmpty() ? null : questionKeys.putIfAbsent(key, rowIndex);
        String placed = key.isEmpty() || earlier != null ? standIn(rowIndex) : key;
        questions.put(placed, new QuestionPlace(rowIndex, listName));
        return new Placed(placed, earlier);
    }

    private static String standIn(int rowIndex) {
        return "#row" + (rowIndex + 1);
    }

    boolean usesChoiceLists() {
        return questions.values().stream().anyMatch(place -> place.listName() != null);
    }

    ImportProblem locate(FormProblem problem) {
        Object[] args = problem.args().toArray();
        if (problem.questionKey() == null) {
            Integer row = themes.get(problem.themeKey());
            return at(row, THEME_COLUMNS.get(problem.field()), problem.messageKey(), args);
        }
        QuestionPlace place = questions.get(problem.questionKey());
        Integer row = place == null ? null : place.rowIndex();
        if ("choices".equals(problem.field()) && place != null && place.listName() != null) {
            ImportProblem atOption = atOption(place.listName(), problem, args);
            if (atOption != null) {
                return atOption;
            }
        }
        return at(row, QUESTION_COLUMNS.get(problem.field()), problem.messageKey(), args);
    }

    private ImportProblem at(Integer rowIndex, String column, String messageKey, Object[] args) {
        if (rowIndex == null) {
            return ImportProblem.at(survey.name(), null, null, messageKey, args);
        }
        return survey.problem(rowIndex, column, messageKey, args);
    }

    /**
     * A problem with one option (its value or label) belongs on the choices sheet, at the option's row; a
     * duplicate at its second occurrence, which is the one to change.
     */
    private ImportProblem atOption(String listName, FormProblem problem, Object[] args) {
        String column = switch (problem.messageKey()) {
            case "form.problem.choice.value", "form.problem.choice.duplicate" -> NAME;
            case "form.problem.choice.label" -> LABEL_SV;
            default -> null;
        };
        if (column == null || args.length == 0) {
            return null;
        }
        List<ChoiceLists.ChoiceRow> matching = choices.rows(listName).stream()
                .filter(row -> Objects.equals(String.valueOf(row.choice().value()), String.valueOf(args[0])))
                .toList();
        int occurrence = "form.problem.choice.duplicate".equals(problem.messageKey()) ? 1 : 0;
        if (matching.size() <= occurrence) {
            return null;
        }
        return choices.table().problem(matching.get(occurrence).rowIndex(), column, problem.messageKey(), args);
    }
}
