package se.lagesbild.analysis.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import se.lagesbild.support.DemoLogins;
import se.lagesbild.support.PostgresTest;

/** The administrator's page /admin/map over HTTP: status, import, refusal, and nobody else gets in. */
@PostgresTest
class MapAdminPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theAdministratorImportsAFileAndSeesTheResult() throws Exception {
        Cookie admin = DemoLogins.login(mvc, DemoLogins.ADMIN);
        MvcResult posted = mvc.perform(multipart("/admin/map/import")
                        .file(new MockMultipartFile("file", "C:\\Users\\admin\\" + MapFixture.NAME,
                                "application/geo+json", MapFixture.bytes()))
                        .cookie(admin).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(posted.getResponse().getRedirectedUrl()).isEqualTo("/admin/map#import-heading");

        String page = followFlash(posted, admin);
        assertThat(page).contains("Kommungränserna är ersatta: 4 kommuner fick en gräns ur filens 5 features.",
                "1 koder i filen matchar ingen kommun och lästes inte in: 9999.",
                "286 kommuner saknar fortfarande gräns");
        assertThat(page).contains("Kommuner utan gräns (286)", "Västerås (1980)", MapFixture.NAME)
                .doesNotContain("C:\\Users");
        assertThat(page).contains("href=\"/admin/map\"").contains("aria-current=\"page\"");
    }

    @Test
    void aBadFileIsRefusedWithAClearMessageAndNothingChanges() throws Exception {
        Cookie admin = DemoLogins.login(mvc, DemoLogins.ADMIN);
        followFlash(mvc.perform(multipart("/admin/map/import")
                .file(new MockMultipartFile("file", MapFixture.NAME, "application/geo+json", MapFixture.bytes()))
                .cookie(admin).with(csrf())).andReturn(), admin);
        long generation = generation();

        MvcResult refused = mvc.perform(multipart("/admin/map/import")
                        .file(new MockMultipartFile("file", "kommuner.xlsx", "application/octet-stream",
                                "PK\u0003\u0004 inte json".getBytes(StandardCharsets.ISO_8859_1)))
                        .cookie(admin).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(followFlash(refused, admin)).contains("Filen lästes inte in. Inga gränser har ändrats.",
                "Filen är inte giltig JSON");

        MvcResult missing = mvc.perform(multipart("/admin/map/import").cookie(admin).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(followFlash(missing, admin)).contains("Välj en GeoJSON-fil att läsa in.");
        assertThat(generation()).isEqualTo(generation);
    }

    @Test
    void onlyAdministratorsReachThePage() throws Exception {
        mvc.perform(get("/admin/map").cookie(DemoLogins.login(mvc, DemoLogins.ADMIN))).andExpect(status().isOk());
        long generation = generation();
        for (String user : new String[] {DemoLogins.NATIONAL_READER, DemoLogins.DALARNA_COUNTY,
                DemoLogins.FALUN_COORDINATOR}) {
            Cookie session = DemoLogins.login(mvc, user);
            mvc.perform(get("/admin/map").cookie(session)).andExpect(status().isForbidden());
            mvc.perform(multipart("/admin/map/import")
                            .file(new MockMultipartFile("file", MapFixture.NAME, "application/geo+json",
                                    MapFixture.bytes()))
                            .cookie(session).with(csrf()))
                    .andExpect(status().isForbidden());
            String start = mvc.perform(get("/").cookie(session)).andReturn().getResponse().getContentAsString();
            assertThat(start).as("no menu entry for " + user).doesNotContain("/admin/map");
        }
        assertThat(generation()).isEqualTo(generation);
    }

    /** The page the redirect leads to; the flash attributes travel in the session, as in a browser. */
    private String followFlash(MvcResult posted, Cookie session) throws Exception {
        return mvc.perform(get(posted.getResponse().getRedirectedUrl()).cookie(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private long generation() {
        return jdbc.sql("select generation from map_boundary_import").query(Long.class).single();
    }
}
