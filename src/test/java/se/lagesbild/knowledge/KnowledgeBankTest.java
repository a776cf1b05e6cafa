package se.lagesbild.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static se.lagesbild.support.DemoLogins.ADMIN;
import static se.lagesbild.support.DemoLogins.BORLANGE_COORDINATOR;
import static se.lagesbild.support.DemoLogins.DALARNA_COUNTY;
import static se.lagesbild.support.DemoLogins.FALUN_COORDINATOR;
import static se.lagesbild.support.DemoLogins.FALUN_POLICE;
import static se.lagesbild.support.DemoLogins.NATIONAL_READER;
import static se.lagesbild.support.DemoLogins.VASTMANLAND_COUNTY;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.Role;
import se.lagesbild.shared.Scope;
import se.lagesbild.support.DemoLogins;
import se.lagesbild.support.PostgresTest;

/**
 * The knowledge bank over HTTP on PostgreSQL: a word inside an uploaded PDF is found by the Swedish full-text
 * search, within the reader's scope only; disguised, oversized and personal files are refused at the field with
 * nothing stored; a county's item is kept from other counties; downloads are attachments with a clean name.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KnowledgeBankTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    KnowledgeReferences references;

    private final Map<String, Cookie> sessions = new HashMap<>();

    @BeforeAll
    void signIn() throws Exception {
        for (String user : List.of(ADMIN, NATIONAL_READER, DALARNA_COUNTY, VASTMANLAND_COUNTY, FALUN_COORDINATOR,
                BORLANGE_COORDINATOR, FALUN_POLICE)) {
            sessions.put(user, DemoLogins.login(mvc, user));
        }
    }

    @Test
    void aWordInsideAnUploadedPdfIsFoundBySearchWithinTheScope() throws Exception {
        long item = create(FALUN_COORDINATOR, "GOOD_EXAMPLE", "Lovskola med läxhjälp", "Skolan höll öppet på lovet.",
                "COUNTY");
        byte[] pdf = KnowledgeTestFiles.pdf("Utvärdering av lovskolan", "Eleverna uppskattade kvistbandy mest.");
        MockHttpServletResponse upload = upload(FALUN_COORDINATOR, item, new MockMultipartFile("file",
                "utvardering.pdf", "application/pdf", pdf));
        assertThat(upload.getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select file_type from knowledge_attachment where item_id = :i").param("i", item)
                .query(String.class).single()).isEqualTo("PDF");

        // the word is only in the file: title, summary and tags do not have it
        assertThat(search(FALUN_COORDINATOR, "kvistbandy")).contains("Lovskola med läxhjälp");
        assertThat(search(BORLANGE_COORDINATOR, "kvistbandy")).as("same county").contains("Lovskola med läxhjälp");
        assertThat(search(DALARNA_COUNTY, "kvistbandy")).contains("Lovskola med läxhjälp");
        assertThat(search(VASTMANLAND_COUNTY, "kvistbandy")).as("another county").doesNotContain("Lovskola");
        assertThat(search(NATIONAL_READER, "kvistbandy")).as("county items are not national").doesNotContain("Lovskola");
        // PostgreSQL's Swedish configuration does it, with the stored tsvector of the attachment
        assertThat(jdbc.sql("""
                        select count(*) from knowledge_attachment
                        where item_id = :i and search_vector @@ websearch_to_tsquery('swedish', 'kvistbandy')""")
                .param("i", item).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void searchStemsSwedishWordsAndRanksTitlesFirst() throws Exception {
        long inFile = create(ADMIN, "REPORT", "Rapport om idrottsföreningar", "Sammanställning av året.", "ALL");
        upload(ADMIN, inFile, new MockMultipartFile("file", "bilaga.pdf", "application/pdf",
                KnowledgeTestFiles.pdf("Fotbollsturneringarna samlade många unga.")));
        create(ADMIN, "GOOD_EXAMPLE", "Fotbollsturnering mot utanförskap", "En turnering på sportlovet.", "ALL");

        String page = search(NATIONAL_READER, "fotbollsturneringar");
        // "fotbollsturneringar" and "fotbollsturneringarna" share a stem; LIKE would not find the second
        assertThat(page).contains("Fotbollsturnering mot utanförskap").contains("Rapport om idrottsföreningar");
        assertThat(page.indexOf("Fotbollsturnering mot utanförskap"))
                .as("a title hit ranks above a hit in an attachment")
                .isLessThan(page.indexOf("Rapport om idrottsföreningar"));
    }

    @Test
    void aDisguisedExecutableIsRefusedAtTheFileFieldAndNothingIsStored() throws Exception {
        long item = create(FALUN_COORDINATOR, "METHOD", "Metod med bilaga", "Sammanfattning.", "COUNTY");
        int version = version(item);
        MockHttpServletResponse response = upload(FALUN_COORDINATOR, item,
                new MockMultipartFile("file", "x.pdf", "application/pdf", KnowledgeTestFiles.EXECUTABLE));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"file-error\"")
                .contains("Filen tas inte emot. Bara PDF, Word (DOCX) och Excel (XLSX) går att bifoga");
        assertThat(attachments(item)).isZero();
        assertThat(version(item)).as("the item did not change").isEqualTo(version);
    }

    @Test
    void anOversizedFileIsRefusedAndNothingIsStored() throws Exception {
        long item = create(FALUN_COORDINATOR, "REPORT", "Stor rapport", "Sammanfattning.", "COUNTY");
        byte[] large = new byte[KnowledgeBank.MAX_FILE_BYTES + 1];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 8);
        MockHttpServletResponse response = upload(FALUN_COORDINATOR, item,
                new MockMultipartFile("file", "stor.pdf", "application/pdf", large));
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("Filen är för stor. En bilaga får vara högst 5 MB.");
        assertThat(attachments(item)).isZero();
        // and no file at all is asked for, not stored
        MockHttpServletResponse none = mvc.perform(post("/knowledge/{id}/attachments", item)
                .param("version", String.valueOf(version(item))).cookie(sessions.get(FALUN_COORDINATOR))
                .with(csrf())).andReturn().getResponse();
        assertThat(none.getContentAsString(StandardCharsets.UTF_8)).contains("Välj en fil att bifoga.");
        assertThat(attachments(item)).isZero();
    }

    @Test
    void aDocxNamedLikeAPdfIsStoredAsTheDocxItIs() throws Exception {
        long item = create(DALARNA_COUNTY, "METHOD", "Metod i Word", "Sammanfattning.", "COUNTY");
        upload(DALARNA_COUNTY, item, new MockMultipartFile("file", "metod.pdf", "application/pdf",
                KnowledgeTestFiles.docx("Metoden steg för steg")));
        assertThat(jdbc.sql("select file_type || ' ' || display_name from knowledge_attachment where item_id = :i")
                .param("i", item).query(String.class).single()).isEqualTo("DOCX metod.docx");
    }

    @Test
    void aCountyItemOfDalarnaIsReadInDalarnaOnly() throws Exception {
        long item = create(DALARNA_COUNTY, "CONTACT", "Länets nätverk för samordnare", "Nås via växeln.", "COUNTY");
        for (String reader : List.of(DALARNA_COUNTY, FALUN_COORDINATOR, FALUN_POLICE, ADMIN)) {
            assertThat(status(get("/knowledge/{id}", item), reader)).as(reader).isEqualTo(200);
        }
        assertThat(status(get("/knowledge/{id}", item), VASTMANLAND_COUNTY)).isEqualTo(404);
        assertThat(status(get("/knowledge/{id}", item), NATIONAL_READER)).isEqualTo(404);
        // the search text is shown back on the page, so look for the link to the item
        assertThat(search(DALARNA_COUNTY, "Länets nätverk för samordnare")).contains("href=\"/knowledge/" + item + "\"");
        assertThat(search(VASTMANLAND_COUNTY, "Länets nätverk för samordnare"))
                .doesNotContain("href=\"/knowledge/" + item + "\"");
        // Falun reads the county's item but it is the county's to change
        assertThat(status(get("/knowledge/{id}/edit", item), FALUN_COORDINATOR)).isEqualTo(404);
        assertThat(status(post("/knowledge/{id}", item).param("title", "Kapat").param("version", "0"),
                FALUN_COORDINATOR)).isEqualTo(404);
        assertThat(status(get("/knowledge/{id}/edit", item), DALARNA_COUNTY)).isEqualTo(200);
        // contributors and national readers never write
        assertThat(status(get("/knowledge/new"), FALUN_POLICE)).isEqualTo(403);
        assertThat(status(post("/knowledge").param("title", "Nej"), NATIONAL_READER)).isEqualTo(403);

        long open = create(DALARNA_COUNTY, "METHOD", "Metod för alla", "Delas med hela landet.", "ALL");
        assertThat(status(get("/knowledge/{id}", open), NATIONAL_READER)).isEqualTo(200);
        assertThat(status(get("/knowledge/{id}", open), VASTMANLAND_COUNTY)).isEqualTo(200);
    }

    @Test
    void aDownloadIsAnAttachmentWithTheDetectedTypeAndACleanName() throws Exception {
        long item = create(DALARNA_COUNTY, "REPORT", "Rapport med nedladdning", "Sammanfattning.", "COUNTY");
        byte[] pdf = KnowledgeTestFiles.pdf("Nedladdning");
        upload(DALARNA_COUNTY, item, new MockMultipartFile("file", "..\\..\\Windows\\..//etc/rap\u0007port\u202E.pdf",
                "text/html", pdf));
        long attachment = jdbc.sql("select id from knowledge_attachment where item_id = :i").param("i", item)
                .query(Long.class).single();

        MockHttpServletResponse download = mvc.perform(get("/knowledge/attachments/{id}", attachment)
                .cookie(sessions.get(FALUN_COORDINATOR))).andReturn().getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        ContentDisposition disposition = ContentDisposition.parse(download.getHeader(HttpHeaders.CONTENT_DISPOSITION));
        assertThat(disposition.isAttachment()).isTrue();
        assertThat(disposition.getFilename()).isEqualTo("rapport.pdf").doesNotContain("/").doesNotContain("\\")
                .doesNotContain("..");
        assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
        assertThat(status(get("/knowledge/attachments/{id}", attachment), VASTMANLAND_COUNTY)).isEqualTo(404);
        assertThat(status(get("/knowledge/attachments/{id}", attachment), NATIONAL_READER)).isEqualTo(404);

        // removing needs the item's version the page showed: without it nothing is removed
        assertThat(status(post("/knowledge/attachments/{id}/delete", attachment), DALARNA_COUNTY)).isEqualTo(409);
        assertThat(status(post("/knowledge/attachments/{id}/delete", attachment)
                .param("version", String.valueOf(version(item))), FALUN_COORDINATOR)).isEqualTo(404);
        assertThat(attachments(item)).isOne();
        assertThat(status(post("/knowledge/attachments/{id}/delete", attachment)
                .param("version", String.valueOf(version(item))), DALARNA_COUNTY)).isEqualTo(302);
        assertThat(attachments(item)).isZero();
    }

    @Test
    void personalDataIsRefusedAtItsFieldAndNothingIsStored() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/knowledge").param("kind", "CONTACT")
                        .param("title", "Kontakt med personuppgifter")
                        .param("summary", "Ring Anna på 070-123 45 67.").param("tags", "anna@example.se")
                        .param("date", "2026-03-01").param("visibility", "COUNTY")
                        .cookie(sessions.get(FALUN_COORDINATOR)).with(csrf()))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"summary-error\"").contains("id=\"tags-error\"").contains("telefonnummer")
                .contains("e-postadress").contains("Ring Anna på 070-123 45 67.");
        assertThat(jdbc.sql("select count(*) from knowledge_item where title = 'Kontakt med personuppgifter'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aStaleEditKeepsTheOtherChangeAndWhatWasTyped() throws Exception {
        long item = create(FALUN_COORDINATOR, "METHOD", "Metod att ändra", "Första texten.", "COUNTY");
        int opened = version(item);
        assertThat(status(edit(item, opened, "Ändrad av den ena"), FALUN_COORDINATOR)).isEqualTo(302);
        MockHttpServletResponse stale = mvc.perform(edit(item, opened, "Ändrad av den andra")
                .cookie(sessions.get(FALUN_COORDINATOR)).with(csrf())).andReturn().getResponse();
        assertThat(stale.getContentAsString(StandardCharsets.UTF_8)).contains("Någon annan sparade posten under tiden")
                .contains("value=\"Ändrad av den andra\"");
        assertThat(jdbc.sql("select title from knowledge_item where id = :i").param("i", item).query(String.class)
                .single()).isEqualTo("Ändrad av den ena");
    }

    @Test
    void theStartPageShowsNewItemsInScope() throws Exception {
        create(FALUN_COORDINATOR, "GOOD_EXAMPLE", "Nytt exempel från Falun", "Sammanfattning.", "COUNTY");
        String falun = mvc.perform(get("/").cookie(sessions.get(FALUN_POLICE))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(falun).contains("Nytt i kunskapsbanken").contains("Nytt exempel från Falun");
        String vastmanland = mvc.perform(get("/").cookie(sessions.get(VASTMANLAND_COUNTY))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(vastmanland).doesNotContain("Nytt exempel från Falun");
    }

    @Test
    void theDemoItemsAreMarkedAndTheWordInTheDemoPdfIsFound() throws Exception {
        assertThat(jdbc.sql("select count(*) from knowledge_item where tags like '%demodata%' "
                + "and summary like 'Demodata, inte verklig.%'").query(Integer.class).single()).isEqualTo(5);
        assertThat(search(FALUN_COORDINATOR, "midnattsfotboll")).contains("Fredagsöppet på fritidsgården");
        assertThat(search(VASTMANLAND_COUNTY, "midnattsfotboll")).doesNotContain("Fredagsöppet");
        long walk = jdbc.sql("select id from knowledge_item where title = 'Trygghetsvandring'").query(Long.class)
                .single();
        assertThat(search(NATIONAL_READER, "trygghetsvandringar")).contains("href=\"/knowledge/" + walk + "\"");
    }

    @Test
    void otherModulesGetTheGoodExamplesAndMethodsTheUserReads() throws Exception {
        long example = create(DALARNA_COUNTY, "GOOD_EXAMPLE", "Gott exempel att bygga på", "Sammanfattning.",
                "COUNTY");
        long report = create(DALARNA_COUNTY, "REPORT", "Rapport att inte bygga på", "Sammanfattning.", "COUNTY");
        long dalarna = organisation("20");
        long vastmanland = organisation("19");
        var falun = new CurrentUser(0, "test.falun", "Falun", Role.MUNICIPAL_COORDINATOR,
                Scope.municipality(dalarna, organisation("2080")), "Falun", true, null);
        var vasteras = new CurrentUser(0, "test.vasteras", "Västerås", Role.MUNICIPAL_COORDINATOR,
                Scope.municipality(vastmanland, organisation("1980")), "Västerås", true, null);
        assertThat(references.referableFor(falun)).extracting(KnowledgeReference::id).contains(example)
                .doesNotContain(report);
        assertThat(references.referableFor(falun)).allMatch(r -> KnowledgeReferences.REFERABLE.contains(r.kind()));
        assertThat(references.referableFor(vasteras)).extracting(KnowledgeReference::id).doesNotContain(example);
        assertThat(references.readable(falun, example)).map(KnowledgeReference::title)
                .contains("Gott exempel att bygga på");
        assertThat(references.readable(vasteras, example)).isEmpty();
        assertThat(references.readable(falun, Long.MAX_VALUE)).isEmpty();
    }

    private long create(String user, String kind, String title, String summary, String visibility,
                        String... themes) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/knowledge").param("kind", kind).param("title", title)
                        .param("summary", summary).param("tags", "test").param("date", "2026-03-01")
                        .param("visibility", visibility).param("themes", themes.length == 0 ? new String[] {"school"}
                                : themes)
                        .cookie(sessions.get(user)).with(csrf()))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as("created: " + response.getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(302);
        String location = response.getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private MockHttpServletResponse upload(String user, long item, MockMultipartFile file) throws Exception {
        return mvc.perform(multipart("/knowledge/{id}/attachments", item).file(file)
                        .param("version", String.valueOf(version(item))).cookie(sessions.get(user)).with(csrf()))
                .andReturn().getResponse();
    }

    private MockHttpServletRequestBuilder edit(long item, int version, String title) {
        return post("/knowledge/{id}", item).param("kind", "METHOD").param("title", title)
                .param("summary", "Texten.").param("date", "2026-03-02").param("visibility", "COUNTY")
                .param("version", String.valueOf(version));
    }

    private String search(String user, String text) throws Exception {
        return mvc.perform(get("/knowledge").param("q", text).cookie(sessions.get(user))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private int status(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.cookie(sessions.get(user)).with(csrf())).andReturn().getResponse().getStatus();
    }

    private int version(long item) {
        return jdbc.sql("select version from knowledge_item where id = :i").param("i", item).query(Integer.class)
                .single();
    }

    private int attachments(long item) {
        return jdbc.sql("select count(*) from knowledge_attachment where item_id = :i").param("i", item)
                .query(Integer.class).single();
    }

    private long organisation(String code) {
        return jdbc.sql("select id from organisation where code = :c").param("c", code).query(Long.class).single();
    }
}
