package se.lagesbild.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import se.lagesbild.support.DemoLogins;
import se.lagesbild.support.JourneyTest;

/**
 * The county board's monthly analysis in a real browser, on the demo history: Dalarna's coordinator reads the matrix,
 * the signals and the recurring problems for the last month, opens the observations behind a cell and a trend,
 * writes and publishes the regional picture and downloads it as PDF; Falun's coordinator then reads it.
 */
class AnalysisJourneyTest extends JourneyTest {

    private static final String SUMMARY = "Fritidsgårdarna i södra Dalarna oroar; i övrigt är läget stabilt.";

    @Test
    void theCountyAnalysesPublishesAndAMunicipalityReadsTheRegionalPicture() throws Exception {
        driver.get(url("/login"));
        logIn(DemoLogins.DALARNA_COUNTY);
        mainNavLink("Analys").click();
        waitForDemoHistory();
        assertThat(heading()).startsWith("Analys för Dalarnas län");
        String countyPage = driver.getCurrentUrl();
        assertThat(driver.findElements(By.cssSelector("table.heat-matrix tbody tr"))).hasSize(15);
        assertThat(driver.findElement(By.id("signals-heading")).getText()).startsWith("Signaler");
        assertThat(driver.findElement(By.id("recurring-heading")).getText()).isEqualTo("Gemensamma nämnare");
        // a missing or unapproved picture says so in words, never as a level
        assertThat(driver.findElements(By.cssSelector("table.heat-matrix td.heat-state")))
                .allSatisfy(cell -> assertThat(cell.getText()).containsAnyOf("saknas", "inte godkänd"));

        WebElement cell = driver.findElement(By.cssSelector("table.heat-matrix td.heat a"));
        cell.click();
        wait.until(textToBePresentInElementLocated(By.id("joint-heading"), "Kommunens gemensamma bedömning"));
        assertThat(driver.findElement(By.id("contrib-heading")).getText()).isEqualTo("Verksamheternas bidrag");

        driver.get(countyPage);
        driver.findElement(By.linkText("Trender över tid")).click();
        wait.until(d -> heading().contains("över tid"));
        assertThat(driver.findElements(By.cssSelector("figure.chart svg"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("section[aria-labelledby='all-heading'] tbody tr"))).hasSize(15);

        driver.get(countyPage);
        driver.findElement(By.linkText("Skriv regional lägesbild för perioden")).click();
        wait.until(d -> heading().startsWith("Regional lägesbild för Dalarnas län"));
        driver.findElement(By.id("summary")).sendKeys(SUMMARY);
        driver.findElement(By.id("assessment-leisure")).sendKeys("Incidenterna ökar i flera kommuner.");
        driver.findElement(By.cssSelector("label[for='shareObservations']")).click();
        driver.findElement(By.cssSelector("button[value='publish']")).click();
        wait.until(textToBePresentInElementLocated(By.cssSelector("main .alert-info"), "publicerad"));
        assertThat(heading()).isEqualTo("Regional lägesbild");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(SUMMARY);

        String pdfHref = driver.findElement(By.linkText("Ladda ner som PDF")).getAttribute("href");
        String text = pdfText(pdfHref);
        assertThat(text).contains("Dalarnas län").contains(SUMMARY);
        assertNoContentSecurityPolicyViolations();
        logOut();

        logIn(DemoLogins.FALUN_COORDINATOR);
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Senast publicerad: Dalarnas län");
        mainNavLink("Regionala lägesbilder").click();
        wait.until(d -> heading().equals("Regionala lägesbilder"));
        driver.findElement(By.cssSelector("main table a")).click();
        wait.until(d -> heading().equals("Regional lägesbild"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(SUMMARY)
                .contains("Incidenterna ökar i flera kommuner.");
        // the county shared the observations, so Falun may open another municipality's joint assessment
        WebElement other = driver.findElement(By.cssSelector("a.regional-observations:not([href*='municipality=2080'])"));
        other.click();
        wait.until(textToBePresentInElementLocated(By.id("joint-heading"), "Kommunens gemensamma bedömning"));
        assertThat(driver.findElements(By.id("contrib-heading"))).as("never the units' contributions").isEmpty();
        assertNoContentSecurityPolicyViolations();
    }

    /** The demo history is written in the background at start-up; the county page fills once it is there. */
    private void waitForDemoHistory() {
        new WebDriverWait(driver, Duration.ofSeconds(120)).pollingEvery(Duration.ofSeconds(2)).until(d -> {
            if (!d.findElements(By.cssSelector("table.heat-matrix td.heat a")).isEmpty()) {
                return true;
            }
            d.navigate().refresh();
            return false;
        });
    }

    /** Fetches the PDF with the browser's session, as the download link would, and reads its text. */
    private String pdfText(String href) throws Exception {
        String session = driver.manage().getCookieNamed("LAGESBILD_SESSION").getValue();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "LAGESBILD_SESSION=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (var pdf = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(pdf);
        }
    }
}
