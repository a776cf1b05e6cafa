package se.lagesbild.knowledge;

import se.lagesbild.form.MeasuredTheme;

/** A search of the knowledge bank: free text (may be empty), an optional kind and theme, and a 0-based page. */
public record KnowledgeQuery(String text, KnowledgeKind kind, MeasuredTheme theme, int page) {

    /** Longer search texts are cut here. */
    public static final int MAX_TEXT = 200;
    /** No one pages this far; it keeps the offset small. */
    public static final int MAX_PAGE = 10_000;

    public KnowledgeQuery {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        page = Math.max(0, Math.min(page, MAX_PAGE));
    }

    public boolean hasText() {
        return !text.isEmpty();
    }
}
