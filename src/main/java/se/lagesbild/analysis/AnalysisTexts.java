package se.lagesbild.analysis;

import java.util.Map;

import se.lagesbild.form.MeasuredTheme;

/**
 * What the county coordinator writes in a regional analysis: an overall summary, per theme an assessment and its
 * reasoning, recommendations, the support the county offers, and whether the municipalities may read each other's
 * observations behind the matrix.
 */
public record AnalysisTexts(String summary, String recommendations, String countySupport, boolean shareObservations,
                            Map<MeasuredTheme, ThemeText> themes) {

    public AnalysisTexts {
        summary = clean(summary);
        recommendations = clean(recommendations);
        countySupport = clean(countySupport);
        themes = themes == null ? Map.of() : Map.copyOf(themes);
    }

    public record ThemeText(String assessment, String reasoning) {
        public static final ThemeText EMPTY = new ThemeText("", "");

        public ThemeText {
            assessment = clean(assessment);
            reasoning = clean(reasoning);
        }
    }

    static String clean(String text) {
        return text == null ? "" : text.strip();
    }
}
