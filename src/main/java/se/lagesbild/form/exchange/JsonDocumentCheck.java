package se.lagesbild.form.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import se.lagesbild.form.Choice;
import se.lagesbild.form.Condition;
import se.lagesbild.form.FormDefinition;
import se.lagesbild.form.FormDocument;
import se.lagesbild.form.FormProblem;
import se.lagesbild.form.FormRules;
import se.lagesbild.form.LocalizedText;
import se.lagesbild.form.Question;
import se.lagesbild.form.Theme;

/**
 * Checks a document read from JSON by the same rules as a spreadsheet import. JSON can leave out or null any field,
 * which the form model never does itself, so missing keys and texts are first made empty (for the rules to report
 * in their usual words) and every problem is located by its JSON path.
 */
final class JsonDocumentCheck {

    private static final Set<String> REPORTED_WITH_PATHS = Set.of("form.problem.key.duplicate",
            "form.problem.theme.duplicate");
    private static final Map<String, String> FIELD_PATHS = Map.of("labelSv", "label.sv", "titleSv", "title.sv");

    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, String> themePaths = new HashMap<>();
    private final Map<String, String> questionPaths = new HashMap<>();
    private final FormDocument document;

    JsonDocumentCheck(FormDocument read) {
        if (read.formKey() == null || !FormRules.FORM_KEY.matcher(read.formKey()).matches()) {
            problems.add(JsonProblems.at("formKey", "import.formKey.format"));
        }
        LocalizedText name = orEmpty(read.name());
        if (name.sv().isEmpty()) {
            problems.add(JsonProblems.at("name.sv", "form.problem.text.required"));
        }
        FormDefinition definition = read.definition() == null ? null : normalized(read.definition());
        if (definition == null) {
            problems.add(JsonProblems.at("definition", "import.json.missing", "definition"));
        } else {
            FormDefinition placed = placed(definition);
            var structural = List.copyOf(problems);
            for (FormProblem problem : FormRules.check(placed)) {
                ImportProblem located = locate(placed, problem);
                // A stand-in key for a duplicate breaks the key rule too; the duplicate problem says it better
                boolean samePlace = structural.stream().anyMatch(p -> Objects.equals(p.column(), located.column()));
                if (!REPORTED_WITH_PATHS.contains(problem.messageKey()) && !samePlace) {
                    problems.add(located);
                }
            }
        }
        document = new FormDocument(read.formKey(), name, read.versionNumber(), definition);
    }

    List<ImportProblem> problems() {
        return List.copyOf(problems);
    }

    FormDocument document() {
        return document;
    }

    private static FormDefinition normalized(FormDefinition definition) {
        return new FormDefinition(definition.themes().stream().map(theme -> new Theme(orEmpty(theme.key()),
                orEmpty(theme.title()), theme.questions().stream().map(JsonDocumentCheck::normalized).toList()))
                .toList());
    }

    private static Question normalized(Question q) {
        List<Choice> choices = q.choices().stream().map(c -> new Choice(c.value(), orEmpty(c.label()))).toList();
        Condition showWhen = q.showWhen() == null ? null
                : new Condition(orEmpty(q.showWhen().questionKey()), q.showWhen().atLeast());
        return new Question(orEmpty(q.key()), q.type(), orEmpty(q.label()), q.help(), q.required(), q.measures(),
                q.min(), q.max(), q.maxLength(), choices, showWhen);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static LocalizedText orEmpty(LocalizedText text) {
        return text == null ? LocalizedText.EMPTY : text;
    }

    /**
     * The definition with every theme and question told apart: an empty or repeated key is replaced by a stand-in
     * (its path after "#"), which still breaks the key rule, so that the rules' problems can be located by key. The
     * rules name a duplicate without saying where the first one is; here both places are named.
     */
    private FormDefinition placed(FormDefinition definition) {
        var themes = new ArrayList<Theme>();
        var firstThemes = new HashMap<String, String>();
        var firstQuestions = new HashMap<String, String>();
        for (int t = 0; t < definition.themes().size(); t++) {
            Theme theme = definition.themes().get(t);
            String themePath = "definition.themes[" + t + "]";
            String themeKey = place(theme.key(), themePath, firstThemes, themePaths, "import.json.theme.duplicate");
            var questions = new ArrayList<Question>();
            for (int q = 0; q < theme.questions().size(); q++) {
                Question question = theme.questions().get(q);
                String path = themePath + ".questions[" + q + "]";
                String key = place(question.key(), path, firstQuestions, questionPaths, "import.json.key.duplicate");
                questions.add(new Question(key, question.type(), question.label(), question.help(),
                        question.required(), question.measures(), question.min(), question.max(),
                        question.maxLength(), question.choices(), question.showWhen()));
            }
            themes.add(new Theme(themeKey, theme.title(), questions));
        }
        return new FormDefinition(themes);
    }

    private String place(String key, String path, Map<String, String> first, Map<String, String> paths,
                         String duplicateKey) {
        String earlier = key.isEmpty() ? null : first.putIfAbsent(key, path);
        if (earlier != null) {
            problems.add(JsonProblems.at(path + ".key", duplicateKey, key, earlier));
        }
        String placed = key.isEmpty() || earlier != null ? "#" + path : key;
        paths.put(placed, path);
        return placed;
    }

    private ImportProblem locate(FormDefinition definition, FormProblem problem) {
        Object[] args = problem.args().toArray();
        String base = problem.questionKey() == null ? themePaths.get(problem.themeKey())
                : questionPaths.get(problem.questionKey());
        if (base == null) {
            return JsonProblems.at(null, problem.messageKey(), args);
        }
        String field = FIELD_PATHS.getOrDefault(problem.field(), problem.field());
        String path = base + "." + field;
        if ("choices".equals(problem.field()) && args.length > 0) {
            path = choicePath(definition, problem, path, args[0]);
        }
        return JsonProblems.at(path, problem.messageKey(), args);
    }

    /** An option's problem points at the option; a duplicate at its second occurrence, the one to change. */
    private static String choicePath(FormDefinition definition, FormProblem problem, String choicesPath,
                                     Object value) {
        List<Choice> choices = definition.question(problem.questionKey()).map(Question::choices).orElse(List.of());
        int wanted = "form.problem.choice.duplicate".equals(problem.messageKey()) ? 1 : 0;
        for (int index = 0, seen = 0; index < choices.size(); index++) {
            if (Objects.equals(String.valueOf(choices.get(index).value()), String.valueOf(value)) && seen++ == wanted) {
                String field = "form.problem.choice.label".equals(problem.messageKey()) ? ".label.sv" : ".value";
                return choicesPath + "[" + index + "]" + field;
            }
        }
        return choicesPath;
    }
}
