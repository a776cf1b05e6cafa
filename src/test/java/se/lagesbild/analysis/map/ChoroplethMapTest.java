package se.lagesbild.analysis.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.Role;
import se.lagesbild.shared.Scope;
import se.lagesbild.support.PostgresTest;

/** The choropleth: the view model from stored boundaries, and the SVG the fragment draws from it. */
@PostgresTest
class ChoroplethMapTest {

    @Autowired
    ChoroplethMap choropleth;
    @Autowired
    MapBoundaries boundaries;
    @Autowired
    ITemplateEngine templates;
    @Autowired
    JdbcClient jdbc;

    private static final List<MapArea> DALARNA = List.of(
            new MapArea("2080", "Falun", 3, "3 – hög", "/analysis/2080"),
            new MapArea("2081", "Borlänge", 0, "0 – inte observerat", "/analysis/2081"),
            new MapArea("2082", "Säter", null, "saknas", null),
            new MapArea("2085", "Ludvika", 4, "4 – mycket hög", null),
            new MapArea("2021", "Vansbro", 1, "1 – låg", null));

    @Test
    void drawsTheAreasWithBoundariesInAViewBoxAroundThem() {
        boundaries.importFile(MapFixture.NAME, MapFixture.bytes(), "admin");

        assertThat(choropleth.available()).isTrue();
        MapView map = choropleth.draw(DALARNA);

        assertThat(map.available()).isTrue();
        assertThat(map.shapes()).extracting(MapView.Shape::code).containsExactly("2080", "2081", "2082", "2085");
        assertThat(map.shapes()).extracting(MapView.Shape::levelClass)
                .containsExactly("level-3", "level-0", "level-none", "level-4");
        assertThat(map.shapes().get(0).title()).isEqualTo("Falun: 3 – hög");
        assertThat(map.withoutBoundary()).extracting(MapArea::name).containsExactly("Vansbro");

        // the fixture spans longitude 14.14 to 16.39 and latitude 60.0 to 61.05, plus a margin of 1 %
        double[] box = Pattern.compile(" ").splitAsStream(map.viewBox()).mapToDouble(Double::parseDouble).toArray();
        assertThat(box[0]).isBetween(BoundaryShape.x(14.14) - 2, BoundaryShape.x(14.14));
        assertThat(box[1]).isBetween(BoundaryShape.y(61.05) - 2, BoundaryShape.y(61.05));
        assertThat(box[0] + box[2]).isBetween(BoundaryShape.x(16.39), BoundaryShape.x(16.39) + 2);
        assertThat(box[1] + box[3]).isBetween(BoundaryShape.y(60.0), BoundaryShape.y(60.0) + 2);
    }

    @Test
    void theFragmentDrawsLinkedPathsWithTitlesAndALegendInWords() {
        boundaries.importFile(MapFixture.NAME, MapFixture.bytes(), "admin");
        String html = render(choropleth.draw(DALARNA), null, Locale.forLanguageTag("sv"));

        assertThat(html).contains("<svg", "viewBox=\"", "aria-labelledby=\"karta-");
        assertThat(html).containsPattern(
                "<a href=\"/analysis/2080\" class=\"map-link\"><title>Falun: 3 – hög</title><path class=\"map-area level-3\" d=\"M");
        assertThat(html).containsPattern("<path class=\"map-area level-none\" d=\"M[^\"]+\" fill=\"url\\(#karta-[a-z0-9]+-hatch\\)\"");
        assertThat(html).containsPattern("<path class=\"map-area level-4\" d=\"M[^\"]+\" data-code=\"2085\"><title>Ludvika: 4 – mycket hög</title>");
        assertThat(html).doesNotContain("style=", "<style", "<script", "role=\"img\"");
        assertThat(html).contains("0 – inte observerat", "1 – låg", "2 – måttlig", "3 – hög", "4 – mycket hög",
                "saknas eller ej godkänd", "Teckenförklaring", "Gräns saknas, så kartan visar inte: Vansbro.");
        assertThat(render(choropleth.draw(DALARNA), null, Locale.ENGLISH))
                .contains("2 – moderate", "missing or not approved", "Legend");
    }

    @Test
    void withoutBoundariesTheFragmentSaysHowToAddThem() {
        boundaries.importFile(MapFixture.NAME, MapFixture.bytes(), "admin");
        MapView elsewhere = choropleth.draw(List.of(new MapArea("1980", "Västerås", 2, "2 – måttlig", null)));
        assertThat(elsewhere.available()).isFalse();
        assertThat(elsewhere.boundariesStored()).isTrue();
        assertThat(render(elsewhere, null, Locale.forLanguageTag("sv")))
                .contains("inga kommungränser finns inlästa för de här kommunerna").doesNotContain("<svg");

        jdbc.sql("delete from map_boundary").update();
        jdbc.sql("update map_boundary_import set generation = generation + 1").update();
        try {
            assertThat(choropleth.available()).isFalse();
            MapView none = choropleth.draw(DALARNA);
            assertThat(none.available()).isFalse();
            assertThat(none.boundariesStored()).isFalse();
            CurrentUser admin = new CurrentUser(1, "admin", "Admin", Role.ADMIN, Scope.national(), "Sverige", true,
                    "x");
            assertThat(render(none, admin, Locale.forLanguageTag("sv")))
                    .contains("inga kommungränser är inlästa", "href=\"/admin/map\"", "lagesbild.map.boundaries",
                            "Tabellen visar samma uppgifter")
                    .doesNotContain("<svg");
            assertThat(render(none, null, Locale.forLanguageTag("sv")))
                    .contains("En administratör kan läsa in").doesNotContain("href=\"/admin/map\"");
        } finally {
            boundaries.importFile(MapFixture.NAME, MapFixture.bytes(), "admin");
        }
    }

    @Test
    void drawsAllOfSwedenQuickly() {
        boundaries.importFile(MapFixture.NAME, MapFixture.bytes(), "admin");
        List<MapArea> sweden = new ArrayList<>();
        for (int i = 0; i < 290; i++) {
            sweden.add(new MapArea(i % 2 == 0 ? "2080" : "2081", "Kommun " + i, i % 5, i % 5 + " – nivå", "/x/" + i));
        }
        for (int i = 0; i < 3; i++) {
            render(choropleth.draw(sweden), null, Locale.forLanguageTag("sv"));
        }
        // CPU time of this thread, so that a busy machine does not make the test flaky
        var threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        String html = render(choropleth.draw(sweden), null, Locale.forLanguageTag("sv"));
        long millis = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
        assertThat(html.split("<path ", -1)).hasSize(291);
        // about 40 ms for the real 290 municipalities (100 kB of paths); the bound catches a query or parse per area
        assertThat(millis).as("CPU milliseconds for one national map").isLessThan(500);
    }

    private String render(MapView map, CurrentUser user, Locale locale) {
        var servletContext = new MockServletContext();
        var exchange = JakartaServletWebApplication.buildApplication(servletContext)
                .buildExchange(new MockHttpServletRequest(servletContext), new MockHttpServletResponse());
        var context = new WebContext(exchange, locale);
        context.setVariable("map", map);
        context.setVariable("currentUser", user);
        return templates.process("analysis/map/map", Set.of("choropleth(map)"), context);
    }
}
