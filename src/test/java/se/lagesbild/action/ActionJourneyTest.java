package se.lagesbild.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import se.lagesbild.support.DemoLogins;
import se.lagesbild.support.JourneyTest;

/**
 * The action method in a real browser, on the demo history: from a cell of an approved Falun picture the coordinator
 * writes down a problem, analyses a likely cause, makes an action plan with two measures (a measure answering to
 * nothing is refused, with what was typed kept), records a follow-up and reads the effect page with levels before and
 * after the plan; the county coordinator finds the plan, read-only, in the county overview; Borlänge cannot open it.
 */
class ActionJourneyTest extends JourneyTest {

    private static final String CELLS_HEADING = "Skriv ned ett problem ur en godkänd lägesbild";
    private static final String NO_BASIS = "måste svara mot minst ett av planens problem";

    @Test
    void aCellBecomesAPlanWithFollowedUpMeasuresThatTheCountySees() {
        String unique = String.valueOf(System.nanoTime());
        String problemTitle = "Rasistiskt klotter vid resecentrum " + unique;
        String causeDescription = "Mörk och obevakad gångtunnel " + unique;
        String planTitle = "Trygg gångtunnel vid resecentrum " + unique;
        String firstMeasure = "Sanera klotter inom ett dygn " + unique;
        String secondMeasure = "Dialog med föreningslivet " + unique;
        String comment = "Klottret saneras nu samma dag; tunneln är fortfarande mörk.";
        // the plan ran over months of the demo history, and approved pictures exist after it
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        LocalDate planStart = YearMonth.from(today.minusMonths(8)).atDay(1);
        LocalDate planEnd = YearMonth.from(today.minusMonths(6)).atEndOfMonth();
        YearMonth targetPeriod = YearMonth.from(today.minusMonths(4));

        // 1. from the main navigation to Falun's action page and a racism cell of an approved picture
        driver.get(url("/login"));
        logIn(DemoLogins.FALUN_COORDINATOR);
        mainNavLink("Åtgärder").click();
        wait.until(d -> heading().equals("Åtgärder i Falun"));
        assertThat(driver.findElement(By.cssSelector("nav.main-nav a[aria-current='page']")).getText())
                .isEqualTo("Åtgärder");
        WebElement cell = waitForApprovedRacismCell();
        // the link's name starts with its visible text (the level), then says what it does
        String levelText = cell.findElement(By.cssSelector("span:not(.visually-hidden)")).getText();
        assertThat(levelText).matches("\\d – .+|Vet ej");
        String cellLabel = cell.getAccessibleName();
        assertThat(cellLabel).startsWith(levelText).contains("nytt problem, Rasism, ");
        String periodLabel = cellLabel.substring(cellLabel.indexOf("nytt problem, Rasism, ")
                + "nytt problem, Rasism, ".length());
        cell.click();

        // 2. the problem, written down from the cell, and a likely cause
        wait.until(d -> heading().equals("Nytt problem"));
        String source = driver.findElement(By.cssSelector("section.problem-source dl")).getText();
        assertThat(source).contains("Falun", "Rasism, hatbrott och främlingsfientlighet", periodLabel, levelText);
        assertThat(driver.findElements(By.linkText("Läs iakttagelserna bakom bedömningen"))).hasSize(1);
        driver.findElement(By.id("title")).sendKeys(problemTitle);
        driver.findElement(By.id("description")).sendKeys("Återkommande klotter med rasistiska budskap i gångtunneln.");
        submit("Spara problemet");
        // "Problem: " is said to screen readers only
        wait.until(d -> heading().endsWith(problemTitle));
        assertThat(alert()).contains("Problemet är sparat");
        String problemUrl = driver.getCurrentUrl();
        long problemId = Long.parseLong(problemUrl.substring(problemUrl.lastIndexOf('/') + 1));
        assertThat(section("Underlag i godkända lägesbilder").getText()).contains("Falun", periodLabel, levelText);
        assertThat(section("Orsaksanalys").getText()).contains("Ingen trolig orsak är nedskriven ännu.");

        click(By.cssSelector("label[for='perspective-SITUATIONAL']"));
        driver.findElement(By.id("cause-description")).sendKeys(causeDescription);
        driver.findElement(By.id("cause-basis")).sendKeys("Trygghetsvandring och polisens lägesbild.");
        submit("Lägg till orsaken");
        wait.until(textToBePresentInElementLocated(By.cssSelector("main .alert-info"), "Orsaken är tillagd."));
        WebElement causes = section("Orsaksanalys").findElement(By.tagName("table"));
        assertThat(causes.getText()).contains("Situationellt perspektiv", causeDescription,
                "Trygghetsvandring och polisens lägesbild.");

        // 3. an action plan on the problem, with a measurable goal
        click(By.linkText("Gör en plan för problemet"));
        wait.until(d -> heading().equals("Ny plan för Falun"));
        click(By.cssSelector("label[for='kind-ACTION_PLAN']"));
        driver.findElement(By.id("title")).sendKeys(planTitle);
        setDate("startsOn", planStart);
        setDate("endsOn", planEnd);
        WebElement problemBox = driver.findElement(By.id("problem-" + problemId));
        assertThat(problemBox.isSelected()).as("the problem the plan was made from is chosen").isTrue();
        new Select(driver.findElement(By.id("targetLevel-" + problemId))).selectByVisibleText("1 – Låg");
        new Select(driver.findElement(By.id("targetPeriod-" + problemId))).selectByValue(targetPeriod.toString());
        driver.findElement(By.id("goalDescription-" + problemId)).sendKeys("Inget nytt klotter i tunneln.");
        submit("Skapa planen");
        wait.until(d -> heading().equals("Handlingsplan: " + planTitle));
        assertThat(alert()).contains("Planen är skapad");
        String planUrl = driver.getCurrentUrl();
        String goals = section("Problem och mål").getText();
        assertThat(goals).contains(problemTitle, "nivå högst 1 – Låg", causeDescription);
        assertThat(section("Åtgärder").getText()).contains("Inga åtgärder ännu.");

        // 4. a measure that answers to nothing is refused in the page, with what was typed kept
        click(By.linkText("Ny åtgärd"));
        wait.until(d -> heading().equals("Ny åtgärd"));
        fillMeasure(firstMeasure, "SITUATIONAL", "SHORT", "Tekniska förvaltningen", planStart,
                planStart.plusMonths(1), "Genomförd");
        submit("Spara");
        wait.until(textToBePresentInElementLocated(By.cssSelector("main .alert-error"), NO_BASIS));
        assertThat(heading()).isEqualTo("Ny åtgärd");
        WebElement summary = driver.findElement(By.cssSelector("main .alert-error[role='alert']"));
        assertThat(summary.getText()).contains("Rätta det som är markerat.");
        assertThat(summary.findElement(By.partialLinkText(NO_BASIS)).getDomAttribute("href")).isEqualTo("#basis");
        assertThat(driver.findElement(By.id("basis-error")).getText()).contains(NO_BASIS);
        assertThat(driver.findElement(By.id("title")).getDomProperty("value")).isEqualTo(firstMeasure);
        assertThat(driver.findElement(By.id("owner")).getDomProperty("value")).isEqualTo("Tekniska förvaltningen");
        assertThat(driver.findElement(By.id("startsOn")).getDomProperty("value")).isEqualTo(planStart.toString());
        assertThat(driver.findElement(By.id("approach-SITUATIONAL")).isSelected()).isTrue();
        // answering to the cause lets it through
        click(By.xpath("//fieldset[@id='basis']//label[contains(normalize-space(), '" + causeDescription + "')]"));
        submit("Spara");
        wait.until(d -> heading().equals("Handlingsplan: " + planTitle));
        assertThat(alert()).contains("Åtgärden är tillagd");

        click(By.linkText("Ny åtgärd"));
        wait.until(d -> heading().equals("Ny åtgärd"));
        click(By.cssSelector("label[for='basis-p-" + problemId + "']"));
        fillMeasure(secondMeasure, "SOCIAL", "LONG", "Fritidsförvaltningen", planStart.plusMonths(1), planEnd,
                "Pågår");
        submit("Spara");
        wait.until(d -> heading().equals("Handlingsplan: " + planTitle));
        assertThat(alert()).contains("Åtgärden är tillagd");

        WebElement first = measure(firstMeasure);
        assertThat(first.getText()).contains("Genomförd", "Situationell, Kort sikt", "Tekniska förvaltningen",
                "Orsaken: " + causeDescription + " (" + problemTitle + ")");
        WebElement second = measure(secondMeasure);
        assertThat(second.getText()).contains("Pågår", "Social, Lång sikt", "Fritidsförvaltningen",
                "Problemet: " + problemTitle);
        // each measure is followed up on its due day
        assertThat(followUpLinks(first)).containsExactly(planStart.plusMonths(1).toString());
        assertThat(followUpLinks(second)).containsExactly(planEnd.toString());
        assertThat(first.getText()).contains("Inte gjord än");

        // 5. the follow-up of the first measure
        first.findElement(By.linkText(planStart.plusMonths(1).toString())).click();
        wait.until(d -> heading().equals("Uppföljning av " + firstMeasure));
        assertThat(driver.findElement(By.cssSelector("main dl.details")).getText()).contains(planTitle, "Falun");
        click(By.cssSelector("label[for='done-yes']"));
        click(By.cssSelector("label[for='onTime-yes']"));
        click(By.cssSelector("label[for='goalMet-PARTLY']"));
        driver.findElement(By.id("comment")).sendKeys(comment);
        submit("Registrera uppföljningen");
        wait.until(d -> heading().equals("Handlingsplan: " + planTitle));
        assertThat(alert()).contains("Uppföljningen är registrerad.");
        List<String> recorded = measure(firstMeasure).findElements(By.cssSelector("table tbody tr td")).stream()
                .map(WebElement::getText).toList();
        assertThat(recorded).containsExactly(planStart.plusMonths(1).toString(), "Ja", "Ja", "Delvis",
                comment);
        assertThat(measure(secondMeasure).getText()).contains("Inte gjord än");
        assertNoContentSecurityPolicyViolations();

        // 6. the effect page: approved levels before and after the plan, with the caution that this is no proof
        click(By.linkText("Effekt i senare lägesbilder"));
        wait.until(d -> heading().equals("Effekt: " + planTitle));
        assertThat(driver.findElement(By.cssSelector("main [role='note']")).getText())
                .contains("samband, inte ett bevis");
        WebElement effect = driver.findElement(By.cssSelector("main section.effect"));
        assertThat(effect.findElement(By.tagName("h2")).getText()).isEqualTo(problemTitle);
        assertThat(effect.findElements(By.cssSelector("figure.chart svg"))).hasSize(1);
        List<WebElement> rows = effect.findElements(By.cssSelector("table.effect-table tbody tr"));
        assertThat(rows).isNotEmpty();
        assertThat(levelsIn(rows, "Före")).as("approved levels before the plan").isNotEmpty();
        assertThat(levelsIn(rows, "Under")).as("approved levels during the plan").isNotEmpty();
        assertThat(levelsIn(rows, "Efter")).as("approved levels after the plan").isNotEmpty();
        assertThat(effect.findElement(By.cssSelector("table.effect-table thead")).getText())
                .contains("Period", "Skede", "Falun");
        assertThat(effect.findElement(By.cssSelector(".effect-outcome")).getText()).isIn(
                "Målnivån nåddes i målperioden.", "Målnivån nåddes inte i målperioden.",
                "Det går ännu inte att säga om målet nåtts: målperioden har ingen godkänd lägesbild än.");
        assertNoContentSecurityPolicyViolations();
        logOut();

        // 7. the county coordinator sees the plan in the county overview, and may only read it
        logIn(DemoLogins.DALARNA_COUNTY);
        mainNavLink("Åtgärder").click();
        wait.until(d -> heading().equals("Åtgärder i Dalarnas län"));
        WebElement planRow = section("Alla planer i länet").findElement(
                By.xpath(".//tbody/tr[th/a[normalize-space()='" + planTitle + "']]"));
        List<String> cells = planRow.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
        assertThat(cells.get(0)).isEqualTo("Handlingsplan");
        assertThat(cells.get(1)).isEqualTo("Falun");
        assertThat(cells.get(2)).isEqualTo(planStart + "–" + planEnd);
        assertThat(planRow.findElements(By.cssSelector("ul.status-counts li")).stream().map(WebElement::getText))
                .containsExactly("Pågår: 1", "Genomförd: 1");
        assertThat(cells.get(5)).startsWith("1");
        // the county's totals count this plan's measures too (other tests' plans may share the database)
        assertThat(statusCount("Pågår")).isPositive();
        assertThat(statusCount("Genomförd")).isPositive();
        assertThat(section("Problem i länet").getText()).contains(problemTitle);
        planRow.findElement(By.linkText(planTitle)).click();
        wait.until(d -> heading().equals("Handlingsplan: " + planTitle));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(firstMeasure, secondMeasure, comment);
        assertThat(driver.findElements(By.linkText("Ny åtgärd"))).isEmpty();
        assertThat(driver.findElements(By.linkText("Ändra planen"))).isEmpty();
        assertThat(driver.findElements(By.linkText("Ändra åtgärden"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("main form"))).isEmpty();
        assertThat(driver.findElements(By.linkText("Effekt i senare lägesbilder"))).hasSize(1);
        assertNoContentSecurityPolicyViolations();
        logOut();

        // another municipality's coordinator does not even learn that the plan exists
        logIn(DemoLogins.BORLANGE_COORDINATOR);
        driver.get(planUrl);
        wait.until(d -> heading().equals("Något gick fel"));
        assertThat(driver.findElement(By.cssSelector("main .error-code")).getText()).isEqualTo("404");
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain(planTitle);
    }

    /**
     * The demo history is written in the background at start-up; the racism row gets links once Falun's approved
     * pictures are there. The earliest approved period shown is chosen, so that later pictures exist after the plan.
     */
    private WebElement waitForApprovedRacismCell() {
        By cells = By.xpath("//main//section[h2[normalize-space()='" + CELLS_HEADING + "']]"
                + "//table/tbody/tr[th[normalize-space()='Rasism']]/td/a");
        new WebDriverWait(driver, Duration.ofSeconds(120)).pollingEvery(Duration.ofSeconds(2)).until(d -> {
            if (!d.findElements(cells).isEmpty()) {
                return true;
            }
            d.navigate().refresh();
            return false;
        });
        return driver.findElements(cells).get(0);
    }

    private void fillMeasure(String title, String approach, String horizon, String owner, LocalDate startsOn,
                             LocalDate dueOn, String status) {
        driver.findElement(By.id("title")).sendKeys(title);
        driver.findElement(By.id("description")).sendKeys("Beskrivning av " + title.toLowerCase() + ".");
        click(By.cssSelector("label[for='approach-" + approach + "']"));
        click(By.cssSelector("label[for='horizon-" + horizon + "']"));
        driver.findElement(By.id("owner")).sendKeys(owner);
        setDate("startsOn", startsOn);
        setDate("dueOn", dueOn);
        driver.findElement(By.id("costEstimate")).sendKeys("25000");
        new Select(driver.findElement(By.id("status"))).selectByVisibleText(status);
    }

    /**
     * A date input is filled in the browser's own way: its typed order depends on Chromium's locale, so the value
     * is set as the input would hold it and the input is told it changed.
     */
    private void setDate(String id, LocalDate date) {
        WebElement input = driver.findElement(By.id(id));
        assertThat(input.getDomAttribute("type")).isEqualTo("date");
        driver.executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, date.toString());
        assertThat(input.getDomProperty("value")).isEqualTo(date.toString());
    }

    /** Presses the main form's submit button with that text and waits for the answer to replace the page. */
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

    private int statusCount(String status) {
        return Integer.parseInt(section("Åtgärder per status")
                .findElement(By.xpath(".//dl/div[dt[normalize-space()='" + status + "']]/dd")).getText());
    }

    private WebElement measure(String title) {
        return driver.findElement(By.xpath("//main//article[h3[normalize-space()='" + title + "']]"));
    }

    private static List<String> followUpLinks(WebElement measure) {
        return measure.findElements(By.cssSelector("table tbody td a")).stream().map(WebElement::getText).toList();
    }

    /** The levels in words in the effect table's rows of a phase (Falun's column), leaving out missing pictures. */
    private static List<String> levelsIn(List<WebElement> rows, String phase) {
        return rows.stream()
                .map(row -> row.findElements(By.tagName("td")))
                .filter(cells -> cells.get(0).getText().equals(phase))
                .map(cells -> cells.get(1).getText())
                .filter(level -> level.matches("\\d – .+"))
                .toList();
    }
}
