package se.lagesbild.analysis.export;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import se.lagesbild.analysis.Change;
import se.lagesbild.analysis.RegionalDocument;
import se.lagesbild.analysis.RegionalFigures.ThemeTrend;
import se.lagesbild.analysis.RegionalFigures.TrendPoint;
import se.lagesbild.form.MeasuredTheme;

/**
 * What the template {@code analysis/regional-document} needs besides the document itself: the themes in matrix order,
 * the trend charts (SVG, drawn in the document's language), the periods with their labels and the publication date in
 * words. The web page and the PDF both render the fragment {@code document(view)} from one of these.
 *
 * @param themes        the matrix and trend columns, in the method's order
 * @param charts        one chart per theme with a trend, in the same order
 * @param periods       the trend periods, oldest first
 * @param publishedDate the publication date in the document's language, null for a draft
 */
public record RegionalDocumentView(RegionalDocument doc, Locale locale, List<MeasuredTheme> themes,
                                   List<ThemeChart> charts, List<PeriodLabel> periods, String publishedDate) {

    /** @param svg the chart as SVG; every text in it is XML-escaped, so it may be written unescaped */
    public record ThemeChart(MeasuredTheme theme, String svg) {
    }

    public record PeriodLabel(String code, String label) {
    }

    /** The message key of a level: {@code form.level.0..4}, or {@code form.level.dont_know} for none. */
    public String levelKey(Integer level) {
        return level == null ? "form.level.dont_know" : "form.level." + level;
    }

    /** The message key of a change answer: {@code form.change.increasing} etc. */
    public String changeKey(Change change) {
        return changeKeyOf(change);
    }

    static String changeKeyOf(Change change) {
        return switch (change == null ? Change.UNKNOWN : change) {
            case DECREASING -> "form.change.decreasing";
            case UNCHANGED -> "form.change.unchanged";
            case INCREASING -> "form.change.increasing";
            case UNKNOWN -> "form.change.dont_know";
        };
    }

    /** The county's trend point for a theme and period, or null. */
    public TrendPoint point(MeasuredTheme theme, String periodCode) {
        for (ThemeTrend trend : doc.figures().trends()) {
            if (trend.theme() == theme) {
                return trend.points().stream().filter(p -> p.periodCode().equals(periodCode)).findFirst()
                        .orElse(null);
            }
        }
        return null;
    }

    /** A median in the document's language: one decimal at most, a decimal comma in Swedish. */
    public String number(Double value) {
        return value == null ? "" : new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(locale)).format(value);
    }

    /**
     * A free text as paragraphs (split at blank lines), without characters a PDF's XML cannot carry; an empty list
     * for no text.
     */
    public List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        if (text == null) {
            return paragraphs;
        }
        for (String part : xmlSafe(text).replace("\r\n", "\n").split("\\n\\s*\\n")) {
            String trimmed = part.strip();
            if (!trimmed.isEmpty()) {
                paragraphs.add(trimmed);
            }
        }
        return paragraphs;
    }

    static String xmlSafe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000).forEach(out::appendCodePoint);
        return out.toString();
    }
}
