package se.lagesbild.shared.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import se.lagesbild.shared.chart.TrendChart.Series;

class TrendChartTest {

    private static final List<String> PERIODS = List.of("jun 2026", "jul 2026", "aug 2026", "sep 2026", "okt 2026");

    @Test
    void aNullValueLeavesAGapWithNeitherLineNorPoint() throws Exception {
        String svg = TrendChart.svg("Nätverk", PERIODS, List.of(new Series("Median", Arrays.asList(1.0, 2.0, null, 3.0, 4.0))));
        Element series = seriesGroups(parse(svg)).get(0);
        NodeList paths = series.getElementsByTagName("path");
        assertThat(paths.getLength()).as("two runs, two paths").isEqualTo(2);
        assertThat(((Element) paths.item(0)).getAttribute("d")).matches("M\\S+ \\S+ L\\S+ \\S+");
        assertThat(series.getElementsByTagName("circle").getLength()).as("a point per known value").isEqualTo(4);
    }

    @Test
    void nullIsNeverDrawnAsZero() throws Exception {
        String svg = TrendChart.svg("t", PERIODS, List.of(new Series("s", Arrays.asList(null, 0.0, null, null, 2.0))));
        Element series = seriesGroups(parse(svg)).get(0);
        assertThat(series.getElementsByTagName("path").getLength()).as("no run of two known values").isZero();
        NodeList points = series.getElementsByTagName("circle");
        assertThat(points.getLength()).isEqualTo(2);
        Set<String> titles = new HashSet<>();
        for (int i = 0; i < points.getLength(); i++) {
            titles.add(points.item(i).getTextContent());
        }
        assertThat(titles).containsExactlyInAnyOrder("s, jul 2026: 0", "s, okt 2026: 2");
    }

    @Test
    void everySeriesHasItsOwnDashAndMarkerSoItReadsWithoutColour() throws Exception {
        List<Series> series = List.of(new Series("a", List.of(1.0, 2.0)), new Series("b", List.of(2.0, 3.0)),
                new Series("c", List.of(3.0, 4.0)), new Series("d", List.of(0.0, 1.0)));
        List<Element> groups = seriesGroups(parse(TrendChart.svg("t", List.of("x", "y"), series)));
        Set<String> dashes = new HashSet<>();
        Set<String> markers = new HashSet<>();
        for (Element group : groups) {
            Element line = (Element) group.getElementsByTagName("path").item(0);
            dashes.add(line.getAttribute("stroke-dasharray"));
            Element marker = (Element) group.getChildNodes().item(group.getChildNodes().getLength() - 1);
            markers.add(marker.getTagName() + ":" + marker.getAttribute("d").replaceAll("[0-9.\\s]", ""));
        }
        assertThat(dashes).hasSize(4);
        assertThat(markers).hasSize(4);
    }

    @Test
    void textIsEscapedAndTheChartIsWellFormedWithTitleAndDescription() throws Exception {
        String svg = TrendChart.svg("<script>&\"x\"</script>", List.of("a<b", "c&d"),
                List.of(new Series("it's <i>", Arrays.asList(1.0, null))));
        assertThat(svg).doesNotContain("<script>", "<i>", "a<b").contains("&lt;script&gt;&amp;&quot;x&quot;", "c&amp;d");
        Document doc = parse(svg);
        Element root = doc.getDocumentElement();
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("<script>&\"x\"</script>");
        assertThat(doc.getElementsByTagName("desc").item(0).getTextContent()).contains("it's <i>", "a<b 1", "c&d –");
        assertThat(root.getAttribute("aria-labelledby").split(" ")).hasSize(2);
    }

    @Test
    void noInlineStylesForThePagesContentSecurityPolicy() {
        String svg = TrendChart.svg("t", PERIODS, List.of(new Series("s", List.of(1.0, 2.0, 3.0, 2.0, 1.0))));
        assertThat(svg).doesNotContain("style").contains("stroke=", "font-size=");
    }

    @Test
    void theYAxisCarriesTheLevelWordsAndDecimalsFollowTheLocale() throws Exception {
        var options = TrendChart.Options.defaults()
                .withYAxis(TrendChart.YAxis.levels(List.of("0 – Inte observerat", "1 – Låg", "2 – Måttlig", "3 – Hög",
                        "4 – Mycket hög")))
                .withLocale(Locale.forLanguageTag("sv")).withDescription("Beskrivning");
        String svg = TrendChart.svg("t", PERIODS, List.of(new Series("s", List.of(2.4, 2.5, 3.0, 2.0, 1.0))), options);
        assertThat(svg).contains(">4 – Mycket hög</text>", ">0 – Inte observerat</text>", "s, jun 2026: 2,4",
                "<desc id=\"", ">Beskrivning</desc>");
        // A 2.4 sits between the lines of 2 and 3.
        Matcher y = Pattern.compile("<circle cx=\"[0-9.]+\" cy=\"([0-9.]+)\"").matcher(svg);
        assertThat(y.find()).isTrue();
        double point = Double.parseDouble(y.group(1));
        assertThat(point).as("above the line of 2").isLessThan(gridY(svg, "2 – Måttlig"));
        assertThat(point).as("below the line of 3").isGreaterThan(gridY(svg, "3 – Hög"));
    }

    @Test
    void oneOrNoPeriodsStillDraw() throws Exception {
        parse(TrendChart.svg("t", List.of("okt 2026"), List.of(new Series("s", List.of(2.0)))));
        parse(TrendChart.svg("t", List.of(), List.of()));
    }

    private static double gridY(String svg, String label) {
        Matcher m = Pattern.compile("<text x=\"[0-9.]+\" y=\"([0-9.]+)\" text-anchor=\"end\" fill=\"#1b1b1b\">"
                + Pattern.quote(label) + "</text>").matcher(svg);
        assertThat(m.find()).as(label).isTrue();
        return Double.parseDouble(m.group(1)) - 4;
    }

    private static List<Element> seriesGroups(Document doc) {
        NodeList groups = doc.getElementsByTagName("g");
        List<Element> series = new java.util.ArrayList<>();
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            if ("trend-series".equals(group.getAttribute("class"))) {
                series.add(group);
            }
        }
        return series;
    }

    private static Document parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
