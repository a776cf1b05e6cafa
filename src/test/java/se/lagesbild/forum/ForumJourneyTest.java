package se.lagesbild.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import se.lagesbild.support.DemoLogins;
import se.lagesbild.support.JourneyTest;

/**
 * A dialogue forum in a real browser: Västmanland's county coordinator creates one for all the county's
 * municipalities with the five questions of the mapping of human rights and democracy (one click) and a programme;
 * Västerås's coordinator finds it on the start page, registers two participants and answers the questions (a phone
 * number is refused at its question, with the text kept), first as a draft and then submitted; the county
 * coordinator sees who registered and answered, reads the answers per question and downloads them as a PDF.
 */
class ForumJourneyTest extends JourneyTest {

    private static final List<String> QUESTIONS = QuestionSet.HUMAN_RIGHTS_AND_DEMOCRACY;
    private static final String FIRST_ANSWER = "Ett råd för mänskliga rättigheter samordnar arbetet; "
            + "kommunstyrelsen följer upp det årligen.";

    @Test
    void theCountyInvitesVasterasRegistersAndAnswersAndTheCountyReadsTheAnswers() throws Exception {
        String title = "Dialogforum om mänskliga rättigheter och demokrati " + System.nanoTime();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        LocalDate heldOn = today.plusDays(40);
        LocalDate deadline = today.plusDays(25);

        // 1. the county coordinator starts a new forum with the five questions, in one click
        driver.get(url("/login"));
        logIn(DemoLogins.VASTMANLAND_COUNTY);
        driver.get(url("/forums"));
        wait.until(d -> heading().equals("Dialogforum och kartläggningar"));
        click(By.linkText("Nytt dialogforum eller ny kartläggning"));
        wait.until(d -> heading().equals("Nytt dialogforum eller ny kartläggning för Västmanlands län"));
        WebElement prefill = driver.findElement(By.linkText(
                "Använd frågorna från kartläggningen av mänskliga rättigheter och demokrati"));
        prefill.click();
        waitUntilReplaced(prefill);
        wait.until(textToBePresentInElementLocated(By.cssSelector("main .alert-info[role='status']"),
                "är ifyllda"));
        for (int i = 0; i < QUESTIONS.size(); i++) {
            assertThat(driver.findElement(By.id("questions-" + i)).getDomProperty("value")).isEqualTo(QUESTIONS.get(i));
        }
        assertThat(driver.findElement(By.id("questions-5")).getDomProperty("value")).isEmpty();
        assertThat(driver.findElement(By.id("allMunicipalities-true")).isSelected())
                .as("all the county's municipalities are invited by default").isTrue();
        assertThat(driver.findElement(By.cssSelector("label[for='allMunicipalities-true']")).getText())
                .isEqualTo("Alla kommuner i Västmanlands län (10 st.)");

        click(By.cssSelector("label[for='kind-DIALOGUE_FORUM']"));
        driver.findElement(By.id("title")).sendKeys(title);
        driver.findElement(By.id("purpose")).sendKeys("En fördjupad lägesbild över länet och erfarenheter att dela.");
        setValue("heldOn", heldOn.toString());
        setValue("startsAt", "09:00");
        setValue("endsAt", "12:00");
        driver.findElement(By.id("place")).sendKeys("Länsstyrelsen, Västerås");
        driver.findElement(By.id("videoLink")).sendKeys("https://mote.example.se/dialogforum");
        setValue("registrationDeadline", deadline.toString());
        WebElement max = driver.findElement(By.id("maxParticipants"));
        max.clear();
        max.sendKeys("3");
        setValue("programme-0-startsAt", "09:00");
        setValue("programme-0-endsAt", "09:10");
        driver.findElement(By.id("programme-0-title")).sendKeys("Välkommen och inledning");
        driver.findElement(By.id("programme-0-speaker")).sendKeys("Länsstyrelsen Västmanland");
        setValue("programme-1-startsAt", "09:10");
        setValue("programme-1-endsAt", "11:45");
        driver.findElement(By.id("programme-1-title")).sendKeys("Kommunerna besvarar frågorna");
        submit("Skapa");
        wait.until(d -> heading().equals(title));
        assertThat(alert()).contains("Det är skapat");
        String forumUrl = driver.getCurrentUrl();
        assertThat(driver.findElement(By.cssSelector("main dl.details")).getText())
                .contains("Länsstyrelsen i Västmanlands län", "kl. 09.00–12.00", "Länsstyrelsen, Västerås",
                        "högst 3");
        assertThat(section("Program").getText()).contains("09.00–09.10", "Välkommen och inledning",
                "Länsstyrelsen Västmanland", "Kommunerna besvarar frågorna");
        assertThat(section("Frågorna").findElements(By.cssSelector("ol li")).stream().map(WebElement::getText))
                .containsExactlyElementsOf(QUESTIONS);
        assertThat(section("Anmälningar och svar").getText()).contains("0 av 10 kommuner");
        assertNoContentSecurityPolicyViolations();
        logOut();

        // 2. Västerås's coordinator is asked on the start page, registers and answers
        logIn(DemoLogins.VASTERAS_COORDINATOR);
        WebElement panel = section("Dialogforum och kartläggningar");
        String deadlineWords = deadline.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv")));
        WebElement item = panel.findElement(By.xpath(".//li[a[normalize-space()='" + title + "']]"));
        assertThat(item.getText()).contains("sista anmälningsdag", deadlineWords);
        click(By.linkText(title));
        wait.until(d -> heading().equals(title));
        assertThat(section("Er kommuns anmälan och svar").getText()).contains("Inte anmäld", "inte besvarade");
        assertThat(driver.findElements(By.xpath("//main//section[h2[normalize-space()='Anmälningar och svar']]")))
                .as("a municipality does not see who else registered").isEmpty();

        click(By.linkText("Anmäl deltagare"));
        wait.until(d -> heading().equals("Anmälan till " + title));
        driver.findElement(By.id("participants-0-name")).sendKeys("Ann Exempel");
        driver.findElement(By.id("participants-0-role")).sendKeys("Folkhälsostrateg");
        driver.findElement(By.id("participants-1-name")).sendKeys("Per Prov");
        driver.findElement(By.id("participants-1-role")).sendKeys("Säkerhetssamordnare");
        submit("Spara anmälan");
        wait.until(d -> heading().equals(title));
        assertThat(alert()).contains("Anmälan är sparad.");
        assertThat(section("Er kommuns anmälan och svar").getText())
                .contains("Ann Exempel, Folkhälsostrateg", "Per Prov, Säkerhetssamordnare");

        click(By.linkText("Besvara frågorna"));
        wait.until(d -> heading().equals("Svar på frågorna: " + title));
        String withPhone = "Ring vår strateg på 070-123 45 67 om ni vill veta mer.";
        driver.findElement(By.id("q-q1")).sendKeys(withPhone);
        driver.findElement(By.id("q-q2")).sendKeys("Unga i utanförskap och äldre utan digital vana.");
        submit("Spara utkast");
        wait.until(textToBePresentInElementLocated(By.cssSelector("main .alert-error"), "telefonnummer"));
        WebElement summary = driver.findElement(By.cssSelector("main .alert-error[role='alert']"));
        assertThat(summary.findElement(By.tagName("a")).getDomAttribute("href")).isEqualTo("#q-q1");
        assertThat(driver.findElement(By.id("q-q1-error")).getText()).contains("ett telefonnummer", "070-123 45 67");
        assertThat(driver.findElement(By.id("q-q1")).getDomProperty("value")).isEqualTo(withPhone);
        assertThat(driver.findElement(By.id("q-q2")).getDomProperty("value"))
                .isEqualTo("Unga i utanförskap och äldre utan digital vana.");
        WebElement first = driver.findElement(By.id("q-q1"));
        first.clear();
        first.sendKeys(FIRST_ANSWER);
        submit("Spara utkast");
        wait.until(textToBePresentInElementLocated(By.cssSelector("main .alert-info[role='status']"),
                "Utkastet är sparat"));
        assertThat(driver.findElement(By.id("q-q1")).getDomProperty("value")).isEqualTo(FIRST_ANSWER);
        driver.findElement(By.id("q-q3")).sendKeys("Möjlighet: ny uppföljning. Utmaning: få personer bär arbetet.");
        driver.findElement(By.id("q-q4")).sendKeys("Hat mot förtroendevalda i sociala medier hotar samtalet.");
        driver.findElement(By.id("q-q5")).sendKeys("Utbildning och ett länsgemensamt nätverk.");
        submit("Skicka in svaren");
        wait.until(d -> heading().equals(title));
        assertThat(alert()).contains("Svaren är inskickade till länsstyrelsen.");
        assertThat(section("Er kommuns anmälan och svar").getText()).contains("Inskickade");
        assertNoContentSecurityPolicyViolations();
        logOut();

        // 3. the county sees who registered and answered, the answers per question and the PDF
        logIn(DemoLogins.VASTMANLAND_COUNTY);
        driver.get(forumUrl);
        wait.until(d -> heading().equals(title));
        WebElement completeness = section("Anmälningar och svar");
        assertThat(completeness.findElement(By.cssSelector("dl.figures")).getText())
                .contains("Har anmält sig", "1 av 10 kommuner", "Anmälda deltagare", "2", "Har skickat in svar");
        assertThat(completeness.findElement(By.cssSelector("p.not-answered")).getText())
                .startsWith("Har inte skickat in svar: Arboga, ").doesNotContain("Västerås");
        WebElement row = completeness.findElement(By.xpath(".//tbody/tr[th[normalize-space()='Västerås']]"));
        assertThat(row.getText()).contains("Ann Exempel, Folkhälsostrateg", "Per Prov, Säkerhetssamordnare",
                "Inskickade");
        assertThat(completeness.findElement(By.xpath(".//tbody/tr[th[normalize-space()='Köping']]")).getText())
                .contains("Inte anmäld", "Har inte svarat");

        click(By.linkText("Sammanställda svar"));
        wait.until(d -> heading().equals("Sammanställda svar: " + title));
        WebElement question = driver.findElement(By.id("question-q1"));
        assertThat(question.findElement(By.tagName("h2")).getText()).isEqualTo("1. " + QUESTIONS.get(0));
        assertThat(question.findElement(By.xpath(".//tbody/tr[th[normalize-space()='Västerås']]/td")).getText())
                .isEqualTo(FIRST_ANSWER);
        assertThat(driver.findElement(By.linkText("Till länets åtgärdsöversikt")).getDomAttribute("href"))
                .isEqualTo("/action/county/19");
        assertNoContentSecurityPolicyViolations();

        String text = pdfText(driver.findElement(By.linkText("Ladda ner svaren som PDF")).getDomProperty("href"));
        assertThat(text).contains("Sammanställda svar", title, "Länsstyrelsen i Västmanlands län",
                "1. " + QUESTIONS.get(0), "Västerås", FIRST_ANSWER,
                "Hat mot förtroendevalda i sociala medier hotar samtalet.");
    }

    /** A date or time input is set as the input would hold it, and told it changed (its typed order is Chromium's). */
    private void setValue(String id, String value) {
        WebElement input = driver.findElement(By.id(id));
        driver.executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, value);
        assertThat(input.getDomProperty("value")).isEqualTo(value);
    }

    private void submit(String text) {
        WebElement button = driver.findElement(By.xpath("//main//form//button[@type='submit' and normalize-space()='"
                + text + "']"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
        waitUntilReplaced(button);
    }

    private void click(By locator) {
        WebElement element = driver.findElement(locator);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private String alert() {
        return driver.findElement(By.cssSelector("main .alert-info[role='status']")).getText();
    }

    private WebElement section(String heading) {
        return driver.findElement(By.xpath("//main//section[h2[normalize-space()='" + heading + "']]"));
    }

    /** Fetches the PDF with the browser's session, as the download link would, and reads its text. */
    private String pdfText(String href) throws Exception {
        String session = driver.manage().getCookieNamed(DemoLogins.SESSION_COOKIE).getValue();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", DemoLogins.SESSION_COOKIE + "=" + session).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (var pdf = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }
}
