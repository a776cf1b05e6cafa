package se.lagesbild.shared.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import se.lagesbild.shared.chart.TrendChart.Options;
import se.lagesbild.shared.chart.TrendChart.Series;
import se.lagesbild.shared.chart.TrendChart.YAxis;

/** One {@link TrendChart} being drawn: the layout computed once from the labels, then the parts in painting order. */
final class TrendChartDrawing {

    /** Colours with at least 3:1 contrast on white, distinguishable with the common colour-vision deficiencies. */
    private static final String[] COLOURS = {"#0b5fa5", "#b34700", "#00735a", "#9b3d7a", "#6b5d00", "#1b1b1b"};
    private static final String[] DASHES = {null, "8 4", "2 3", "10 3 2 3", "5 5", "1 4"};
    private static final String FONT = "system-ui, 'Segoe UI', Roboto, 'DejaVu Sans', Arial, sans-serif";
    private static final int FONT_SIZE = 12;
    private static final double CHAR_WIDTH = 6.6;
    private static final double MARKER = 4.5;

    private final String title;
    private final List<String> xLabels;
    private final List<Series> series;
    private final Options options;
    private final DecimalFormat number;
    private final String id;
    private final double left;
    private final double right;
    private final double top;
    private final double bottom;
    private final boolean slanted;
    private final StringBuilder out = new StringBuilder(4096);

