package se.lagesbild.analysis.export;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.lagesbild.analysis.RegionalDocument;
import se.lagesbild.analysis.RegionalFigures;
import se.lagesbild.analysis.RegionalFigures.MatrixRow;
import se.lagesbild.analysis.RegionalFigures.ThemeTrend;
import se.lagesbild.analysis.RegionalFigures.TrendPoint;
import se.lagesbild.shared.chart.TrendChart;
import se.lagesbild.analysis.export.RegionalDocumentView.PeriodLabel;
import se.lagesbild.analysis.export.RegionalDocumentView.ThemeChart;
import se.lagesbild.form.MeasuredTheme;
import se.lagesbild.shared.period.Period;
import se.lagesbild.shared.period.PeriodFormatException;

/** Prepares a regional document for the template: theme order, period labels and the trend charts in its language. */
@Component
public class RegionalDocumentViews {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    static final int CHART_WIDTH = 560;
    static final int CHART_HEIGHT = 250;

    private final MessageSource messages;

    public RegionalDocumentViews(MessageSource messages) {
        this.messages = messages;
    }

    public RegionalDocumentView of(RegionalDocument doc, Locale locale) {
        RegionalFigures figures = doc.figures();
        List<MeasuredTheme> themes = themes(figures);
        List<PeriodLabel> periods = new ArrayList<>();
        for (String code : figures.periods() == null ? List.<String>of() : figures.periods()) {
            periods.add(new PeriodLabel(code, periodLabel(code, locale)));
        }
        List<String> xLabels = periods.stream().map(PeriodLabel::label).toList();
        List<String> levelWords = new ArrayList<>();
        for (int level = 0; level <= 4; level++) {
            levelWords.add(msg("form.level." + level, locale));
        }
        TrendChart.Options options = TrendChart.Options.defaults().withYAxis(TrendChart.YAxis.levels(levelWords))
                .withLocale(locale).withSize(CHART_WIDTH, CHART_HEIGHT);
        String seriesName = msg("regional.doc.trends.series", locale);
        List<ThemeChart> charts = new ArrayList<>();
        for (MeasuredTheme theme : themes) {
            ThemeTrend trend = trend(figures, theme);
            if (trend == null) {
                continue;
            }
            List<Double> values = new ArrayList<>();
            for (PeriodLabel period : periods) {
                TrendPoint point = trend.points().stream().filter(p -> p.periodCode().equals(period.code()))
                        .findFirst().orElse(null);
                values.add(point == null ? null : point.median());
            }
            String themeName = msg("mtheme." + theme.key(), locale);
            String title = messages.getMessage("regional.doc.trends.chart", new Object[] {themeName}, locale);
            charts.add(new ThemeChart(theme, TrendChart.svg(title, xLabels,
                    List.of(new TrendChart.Series(seriesName, values)), options)));
        }
        String publishedDate = doc.published() && doc.publishedAt() != null
                ? DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                        .format(doc.publishedAt().atZone(SWEDEN))
                : null;
        return new RegionalDocumentView(doc, locale, themes, charts, periods, publishedDate);
    }

    /** The themes that occur in the figures, in the method's order; all of them when the figures name none. */
    static List<MeasuredTheme> themes(RegionalFigures figures) {
        Set<MeasuredTheme> present = EnumSet.noneOf(MeasuredTheme.class);
        if (figures.trends() != null) {
            figures.trends().forEach(trend -> present.add(trend.theme()));
        }
        if (figures.matrix() != null) {
            for (MatrixRow row : figures.matrix()) {
                if (row.cells() != null) {
                    present.addAll(row.cells().keySet());
                }
            }
        }
        return present.isEmpty() ? List.of(MeasuredTheme.values()) : List.copyOf(present);
    }

    static String periodLabel(String code, Locale locale) {
        try {
            Period period = Period.parse(code);
            return "en".equals(locale.getLanguage()) ? period.labelEn() : period.labelSv();
        } catch (PeriodFormatException e) {
            return code;
        }
    }

    private static ThemeTrend trend(RegionalFigures figures, MeasuredTheme theme) {
        if (figures.trends() == null) {
            return null;
        }
        return figures.trends().stream().filter(t -> t.theme() == theme).findFirst().orElse(null);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
