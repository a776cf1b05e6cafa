package se.lagesbild.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import se.lagesbild.support.DemoLogins;
import se.lagesbild.support.PostgresTest;

/** Export and import through the pages, on the real default form: a round trip changes nothing, bad files save nothing. */
@PostgresTest
class FormExchangeHttpTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FormVersionRepository versions;

    Cookie county;
    long defaultVersion;

    @BeforeEach
    void signIn() throws Exception {
        county = DemoLogins.login(mvc, DemoLogins.DALARNA_COUNTY);
        defaultVersion = jdbc.sql("select v.id from form_version v join form f on f.id = v.form_id "
                + "where f.form_key = :key and v.number = 1").param("key", DefaultForm.KEY).query(Long.class).single();
    }

    @Test
    void theDefaultFormSurvivesAnXlsxRoundTripUnchanged() throws Exception {
        MvcResult export = mvc.perform(get("/forms/versions/" + defaultVersion + "/export.xlsx").cookie(county))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition",
                        Matchers.containsString("lagesbild-sociala-risker-v1.xlsx")))
                .andReturn();
        byte[] xlsx = export.getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheet("survey").getRow(0).getCell(1).getStringCellValue()).isEqualTo("name");
            assertThat(workbook.getSheet("choices")).isNotNull();
        }
        long formId = emptyForm("Import XLSX " + System.nanoTime());
        importFile(formId, "utkast.xlsx", xlsx).andExpect(status().is3xxRedirection());
        assertThat(draftOf(formId).definition()).isEqualTo(versions.findById(defaultVersion).orElseThrow().definition());
    }

    @Test
    void theDefaultFormSurvivesAJsonRoundTripUnchanged() throws Exception {
        byte[] json = mvc.perform(get("/forms/versions/" + defaultVersion + "/export.json").cookie(county))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Matchers.startsWith("application/json")))
                .andReturn().getResponse().getContentAsByteArray();
        long formId = emptyForm("Import JSON " + System.nanoTime());
        var result = importFile(formId, "utkast.json", json).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(result.getFlashMap().get("importProblems")).isNull();
        assertThat(draftOf(formId).definition()).isEqualTo(versions.findById(defaultVersion).orElseThrow().definition());
    }

    @Test
    void aFileWithADuplicateKeyIsRefusedWithSheetRowAndColumnAndNothingIsSaved() throws Exception {
        byte[] xlsx = mvc.perform(get("/forms/versions/" + defaultVersion + "/export.xlsx").cookie(county))
                .andReturn().getResponse().getContentAsByteArray();
        byte[] broken;
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); var out = new ByteArrayOutputStream()) {
            Sheet survey = workbook.getSheet("survey");
            Row change = findRow(survey, "racism_change");
            change.getCell(1).setCellValue("racism_level");
            workbook.write(out);
            broken = out.toByteArray();
        }
        long formId = emptyForm("Trasig import " + System.nanoTime());
        List<?> problems = (List<?>) importFile(formId, "trasig.xlsx", broken)
                .andExpect(status().is3xxRedirection())
                .andReturn().getFlashMap().get("importProblems");
        assertThat(problems).isNotEmpty();
        assertThat(problems.get(0).toString()).startsWith("Bladet survey, rad ").contains("kolumn B (name)")
                .contains("racism_level");
        assertThat(draftOf(formId).definition().themes()).isEmpty();
        String page = mvc.perform(get("/forms/" + formId).cookie(county)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Bladet survey, rad");
    }

    @Test
    void aDisguisedFileIsRefused() throws Exception {
        long formId = emptyForm("Förklädd fil " + System.nanoTime());
        List<?> problems = (List<?>) importFile(formId, "formular.xlsx",
                "MZ\u0090 this is not a spreadsheet".getBytes(StandardCharsets.ISO_8859_1))
                .andReturn().getFlashMap().get("importProblems");
        assertThat(problems).hasSize(1);
        assertThat(draftOf(formId).definition().themes()).isEmpty();
    }

    private org.springframework.test.web.servlet.ResultActions importFile(long formId, String name, byte[] content)
            throws Exception {
        return mvc.perform(multipart("/forms/" + formId + "/import")
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .cookie(county).with(csrf()));
    }

    private long emptyForm(String name) throws Exception {
        String location = mvc.perform(post("/forms").param("nameSv", name).cookie(county).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).cookie(county)); // as a browser would, which also shows the "created" message
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private FormVersion draftOf(long formId) {
        long id = jdbc.sql("select id from form_version where form_id = :f and status = 'DRAFT'").param("f", formId)
                .query(Long.class).single();
        return versions.findById(id).orElseThrow();
    }

    private static Row findRow(Sheet sheet, String name) {
        for (Row row : sheet) {
            if (row.getCell(1) != null && name.equals(row.getCell(1).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + name);
    }
}
