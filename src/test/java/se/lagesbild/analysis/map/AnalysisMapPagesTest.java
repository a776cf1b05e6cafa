package se.lagesbild.analysis.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import se.lagesbild.support.DemoLogins;
import se.lagesbild.support.PostgresTest;

/**
 * The county and national maps over HTTP, on the fixture's four Dalarna boundaries: areas link to where the
 * drill-down continues, every municipality is in the table beside the map, and national readers see county medians.
 */
@PostgresTest
class AnalysisMapPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MapBoundaries boundaries;

    @BeforeEach
    void boundariesStored() {
        boundaries.importFile(MapFixture.NAME, MapFixture.bytes(), "test");
    }

    @Test
    void theCountyMapColoursItsMunicipalitiesAndLinksToTheirObservations() throws Exception {
        String page = mvc.perform(get("/analysis/county/20/map?theme=racism&period=2026-01")
                        .cookie(DemoLogins.login(mvc, DemoLogins.DALARNA_COUNTY)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<svg", "class=\"map-area level-", "data-code=\"2080\"")
                .contains("/analysis/county/20/observations?municipality=2080&amp;theme=racism&amp;period=2026-01");
        assertThat(page).contains("Nivå per kommun").contains("Älvdalen").contains("Malung-Sälen");
        assertThat(page).doesNotContain("style=");
    }

    @Test
    void theNationalMapShowsCountyMediansToNationalReaders() throws Exception {
        String page = mvc.perform(get("/analysis/national/map?theme=protective")
                        .cookie(DemoLogins.login(mvc, DemoLogins.NATIONAL_READER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<svg", "data-code=\"2081\"", "Median per län", "Norrbottens län",
                "För skyddsfaktorer är en hög nivå positiv");
        assertThat(page).doesNotContain("/observations");
    }
}
