package se.lagesbild.analysis;

import java.time.Instant;
import java.util.List;

import se.lagesbild.form.MeasuredTheme;

/**
 * A county's written regional picture for one period, ready to be shown, printed or exported: the coordinator's texts
 * and the figures they rest on.
 *
 * @param periodLabel the period in words in the document's language, e.g. "oktober 2026"
 * @param published   false for a draft (a draft is never exported)
 */
public record RegionalDocument(String countyName, String periodCode, String periodLabel, boolean published,
                               Instant publishedAt, String publishedBy, String summary, String recommendations,
                               String countySupport, List<ThemeText> themeTexts, RegionalFigures figures) {

    /** The coordinator's assessment of one theme across the county and the reasoning behind it. */
    public record ThemeText(MeasuredTheme theme, String assessment, String reasoning) {
    }
}