    TrendChartDrawing(String title, List<String> xLabels, List<Series> series, Options options) {
        this.title = title == null ? "" : title;
        this.xLabels = xLabels == null ? List.of() : xLabels;
        this.series = series == null ? List.of() : series;
        this.options = options;
        this.number = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(options.locale()));
        this.id = "trend-" + Integer.toHexString(Objects.hash(this.title, this.xLabels, this.series));
        int longestTick = 0;
        for (int tick = firstTick(); tick <= lastTick(); tick++) {
            longestTick = Math.max(longestTick, tickLabel(tick).length());
        }
        int longestX = this.xLabels.stream().mapToInt(label -> label == null ? 0 : label.length()).max().orElse(0);
        double plainWidth = (options.width() - 140.0) / Math.max(1, this.xLabels.size());
        this.slanted = longestX * CHAR_WIDTH > plainWidth;
        this.left = 14 + longestTick * CHAR_WIDTH;
        this.right = options.width() - 16 - (slanted ? 0 : longestX * CHAR_WIDTH / 2);
        this.top = 16;
        double xLabelSpace = slanted ? 18 + longestX * CHAR_WIDTH * 0.6 : 30;
        this.bottom = options.height() - xLabelSpace - legendHeight();
    }

    String draw() {
        int width = options.width();
        int height = options.height();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"trend-chart\" role=\"img\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\" aria-labelledby=\"").append(id).append("-title ")
                .append(id).append("-desc\" font-family=\"").append(FONT).append("\" font-size=\"")
                .append(FONT_SIZE).append("\">");
        out.append("<title id=\"").append(id).append("-title\">").append(TrendChart.escape(title)).append("</title>");
        out.append("<desc id=\"").append(id).append("-desc\">")
                .append(TrendChart.escape(options.description() != null ? options.description() : describe()))
                .append("</desc>");
        out.append("<rect x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" fill=\"#ffffff\"/>");
        yAxis();
        xAxis();
        for (int index = 0; index < series.size(); index++) {
            line(index);
        }
        legend();
        out.append("</svg>");
        return out.toString();
    }

    private int firstTick() {
        return (int) Math.ceil(options.yAxis().min());
    }

    private int lastTick() {
        return (int) Math.floor(options.yAxis().max());
    }

    private String tickLabel(int tick) {
        List<String> labels = options.yAxis().tickLabels();
        int index = tick - firstTick();
        String label = index < labels.size() ? labels.get(index) : null;
        return label == null ? Integer.toString(tick) : label;
    }

    private double legendHeight() {
        return series.isEmpty() ? 0 : 22.0 * legendRows();
    }

    private int legendRows() {
        double x = 0;
        int rows = 1;
        for (Series s : series) {
            double entry = legendEntryWidth(s);
            if (x > 0 && x + entry > options.width() - 20) {
                rows++;
                x = 0;
            }
            x += entry;
        }
        return rows;
    }

    private static double legendEntryWidth(Series s) {
        return 44 + s.name().length() * CHAR_WIDTH + 18;
    }

    private double xOf(int index) {
        int count = xLabels.size();
        if (count <= 1) {
            return (left + right) / 2;
        }
        return left + (right - left) * index / (count - 1);
    }

    private double yOf(double value) {
        YAxis axis = options.yAxis();
        double clamped = Math.max(axis.min(), Math.min(axis.max(), value));
        return bottom - (bottom - top) * (clamped - axis.min()) / (axis.max() - axis.min());
    }

    private void yAxis() {
        out.append("<g class=\"trend-y-axis\">");
        for (int tick = firstTick(); tick <= lastTick(); tick++) {
            double y = yOf(tick);
            out.append("<line x1=\"").append(f(left)).append("\" y1=\"").append(f(y)).append("\" x2=\"")
                    .append(f(right)).append("\" y2=\"").append(f(y)).append("\" stroke=\"")
                    .append(tick == firstTick() ? "#1b1b1b" : "#c8c8c8").append("\" stroke-width=\"1\"/>");
            out.append("<text x=\"").append(f(left - 8)).append("\" y=\"").append(f(y + 4))
                    .append("\" text-anchor=\"end\" fill=\"#1b1b1b\">").append(TrendChart.escape(tickLabel(tick)))
                    .append("</text>");
        }
        out.append("</g>");
    }

    private void xAxis() {
        out.append("<g class=\"trend-x-axis\">");
        double labelY = bottom + 18;
        for (int index = 0; index < xLabels.size(); index++) {
            double x = xOf(index);
            out.append("<line x1=\"").append(f(x)).append("\" y1=\"").append(f(bottom)).append("\" x2=\"")
                    .append(f(x)).append("\" y2=\"").append(f(bottom + 5))
                    .append("\" stroke=\"#1b1b1b\" stroke-width=\"1\"/>");
            out.append("<text x=\"").append(f(x)).append("\" y=\"").append(f(labelY)).append('"');
            if (slanted) {
                out.append(" text-anchor=\"end\" transform=\"rotate(-35 ").append(f(x)).append(' ')
                        .append(f(labelY)).append(")\"");
            } else {
                out.append(" text-anchor=\"middle\"");
            }
            out.append(" fill=\"#1b1b1b\">").append(TrendChart.escape(xLabels.get(index))).append("</text>");
        }
        out.append("</g>");
    }

    /** The line as one path per run of known values, so a null leaves a gap, then a marker per known value. */
    private void line(int index) {
        Series s = series.get(index);
        String colour = COLOURS[index % COLOURS.length];
        String dash = DASHES[index % DASHES.length];
        out.append("<g class=\"trend-series\">");
        List<double[]> run = new ArrayList<>();
        int points = Math.min(s.values().size(), xLabels.size());
        for (int i = 0; i < points; i++) {
            Double value = s.values().get(i);
            if (value == null || value.isNaN()) {
                path(run, colour, dash);
                run.clear();
            } else {
                run.add(new double[] {xOf(i), yOf(value)});
            }
        }
        path(run, colour, dash);
        for (int i = 0; i < points; i++) {
            Double value = s.values().get(i);
            if (value != null && !value.isNaN()) {
                String pointTitle = s.name() + ", " + xLabels.get(i) + ": " + number.format(value);
                marker(index, xOf(i), yOf(value), colour, pointTitle);
            }
        }
        out.append("</g>");
    }

    private void path(List<double[]> run, String colour, String dash) {
        if (run.size() < 2) {
            return;
        }
        out.append("<path d=\"");
        for (int i = 0; i < run.size(); i++) {
            out.append(i == 0 ? "M" : " L").append(f(run.get(i)[0])).append(' ').append(f(run.get(i)[1]));
        }
        out.append("\" fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2.5\"");
        if (dash != null) {
            out.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        out.append(" stroke-linejoin=\"round\"/>");
    }

    /** Circle, square, triangle, diamond, cross, hollow circle: the shape tells the series without colour. */
    private void marker(int index, double x, double y, String colour, String pointTitle) {
        double r = MARKER;
        String shape = switch (index % 6) {
            case 0 -> "<circle cx=\"" + f(x) + "\" cy=\"" + f(y) + "\" r=\"" + f(r) + "\" fill=\"" + colour + "\"";
            case 1 -> "<rect x=\"" + f(x - r) + "\" y=\"" + f(y - r) + "\" width=\"" + f(2 * r) + "\" height=\""
                    + f(2 * r) + "\" fill=\"" + colour + "\"";
            case 2 -> "<path d=\"M" + f(x) + " " + f(y - r - 1) + " L" + f(x + r + 1) + " " + f(y + r) + " L"
                    + f(x - r - 1) + " " + f(y + r) + " Z\" fill=\"" + colour + "\"";
            case 3 -> "<path d=\"M" + f(x) + " " + f(y - r - 1) + " L" + f(x + r + 1) + " " + f(y) + " L" + f(x)
                    + " " + f(y + r + 1) + " L" + f(x - r - 1) + " " + f(y) + " Z\" fill=\"" + colour + "\"";
            case 4 -> "<path d=\"M" + f(x - r) + " " + f(y - r) + " L" + f(x + r) + " " + f(y + r) + " M"
                    + f(x + r) + " " + f(y - r) + " L" + f(x - r) + " " + f(y + r) + "\" fill=\"none\" stroke=\""
                    + colour + "\" stroke-width=\"2.5\"";
            default -> "<circle cx=\"" + f(x) + "\" cy=\"" + f(y) + "\" r=\"" + f(r) + "\" fill=\"#ffffff\" stroke=\""
                    + colour + "\" stroke-width=\"2\"";
        };
        out.append(shape);
        if (pointTitle == null) {
            out.append("/>");
        } else {
            String tag = shape.substring(1, shape.indexOf(' '));
            out.append("><title>").append(TrendChart.escape(pointTitle)).append("</title></").append(tag).append('>');
        }
    }

    private void legend() {
        if (series.isEmpty()) {
            return;
        }
        out.append("<g class=\"trend-legend\">");
        double x = 10;
        double y = options.height() - 22.0 * legendRows() + 8;
        for (int index = 0; index < series.size(); index++) {
            Series s = series.get(index);
            double entry = legendEntryWidth(s);
            if (x > 10 && x + entry > options.width() - 10) {
                x = 10;
                y += 22;
            }
            String colour = COLOURS[index % COLOURS.length];
            String dash = DASHES[index % DASHES.length];
            out.append("<line x1=\"").append(f(x)).append("\" y1=\"").append(f(y)).append("\" x2=\"")
                    .append(f(x + 34)).append("\" y2=\"").append(f(y)).append("\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"2.5\"");
            if (dash != null) {
                out.append(" stroke-dasharray=\"").append(dash).append('"');
            }
            out.append("/>");
            marker(index, x + 17, y, colour, null);
            out.append("<text x=\"").append(f(x + 42)).append("\" y=\"").append(f(y + 4))
                    .append("\" fill=\"#1b1b1b\">").append(TrendChart.escape(s.name())).append("</text>");
            x += entry;
        }
        out.append("</g>");
    }

    /** A description from the figures alone (no words of any language): "name: label value; label –". */
    private String describe() {
        StringBuilder text = new StringBuilder();
        for (Series s : series) {
            if (!text.isEmpty()) {
                text.append(". ");
            }
            text.append(s.name()).append(": ");
            for (int i = 0; i < xLabels.size(); i++) {
                Double value = i < s.values().size() ? s.values().get(i) : null;
                text.append(i == 0 ? "" : "; ").append(xLabels.get(i)).append(' ')
                        .append(value == null || value.isNaN() ? "–" : number.format(value));
            }
        }
        return text.toString();
    }

    private static String f(double value) {
        long rounded = Math.round(value * 10);
        return rounded % 10 == 0 ? Long.toString(rounded / 10) : Double.toString(rounded / 10.0);
    }
}
