package se.lagesbild.shared.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A plain SVG line chart of several named series over the same periods, drawn on the server so that the same chart
 * can sit inline in a web page and in a PDF.
 *
 * <p>Pages run under a Content-Security-Policy without inline styles, so the chart uses SVG presentation attributes
 * only (no {@code style} attribute, no {@code <style>} block). Every series has its own dash pattern and marker as
 * well as its own colour, so the chart reads in black and white. A null value is a gap: the line stops and no point is
 * drawn, because an unknown level is not a zero. The chart carries a {@code <title>} and {@code <desc>}; a page
 * still shows the figures as a table beside it.
 */
public final class TrendChart {

    /** One line: a name for the legend and one value per x label (null: no value for that period). */
    public record Series(String name, List<Double> values) {
        public Series {
            Objects.requireNonNull(name, "name");
            values = values == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    /**
     * The y axis: a range and a label for each whole number in it, lowest first (null or too short: the number).
     */
    public record YAxis(double min, double max, List<String> tickLabels) {
        /** Levels 0–4 labelled with their numbers. */
        public static final YAxis LEVELS = new YAxis(0, 4, List.of());

        public YAxis {
            if (!(max > min)) {
                throw new IllegalArgumentException("The y axis needs max > min, was " + min + "–" + max);
            }
            tickLabels = tickLabels == null ? List.of() : List.copyOf(tickLabels);
        }

        /** Levels 0–4 labelled with the level words ("0 – Inte observerat" …). */
        public static YAxis levels(List<String> levelWords) {
            return new YAxis(0, 4, levelWords);
        }
    }

    /**
     * @param description the {@code <desc>}; null for one generated from the figures
     * @param locale      for the numbers in the description and the point titles (decimal comma in Swedish)
     */
    public record Options(YAxis yAxis, String description, Locale locale, int width, int height) {
        public static Options defaults() {
            return new Options(YAxis.LEVELS, null, Locale.ROOT, 640, 280);
        }

        public Options {
            Objects.requireNonNull(yAxis, "yAxis");
            locale = locale == null ? Locale.ROOT : locale;
        }

        public Options withYAxis(YAxis axis) {
            return new Options(axis, description, locale, width, height);
        }

        public Options withDescription(String text) {
            return new Options(yAxis, text, locale, width, height);
        }

        public Options withLocale(Locale value) {
            return new Options(yAxis, description, value, width, height);
        }

        public Options withSize(int newWidth, int newHeight) {
            return new Options(yAxis, description, locale, newWidth, newHeight);
        }
    }

    private TrendChart() {
    }

    public static String svg(String title, List<String> xLabels, List<Series> series) {
        return svg(title, xLabels, series, Options.defaults());
    }

    public static String svg(String title, List<String> xLabels, List<Series> series, Options options) {
        return new TrendChartDrawing(title, xLabels, series, options).draw();
    }

    /** XML-escapes text for element content and attribute values, dropping characters XML cannot carry. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
                    if (allowed) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
