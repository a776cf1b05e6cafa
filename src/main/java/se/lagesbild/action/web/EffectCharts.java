package se.lagesbild.action.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.lagesbild.action.PlanEffects.Effect;
import se.lagesbild.action.PlanEffects.ProblemEffect;
import se.lagesbild.shared.chart.TrendChart;
import se.lagesbild.shared.chart.TrendChart.Series;
import se.lagesbild.shared.period.Period;

/** One level chart per problem of a plan, drawn as inline SVG from the same numbers as the table beside it. */
@Component
class EffectCharts {

    private final MessageSource messages;

    EffectCharts(MessageSource messages) {
        this.messages = messages;
    }

    /** The charts in the order of the effect's problems; empty for a problem without periods to show. */
    List<String> of(Effect effect, Locale locale) {
        var charts = new ArrayList<String>();
        var options = TrendChart.Options.defaults().withLocale(locale)
                .withYAxis(TrendChart.YAxis.levels(levelWords(locale)));
        for (ProblemEffect problem : effect.problems()) {
            if (problem.periods().isEmpty()) {
                charts.add("");
                continue;
            }
            List<String> labels = problem.periods().stream().map(Period::code).toList();
            var series = problem.rows().stream().map(row -> new Series(row.municipality().name(),
                    row.levels().stream().map(level -> level == null ? null : level.doubleValue()).toList()))
                    .toList();
            String title = messages.getMessage("action.effect.chart", new Object[] {
                    messages.getMessage("mtheme." + problem.problem().theme().key(), null, locale)}, locale);
            String description = messages.getMessage("action.effect.chart.description", new Object[] {
                    effect.plan().startsOn().toString(), effect.plan().endsOn().toString()}, locale);
            charts.add(TrendChart.svg(title, labels, series, options.withDescription(description)));
        }
        return charts;
    }

    private List<String> levelWords(Locale locale) {
        var words = new ArrayList<String>();
        for (int level = 0; level <= 4; level++) {
            words.add(messages.getMessage("form.level." + level, null, locale));
        }
        return words;
    }
}
