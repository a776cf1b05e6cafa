package se.lagesbild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import se.lagesbild.support.DemoLogins;
import se.lagesbild.support.JourneyTest;

/**
 * Browsing the organisation hierarchy in a real browser, on the real application over HTTP: login, county,
 * municipality, unit and back by breadcrumbs, keyboard access, the language switch, and the scope boundary.
 */
class HierarchyJourneyTest extends JourneyTest {

    @Test
    void countyCoordinatorBrowsesFromCountyToUnitAndBackByBreadcrumbs() {
        driver.get(url("/"));
        wait.until(urlContains("/login"));
        assertThat(heading()).isEqualTo("Logga in");
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("sv");

        logIn(DemoLogins.DALARNA_COUNTY);
        assertThat(heading()).startsWith("Välkommen");

        mainNavLink("Organisationer").click();
        wait.until(textToBe(By.tagName("h1"), "Dalarnas län"));
        assertThat(mainNavLink("Organisationer").getDomAttribute("aria-current")).isEqualTo("page");
        WebElement municipalities = driver.findElement(By.cssSelector("main table.data"));
        assertThat(municipalities.findElement(By.tagName("caption")).getText()).isEqualTo("Kommuner i länet");
        assertThat(columnTexts(municipalities, 2))
                .hasSize(15)
                .contains("Falun", "Borlänge", "Mora", "Ludvika");

        municipalities.findElement(By.linkText("Falun")).click();
        wait.until(textToBe(By.tagName("h1"), "Falun kommun"));
        WebElement units = driver.findElement(By.cssSelector("main table.data"));
        assertThat(columnTexts(units, 1)).contains("Socialtjänsten", "Lokalpolisområdet", "Räddningstjänsten");
        assertThat(breadcrumbTexts()).containsExactly("Dalarnas län", "Falun");

        units.findElement(By.linkText("Socialtjänsten")).click();
        wait.until(textToBe(By.tagName("h1"), "Socialtjänsten"));
        assertThat(driver.getCurrentUrl()).contains("/units/");
        assertThat(factFor("Sektor")).isEqualTo("Socialtjänst");
        assertThat(factFor("Status")).isEqualTo("Aktiv");
        assertThat(breadcrumbTexts()).containsExactly("Dalarnas län", "Falun");

        driver.findElement(By.cssSelector("nav.breadcrumbs")).findElement(By.linkText("Dalarnas län")).click();
        wait.until(textToBe(By.tagName("h1"), "Dalarnas län"));
        assertThat(driver.getCurrentUrl()).endsWith("/organisations/20");

        assertNoContentSecurityPolicyViolations();
    }

    @Test
    void theFirstTabStopIsTheSkipLinkWhichMovesFocusToTheContent() {
        driver.get(url("/login"));
        logIn(DemoLogins.DALARNA_COUNTY);

        driver.get(url("/organisations/2080"));
        wait.until(textToBe(By.tagName("h1"), "Falun kommun"));
        new Actions(driver).sendKeys(Keys.TAB).perform();

        WebElement focused = driver.switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Hoppa till innehållet");
        assertThat(focused.getDomAttribute("href")).isEqualTo("#main");
        assertThat(focused.isDisplayed()).isTrue();
        assertThat(focused.getLocation().getX()).as("the skip link is on screen when focused").isGreaterThanOrEqualTo(0);

        focused.sendKeys(Keys.ENTER);
        wait.until(d -> "main".equals(d.switchTo().activeElement().getDomAttribute("id")));

        assertNoContentSecurityPolicyViolations();
    }

    @Test
    void theLanguageLinkSwitchesToEnglishAndBack() {
        driver.get(url("/login"));
        logIn(DemoLogins.DALARNA_COUNTY);

        WebElement english = driver.findElement(By.linkText("Language: English"));
        assertThat(english.getDomAttribute("lang")).isEqualTo("en");
        english.click();
        wait.until(textToBe(By.tagName("h1"), "Welcome, Länssamordnare Dalarna"));
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        assertThat(mainNavLink("Organisations").isDisplayed()).isTrue();
        assertThat(driver.findElement(By.cssSelector(".site-header button[type='submit']")).getText())
                .isEqualTo("Sign out");
        assertThat(driver.findElement(By.cssSelector("a.skip-link")).getDomProperty("textContent"))
                .isEqualTo("Skip to content");

        // the choice is remembered on the next page
        mainNavLink("Organisations").click();
        wait.until(textToBe(By.tagName("h1"), "Dalarnas län"));
        assertThat(driver.findElement(By.cssSelector("main table.data caption")).getText())
                .isEqualTo("Municipalities in the county");

        driver.findElement(By.linkText("Språk: svenska")).click();
        wait.until(d -> "sv".equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
        assertThat(heading()).isEqualTo("Dalarnas län");
        assertThat(mainNavLink("Organisationer").isDisplayed()).isTrue();

        assertNoContentSecurityPolicyViolations();
    }

    @Test
    void aMunicipalCoordinatorCannotOpenAnotherMunicipality() {
        driver.get(url("/login"));
        logIn(DemoLogins.DALARNA_COUNTY);
        logOut();
        assertThat(driver.findElement(By.cssSelector("main [role='status']")).getText()).isEqualTo("Du är utloggad.");

        logIn(DemoLogins.BORLANGE_COORDINATOR);
        driver.get(url("/organisations/2080"));
        wait.until(textToBe(By.tagName("h1"), "Något gick fel"));
        assertThat(driver.findElement(By.cssSelector("main .error-code")).getText()).isEqualTo("404");
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("Falun");

        // their own municipality is still there
        driver.get(url("/organisations/2081"));
        wait.until(textToBe(By.tagName("h1"), "Borlänge kommun"));

        assertNoContentSecurityPolicyViolations();
    }

    private List<String> columnTexts(WebElement table, int column) {
        return table.findElements(By.cssSelector("tbody tr td:nth-child(" + column + ")")).stream()
                .map(WebElement::getText).toList();
    }

    private List<String> breadcrumbTexts() {
        return driver.findElements(By.cssSelector("nav.breadcrumbs li a")).stream().map(WebElement::getText).toList();
    }

    private String factFor(String term) {
        return driver.findElement(By.xpath("//dl[@class='facts']/dt[normalize-space()='" + term
                + "']/following-sibling::dd[1]")).getText();
    }

}
