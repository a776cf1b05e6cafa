package se.lagesbild.knowledge;

import java.time.LocalDate;
import java.util.List;

import se.lagesbild.form.MeasuredTheme;
import se.lagesbild.organisation.Organisation;

/** An item in a list: its headline facts and the beginning of its summary. */
public record KnowledgeSummary(long id, KnowledgeKind kind, String title, String excerpt, List<MeasuredTheme> themes,
                               List<String> tags, Organisation owner, LocalDate date, KnowledgeVisibility visibility,
                               int attachments) {
}
