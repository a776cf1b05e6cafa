package se.lagesbild.knowledge;

import java.time.LocalDate;
import java.util.Set;

import se.lagesbild.form.MeasuredTheme;

/**
 * What a writer gives for an item. {@code ownerCode} (SCB code, {@code SE} for Sweden) is chosen by administrators
 * only, and only when the item is created; coordinators always write for their own county or municipality.
 * {@code tags} is free text, separated by commas.
 */
public record KnowledgeDetails(KnowledgeKind kind, String title, String summary, Set<MeasuredTheme> themes,
                               String tags, String ownerCode, LocalDate date, KnowledgeVisibility visibility) {

    public KnowledgeDetails {
        themes = themes == null ? Set.of() : Set.copyOf(themes);
    }
}
