package se.lagesbild.analysis.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.lagesbild.analysis.ThemeTrends.TrendView;
import se.lagesbild.shared.chart.TrendChart;
import se.lagesbild.shared.chart.TrendChart.Series;
import se.lagesbild.shared.period.Period;

/** The two charts of the trend page, drawn as inline SVG from the same numbers as the tables beside them. */
@Component
class TrendCharts {

    /** The level chart and the sector chart (empty when no sector gave a level). */
    record Charts(String levels, String sectors) {
    }

    private final MessageSource messages;

    TrendCharts(MessageSource messages) {
        this.messages = messages;
    }

    Charts of(TrendView trend, Locale locale) {
        // Period codes (2026-10) keep the axis short; the table beside the chart names each period in words.
        List<String> labels = trend.periods().stream().map(Period::code).toList();
        String theme = messages.getMessage("mtheme." + trend.theme().key(), null, locale);
        var options = TrendChart.Options.defaults().withLocale(locale)
                .withYAxis(TrendChart.YAxis.levels(levelWords(locale)));

        var levelSeries = new ArrayList<Series>();
        levelSeries.add(new Series(msg("analysis.trends.chart.county", locale),
                trend.countyMedian().stream().map(point -> point.median()).toList()));
        if (trend.selected() != null) {
            levelSeries.add(new Series(trend.municipality().name(),
                    trend.selected().levels().stream().map(level -> level == null ? null : level.doubleValue())
                            .toList()));
        }
        String levels = TrendChart.svg(messages.getMessage("analysis.trends.title",
                new Object[] {theme, trend.municipality() != null ? trend.municipality().name()
                        : trend.county().name()}, locale), labels, levelSeries, options);

        var sectorSeries = trend.sectors().stream()
                .map(s -> new Series(msg("sector." + s.sector().name(), locale), s.means())).toList();
        String sectors = sectorSeries.isEmpty() ? ""
                : TrendChart.svg(msg("analysis.trends.sectors", locale), labels, sectorSeries, options);
        return new Charts(levels, sectors);
    }

    private List<String> levelWords(Locale locale) {
        var words = new ArrayList<String>();
        for (int level = 0; level <= 4; level++) {
            words.add(msg("form.level." + level, locale));
        }
        return words;
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
