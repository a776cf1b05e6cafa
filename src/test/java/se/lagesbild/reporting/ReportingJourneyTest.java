package se.lagesbild.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import se.lagesbild.support.DemoLogins;
import se.lagesbild.support.JourneyTest;

/**
 * The reporting chain in a real browser: a unit's contribution is filled in (autosaved), submitted and approved;
 * the municipal picture is submitted, returned by the county with a comment, resubmitted and approved, then locked.
 */
class ReportingJourneyTest extends JourneyTest {

    private static final List<String> THEMES = List.of("extremism", "racism", "networks", "school", "leisure",
            "public_space", "threats", "democracy", "root_causes", "protective");

    @Test
    void aContributionAndAPictureGoThroughTheWholeChain() {
        driver.get(url("/login"));
        logIn(DemoLogins.FALUN_SCHOOL);
        mainNavLink("Rapporter").click();
        wait.until(textToBe(By.tagName("h1"), "Rapporter"));
        // the newest week comes first; nothing has been started for it yet
        firstStartButton("Veckans bidrag").click();
        wait.until(d -> heading().startsWith("Bidrag från Grundskolan och gymnasiet"));
        assertThat(driver.findElement(By.cssSelector("main .status")).getText()).isEqualTo("Utkast");

        // an answer is saved as soon as it is chosen, without leaving the page
        driver.findElement(By.cssSelector("label[for='q-school_level-3']")).click();
        wait.until(textToBePresentInElementLocated(By.id("status-school_level"), "Sparat"));
        fillRequired("Lugnare i korridorerna men fler konflikter på nätet.");
        driver.findElement(By.cssSelector("button[value='submit']")).click();
        wait.until(textToBePresentInElementLocated(By.cssSelector("main .alert-info"), "inskickad för granskning"));
        assertThat(driver.findElement(By.cssSelector("main .status")).getText()).isEqualTo("Inskickad");
        assertThat(driver.findElements(By.cssSelector("button[value='submit']"))).isEmpty();
        String contribution = driver.getCurrentUrl();
        logOut();

        logIn(DemoLogins.FALUN_COORDINATOR);
        driver.get(contribution);
        wait.until(d -> heading().startsWith("Bidrag från Grundskolan och gymnasiet"));
        driver.findElement(By.xpath("//main//button[normalize-space()='Godkänn']")).click();
        wait.until(textToBePresentInElementLocated(By.cssSelector("main .alert-info"), "godkänd och låst"));

        mainNavLink("Rapporter").click();
        wait.until(textToBe(By.tagName("h1"), "Rapporter"));
        firstStartButton("Kommunala lägesbilder per månad").click();
        wait.until(d -> heading().startsWith("Lägesbild för Falun"));
        // the month's contributions side by side: the school's approved contribution is among them
        String pictureUrl = driver.getCurrentUrl();
        driver.findElement(By.linkText("Underlag för lägesbilden")).click();
        wait.until(d -> heading().startsWith("Underlag för lägesbilden"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Grundskolan och gymnasiet");
        driver.get(pictureUrl);
        wait.until(d -> heading().startsWith("Lägesbild för Falun"));
        fillRequired("Läget i stort oförändrat; skolan rapporterar fler konflikter på nätet.");
        driver.findElement(By.cssSelector("button[value='submit']")).click();
        wait.until(textToBePresentInElementLocated(By.cssSelector("main .status"), "Inskickad"));
        String picture = driver.getCurrentUrl();
        logOut();

        logIn(DemoLogins.DALARNA_COUNTY);
        driver.get(picture);
        wait.until(d -> heading().startsWith("Lägesbild för Falun"));
        driver.findElement(By.id("comment")).sendKeys("Beskriv skolans läge närmare, gärna med antal händelser.");
        driver.findElement(By.xpath("//main//button[normalize-space()='Returnera med kommentar']")).click();
        wait.until(textToBePresentInElementLocated(By.cssSelector("main .status"), "Returnerad"));
        logOut();

        logIn(DemoLogins.FALUN_COORDINATOR);
        driver.get(picture);
        wait.until(textToBePresentInElementLocated(By.cssSelector("main .alert-error"), "Beskriv skolans läge närmare"));
        WebElement school = driver.findElement(By.id("q-school_incidents"));
        school.clear();
        school.sendKeys("4");
        driver.findElement(By.cssSelector("button[value='submit']")).click();
        wait.until(textToBePresentInElementLocated(By.cssSelector("main .status"), "Inskickad"));
        logOut();

        logIn(DemoLogins.DALARNA_COUNTY);
        driver.get(picture);
        driver.findElement(By.xpath("//main//button[normalize-space()='Godkänn']")).click();
        wait.until(textToBePresentInElementLocated(By.cssSelector("main .status"), "Godkänd"));
        // locked: no form to change it, only the reviewer's reopen
        assertThat(driver.findElements(By.cssSelector("main form.report-form"))).isEmpty();
        assertThat(driver.findElement(By.id("q-school_incidents")).getDomAttribute("readonly")).isNotNull();
        assertNoContentSecurityPolicyViolations();
    }

    /** Level 2 and "unchanged" for every theme, and the joint summary: the required answers of the default form. */
    private void fillRequired(String summary) {
        for (String theme : THEMES) {
            if (!driver.findElement(By.id("q-" + theme + "_level-2")).isSelected()
                    && !driver.findElement(By.id("q-" + theme + "_level-3")).isSelected()) {
                click(By.cssSelector("label[for='q-" + theme + "_level-2']"));
            }
            click(By.cssSelector("label[for='q-" + theme + "_change-1']"));
        }
        WebElement joint = driver.findElement(By.id("q-summary_joint"));
        joint.clear();
        joint.sendKeys(summary);
    }

    private void click(By locator) {
        WebElement element = driver.findElement(locator);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private WebElement firstStartButton(String tableHeading) {
        WebElement section = driver.findElement(By.xpath("//main//section[h2[normalize-space()='" + tableHeading + "']]"));
        return section.findElement(By.xpath(".//button[starts-with(normalize-space(), 'Börja')]"));
    }

}
