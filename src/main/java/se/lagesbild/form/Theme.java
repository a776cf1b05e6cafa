package se.lagesbild.form;

import java.util.List;

/** A section of the form, shown as a group of questions under one heading. */
public record Theme(String key, LocalizedText title, List<Question> questions) {

    public Theme {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
