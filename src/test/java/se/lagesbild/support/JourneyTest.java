package se.lagesbild.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * What every browser journey needs: the whole application on a random port over embedded PostgreSQL, a fresh
 * headless Chromium per test, signing in and out as demo accounts, and a check that no page broke the
 * Content-Security-Policy. Journey test classes end in {@code JourneyTest} and run in {@code verify} (failsafe).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
public abstract class JourneyTest {

    @LocalServerPort
    protected int port;

    protected ChromeDriver driver;
    protected WebDriverWait wait;
    private Browser browser;

    @BeforeAll
    static void browserInstalled() {
        Browser.assumeAvailable();
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
        driver = browser.driver();
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        // A page that is replaced while a condition reads it (a redirect after a form post) is read again.
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Signs in on the login page that is showing, and waits for the start page. */
    protected void logIn(String username) {
        wait.until(textToBe(By.tagName("h1"), "Logga in"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(DemoLogins.PASSWORD);
        driver.findElement(By.cssSelector("main form button[type='submit']")).click();
        wait.until(d -> heading().startsWith("Välkommen"));
    }

    protected void logOut() {
        driver.findElement(By.cssSelector(".site-header form button[type='submit']")).click();
        wait.until(textToBe(By.tagName("h1"), "Logga in"));
    }

    /**
     * Waits until the page that held the element has been replaced. Chromium answers a node of a page being torn down
     * either as stale or as "does not belong to the document"; both mean it is gone.
     */
    protected void waitUntilReplaced(WebElement element) {
        wait.until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }

    protected String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    protected WebElement mainNavLink(String text) {
        return driver.findElement(By.cssSelector("nav.main-nav")).findElement(By.linkText(text));
    }

    /** Chromium reports CSP violations in the console; where the driver gives no console, the check is skipped. */
    protected void assertNoContentSecurityPolicyViolations() {
        List<LogEntry> entries;
        try {
            entries = driver.manage().logs().get(LogType.BROWSER).getAll();
        } catch (WebDriverException | UnsupportedOperationException noLogs) {
            System.out.println("Browser console logs not available, CSP check skipped: " + noLogs.getMessage());
            return;
        }
        assertThat(entries).extracting(LogEntry::getMessage)
                .noneMatch(message -> message.contains("Content Security Policy")
                        || message.contains("Content-Security-Policy"));
    }
}
