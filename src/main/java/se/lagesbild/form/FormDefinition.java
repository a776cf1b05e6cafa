package se.lagesbild.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The content of one form version: ordered themes with ordered questions. Immutable; every edit returns a new
 * definition, so a published version can never be changed by accident through a shared reference.
 */
public record FormDefinition(List<Theme> themes) {

    public FormDefinition {
        themes = themes == null ? List.of() : List.copyOf(themes);
    }

    public Stream<Question> questions() {
        return themes.stream().flatMap(theme -> theme.questions().stream());
    }

    public Optional<Question> question(String key) {
        return questions().filter(question -> question.key().equals(key)).findFirst();
    }

    public Optional<Theme> theme(String key) {
        return themes.stream().filter(theme -> theme.key().equals(key)).findFirst();
    }

    public Optional<Theme> themeOf(String questionKey) {
        return themes.stream()
                .filter(theme -> theme.questions().stream().anyMatch(q -> q.key().equals(questionKey)))
                .findFirst();
    }

    public FormDefinition addTheme(Theme theme) {
        var list = new ArrayList<>(themes);
        list.add(theme);
        return new FormDefinition(list);
    }

    public FormDefinition retitleTheme(String key, LocalizedText title) {
        return mapTheme(key, theme -> new Theme(theme.key(), title, theme.questions()));
    }

    public FormDefinition removeTheme(String key) {
        return new FormDefinition(themes.stream().filter(theme -> !theme.key().equals(key)).toList());
    }

    /** Moves a theme one step up (-1) or down (+1); at either end nothing changes. */
    public FormDefinition moveTheme(String key, int step) {
        return new FormDefinition(moved(themes, indexOfTheme(key), step));
    }

    public FormDefinition addQuestion(String themeKey, Question question) {
        return mapTheme(themeKey, theme -> {
            var questions = new ArrayList<>(theme.questions());
            questions.add(question);
            return new Theme(theme.key(), theme.title(), questions);
        });
    }

    /** Replaces the question with this key (the replacement may carry a new key while it is a draft). */
    public FormDefinition replaceQuestion(String key, Question replacement) {
        return new FormDefinition(themes.stream().map(theme -> new Theme(theme.key(), theme.title(),
                theme.questions().stream().map(q -> q.key().equals(key) ? replacement : q).toList())).toList());
    }

    public FormDefinition removeQuestion(String key) {
        return new FormDefinition(themes.stream().map(theme -> new Theme(theme.key(), theme.title(),
                theme.questions().stream().filter(q -> !q.key().equals(key)).toList())).toList());
    }

    /** Moves a question one step up or down within its theme. */
    public FormDefinition moveQuestion(String key, int step) {
        return new FormDefinition(themes.stream().map(theme -> {
            int index = indexOf(theme.questions().stream().map(Question::key).toList(), key);
            return index < 0 ? theme : new Theme(theme.key(), theme.title(), moved(theme.questions(), index, step));
        }).toList());
    }

    private FormDefinition mapTheme(String key, UnaryOperator<Theme> change) {
        return new FormDefinition(themes.stream().map(theme -> theme.key().equals(key) ? change.apply(theme) : theme)
                .toList());
    }

    private int indexOfTheme(String key) {
        return indexOf(themes.stream().map(Theme::key).toList(), key);
    }

    private static int indexOf(List<String> keys, String key) {
        return keys.indexOf(key);
    }

    private static <T> List<T> moved(List<T> items, int index, int step) {
        int target = index + Integer.signum(step);
        if (index < 0 || target < 0 || target >= items.size()) {
            return items;
        }
        var list = new ArrayList<>(items);
        list.add(target, list.remove(index));
        return list;
    }
}
