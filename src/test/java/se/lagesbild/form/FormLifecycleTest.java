package se.lagesbild.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import jakarta.servlet.http.Cookie;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.lagesbild.support.DemoLogins;
import se.lagesbild.support.PostgresTest;

/** The life of a form through the HTTP layer: versions, publishing, freezing and municipal extensions. */
@PostgresTest
class FormLifecycleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FormVersionRepository versions;

    @Test
    void theDefaultFormIsSeededPublishedAndPreviewsInSwedishAndEnglish() throws Exception {
        long v1 = defaultFormVersionId();
        Cookie police = DemoLogins.login(mvc, DemoLogins.FALUN_POLICE);
        mvc.perform(get("/forms/versions/" + v1).cookie(police))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Lägesbild sociala risker, version 1")))
                .andExpect(content().string(Matchers.containsString("Bedömd nivå just nu")))
                .andExpect(content().string(Matchers.containsString("Mycket hög")));
        mvc.perform(get("/forms/versions/" + v1).param("lang", "en").cookie(police))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Situational picture of social risks, version 1")))
                .andExpect(content().string(Matchers.containsString("Very high")));
    }

    @Test
    void aCountyCoordinatorVersionsAFormAndEarlierVersionsStayAsTheyWere() throws Exception {
        Cookie county = DemoLogins.login(mvc, DemoLogins.DALARNA_COUNTY);
        long formId = createForm(county, "Dalarnas lägesbild " + System.nanoTime(), defaultFormVersionId());
        long v1 = versionId(formId, 1);
        publish(county, v1);
        String publishedV1 = definitionJson(v1);

        mvc.perform(post("/forms/" + formId + "/draft").cookie(county).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long v2 = versionId(formId, 2);
        assertThat(definitionJson(v2)).isEqualTo(publishedV1);
        mvc.perform(addQuestion(county, v2, "racism", "racism_stickers", "INTEGER", "Antal rapporterade flygblad vid skolor"))
                .andExpect(status().is3xxRedirection());
        publish(county, v2);

        assertThat(definitionJson(v1)).isEqualTo(publishedV1);
        assertThat(versions.findById(v1).orElseThrow().status()).isEqualTo(VersionStatus.RETIRED);
        assertThat(versions.findById(v2).orElseThrow().status()).isEqualTo(VersionStatus.PUBLISHED);
        assertThat(versions.findById(v2).orElseThrow().definition().question("racism_stickers")).isPresent();
        mvc.perform(get("/forms/versions/" + v1).cookie(county))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("flygblad vid skolor"))));
        mvc.perform(get("/forms/versions/" + v2).cookie(county))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Antal rapporterade flygblad vid skolor")));
    }

    @Test
    void aPublishedKeyKeepsItsTypeInLaterVersions() throws Exception {
        Cookie county = DemoLogins.login(mvc, DemoLogins.DALARNA_COUNTY);
        long formId = createForm(county, "Stabila nycklar " + System.nanoTime(), defaultFormVersionId());
        publish(county, versionId(formId, 1));
        mvc.perform(post("/forms/" + formId + "/draft").cookie(county).with(csrf()));
        long v2 = versionId(formId, 2);
        mvc.perform(post("/forms/versions/" + v2 + "/questions/racism_reports").param("key", "racism_reports")
                        .param("type", "TEXT").param("labelSv", "Nu som fritext")
                        .param("version", String.valueOf(versions.findById(v2).orElseThrow().version()))
                        .cookie(county).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("hade typen integer")));
        assertThat(versions.findById(v2).orElseThrow().definition().question("racism_reports").orElseThrow().type())
                .isEqualTo(QuestionType.INTEGER);
    }

    @Test
    void publishedVersionsCannotBeChangedThroughAnyEndpoint() throws Exception {
        Cookie county = DemoLogins.login(mvc, DemoLogins.DALARNA_COUNTY);
        long formId = createForm(county, "Fryst formulär " + System.nanoTime(), defaultFormVersionId());
        long v1 = versionId(formId, 1);
        publish(county, v1);
        String before = definitionJson(v1);
        int rowVersion = versions.findById(v1).orElseThrow().version();
        String base = "/forms/versions/" + v1;
        List<MockHttpServletRequestBuilder> attempts = List.of(
                post(base + "/themes").param("key", "extra").param("titleSv", "Extra"),
                post(base + "/themes/racism").param("titleSv", "Ändrad rubrik"),
                post(base + "/themes/racism/move").param("direction", "up"),
                post(base + "/themes/racism/delete"),
                post(base + "/questions").param("theme", "racism").param("key", "ny").param("type", "TEXT")
                        .param("labelSv", "Ny"),
                post(base + "/questions/racism_level").param("key", "racism_level").param("type", "LEVEL")
                        .param("labelSv", "Ändrad"),
                post(base + "/questions/racism_level/move").param("direction", "down"),
                post(base + "/questions/racism_level/delete"),
                post(base + "/publish"),
                get(base + "/edit"),
                get(base + "/questions/new").param("theme", "racism"),
                get(base + "/questions/racism_level"));
        for (MockHttpServletRequestBuilder attempt : attempts) {
            mvc.perform(attempt.param("version", String.valueOf(rowVersion)).cookie(county).with(csrf()))
                    .andExpect(status().isConflict())
                    .andExpect(content().string(Matchers.containsString("kan inte ändras")));
        }
        assertThat(definitionJson(v1)).isEqualTo(before);
        assertThat(versions.findById(v1).orElseThrow().status()).isEqualTo(VersionStatus.PUBLISHED);
    }

    @Test
    void aMunicipalExtensionAppearsOnlyForItsMunicipality() throws Exception {
        Cookie county = DemoLogins.login(mvc, DemoLogins.DALARNA_COUNTY);
        long countyForm = createForm(county, "Länsformulär med tillägg " + System.nanoTime(), defaultFormVersionId());
        long countyV1 = versionId(countyForm, 1);
        publish(county, countyV1);

        Cookie falun = DemoLogins.login(mvc, DemoLogins.FALUN_COORDINATOR);
        long extension = createForm(falun, "Faluns egna frågor " + System.nanoTime(), countyV1);
        long extV1 = versionId(extension, 1);
        mvc.perform(post("/forms/versions/" + extV1 + "/themes").param("key", "falun").param("titleSv", "Falun")
                        .param("version", "0").cookie(falun).with(csrf()))
                .andExpect(status().is3xxRedirection());
        // an extension may never reuse a key of the county form: comparisons across the county must hold
        mvc.perform(addQuestion(falun, extV1, "falun", "racism_level", "LEVEL", "Egen nivåfråga"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("finns redan i formuläret som tillägget gäller")));
        mvc.perform(addQuestion(falun, extV1, "falun", "falun_stortorget", "YES_NO", "Oro kring Stora torget?"))
                .andExpect(status().is3xxRedirection());
        publish(falun, extV1);

        mvc.perform(get("/forms/versions/" + countyV1).cookie(falun))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Oro kring Stora torget?")));
        mvc.perform(get("/forms/versions/" + countyV1).param("municipality", "2080").cookie(county))
                .andExpect(content().string(Matchers.containsString("Oro kring Stora torget?")));
        Cookie borlange = DemoLogins.login(mvc, DemoLogins.BORLANGE_COORDINATOR);
        mvc.perform(get("/forms/versions/" + countyV1).cookie(borlange))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Oro kring Stora torget?"))));
        mvc.perform(get("/forms/" + extension).cookie(borlange)).andExpect(status().isNotFound());
        mvc.perform(get("/forms/versions/" + countyV1).cookie(county))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Oro kring Stora torget?"))));
    }

    @Test
    void theEditorShowsRuleViolationsAtTheFieldAndKeepsTheInput() throws Exception {
        Cookie county = DemoLogins.login(mvc, DemoLogins.DALARNA_COUNTY);
        long formId = createForm(county, "Felaktigt utkast " + System.nanoTime(), defaultFormVersionId());
        long v1 = versionId(formId, 1);
        mvc.perform(addQuestion(county, v1, "racism", "racism_level", "TEXT", "Dubblett"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"key-error\"")))
                .andExpect(content().string(Matchers.containsString("value=\"Dubblett\"")));
        mvc.perform(addQuestion(county, v1, "racism", "racism_kind", "SINGLE_CHOICE", "Vilken sort?"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Lägg till minst ett svarsalternativ")));
        mvc.perform(addQuestion(county, v1, "extremism", "extremism_more", "TEXT", "Mer")
                        .param("showWhenKey", "threats_level").param("showWhenAtLeast", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("threats_level")))
                .andExpect(content().string(Matchers.containsString("kommer senare")));
        assertThat(versions.findById(v1).orElseThrow().definition().question("racism_kind")).isEmpty();
    }

    private MockHttpServletRequestBuilder addQuestion(Cookie session, long versionId, String theme, String key,
                                                      String type, String label) {
        return post("/forms/versions/" + versionId + "/questions").param("theme", theme).param("key", key)
                .param("type", type).param("labelSv", label)
                .param("version", String.valueOf(versions.findById(versionId).orElseThrow().version()))
                .cookie(session).with(csrf());
    }

    private long createForm(Cookie session, String name, long startFrom) throws Exception {
        String location = mvc.perform(post("/forms").param("nameSv", name).param("startFrom", String.valueOf(startFrom))
                        .cookie(session).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private void publish(Cookie session, long versionId) throws Exception {
        mvc.perform(post("/forms/versions/" + versionId + "/publish")
                        .param("version", String.valueOf(versions.findById(versionId).orElseThrow().version()))
                        .cookie(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(versions.findById(versionId).orElseThrow().status()).isEqualTo(VersionStatus.PUBLISHED);
    }

    private long defaultFormVersionId() {
        return jdbc.sql("select v.id from form_version v join form f on f.id = v.form_id "
                        + "where f.form_key = :key and v.number = 1")
                .param("key", DefaultForm.KEY).query(Long.class).single();
    }

    private long versionId(long formId, int number) {
        return jdbc.sql("select id from form_version where form_id = :f and number = :n")
                .param("f", formId).param("n", number).query(Long.class).single();
    }

    private String definitionJson(long versionId) {
        return jdbc.sql("select definition from form_version where id = :id").param("id", versionId)
                .query(String.class).single();
    }
}
