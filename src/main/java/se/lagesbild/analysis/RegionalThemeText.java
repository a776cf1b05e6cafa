package se.lagesbild.analysis;

import org.springframework.data.relational.core.mapping.Table;

/** The coordinator's text for one theme of a regional analysis; the theme is the key of a {@code MeasuredTheme}. */
@Table("regional_analysis_theme")
record RegionalThemeText(String theme, String assessment, String reasoning) {
}
