package se.lagesbild.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.lagesbild.form.DefaultForm;
import se.lagesbild.support.DemoLogins;
import se.lagesbild.support.PostgresTest;

/** Schedules decide the form of new reports and which units are expected to contribute. */
@PostgresTest
class ScheduleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReportRepository reports;
    @Autowired
    Schedules schedules;

    @Test
    void theCountyChoosesThePictureFormAndAMunicipalityItsContributingUnits() throws Exception {
        Cookie vastmanland = DemoLogins.login(mvc, DemoLogins.VASTMANLAND_COUNTY);
        long defaultVersion = jdbc.sql("select v.id from form_version v join form f on f.id = v.form_id "
                + "where f.form_key = :k and v.number = 1").param("k", DefaultForm.KEY).query(Long.class).single();
        String location = mvc.perform(post("/forms").param("nameSv", "Västmanlands lägesbild")
                        .param("startFrom", String.valueOf(defaultVersion)).cookie(vastmanland).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        long formId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        long versionId = jdbc.sql("select id from form_version where form_id = :f").param("f", formId)
                .query(Long.class).single();
        mvc.perform(post("/forms/versions/" + versionId + "/publish").param("version", "0").cookie(vastmanland)
                .with(csrf())).andExpect(status().is3xxRedirection());

        mvc.perform(post("/schedules").param("formId", String.valueOf(formId)).param("periodKind", "MONTH")
                .cookie(vastmanland).with(csrf())).andExpect(status().is3xxRedirection());
        long county = jdbc.sql("select id from organisation where code = '19'").query(Long.class).single();
        assertThat(schedules.pictures(county).formId()).isEqualTo(formId);
        assertThat(schedules.pictures(county).decided()).isTrue();

        Cookie vasteras = DemoLogins.login(mvc, DemoLogins.VASTERAS_COORDINATOR);
        long vasterasId = jdbc.sql("select id from organisation where code = '1980'").query(Long.class).single();
        String report = mvc.perform(post("/reports/pictures").param("municipalityId", String.valueOf(vasterasId))
                        .param("period", "2023-11").cookie(vasteras).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        long reportId = Long.parseLong(report.substring(report.lastIndexOf('/') + 1));
        assertThat(reports.findById(reportId).orElseThrow().formVersionId()).isEqualTo(versionId);

        long police = jdbc.sql("select u.id from unit u where u.municipality_id = :m and u.name = 'Lokalpolisområdet'")
                .param("m", vasterasId).query(Long.class).single();
        long school = jdbc.sql("select u.id from unit u where u.municipality_id = :m and u.name = 'Grundskolan och gymnasiet'")
                .param("m", vasterasId).query(Long.class).single();
        mvc.perform(post("/schedules").param("formId", String.valueOf(formId)).param("periodKind", "WEEK")
                .param("unitIds", String.valueOf(police), String.valueOf(school)).cookie(vasteras).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(schedules.contributions(vasterasId).unitIds()).containsExactlyInAnyOrder(police, school);

        // a county coordinator cannot decide a municipality's contributions, nor a unit of another municipality
        long falunUnit = jdbc.sql("select u.id from unit u join organisation o on o.id = u.municipality_id "
                + "where o.code = '2080' and u.name = 'Socialtjänsten'").query(Long.class).single();
        mvc.perform(post("/schedules").param("formId", String.valueOf(formId)).param("periodKind", "WEEK")
                        .param("unitIds", String.valueOf(falunUnit)).cookie(vasteras).with(csrf()))
                .andExpect(status().isOk());
        assertThat(schedules.contributions(vasterasId).unitIds()).containsExactlyInAnyOrder(police, school);
    }
}
