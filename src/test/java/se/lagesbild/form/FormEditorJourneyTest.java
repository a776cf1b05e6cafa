package se.lagesbild.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import se.lagesbild.support.DemoLogins;
import se.lagesbild.support.JourneyTest;

/**
 * Building a form in a real browser, on the real application over HTTP: a county coordinator creates an empty form,
 * adds a theme and questions (one shown only on a condition), is stopped at the field by a duplicate key, reorders
 * questions with the buttons (also by keyboard), previews the draft in Swedish and English with the condition working,
 * and publishes version 1.
 */
class FormEditorJourneyTest extends JourneyTest {

    private static final String THEME = "Trygghet i centrum";
    private static final String LEVEL_LABEL = "Hur bedömer ni otryggheten i centrum?";
    private static final String COUNT_LABEL = "Antal anmälda händelser";
    private static final String GUARDS_LABEL = "Finns det ordningsvakter i centrum?";

    @Test
    void countyCoordinatorBuildsPreviewsAndPublishesAForm() {
        String name = "Dalarnas trygghetsenkät " + System.nanoTime();
        String editorHeading = "Redigera " + name + ", version 1";

        driver.get(url("/login"));
        logIn(DemoLogins.DALARNA_COUNTY);

        // the list of forms, and a new empty one
        mainNavLink("Formulär").click();
        wait.until(textToBe(By.tagName("h1"), "Formulär"));
        assertThat(mainNavLink("Formulär").getDomAttribute("aria-current")).isEqualTo("page");
        assertThat(driver.findElement(By.cssSelector("main table.data")).findElements(By.cssSelector("tbody td a"))
                .stream().map(WebElement::getText).toList()).contains("Lägesbild sociala risker");

        driver.findElement(By.cssSelector("main")).findElement(By.linkText("Nytt formulär")).click();
        wait.until(textToBe(By.tagName("h1"), "Nytt formulär"));
        labelled("Namn på svenska").sendKeys(name);
        new Select(labelled("Utgå från")).selectByVisibleText("Ett tomt formulär");
        submit("Skapa formulär");
        wait.until(textToBe(By.tagName("h1"), name));
        assertThat(statusMessage()).isEqualTo("Formuläret är skapat. Lägg till teman och frågor i utkastet.");
        assertThat(statusOfVersion(1)).isEqualTo("Utkast");

        driver.findElement(By.linkText("Redigera utkastet")).click();
        wait.until(textToBe(By.tagName("h1"), editorHeading));
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Utkastet har inga teman ännu. Börja med att lägga till ett tema.");

        // a theme
        WebElement addTheme = driver.findElement(By.id("themes"));
        assertThat(addTheme.findElement(By.tagName("h2")).getText()).isEqualTo("Lägg till tema");
        labelledIn(addTheme, "Nyckel").sendKeys("trygghet");
        labelledIn(addTheme, "Rubrik på svenska").sendKeys(THEME);
        labelledIn(addTheme, "Rubrik på engelska").sendKeys("Safety in the centre");
        addTheme.findElement(By.cssSelector("form button[type='submit']")).click();
        wait.until(presenceOfElementLocated(By.id("theme-trygghet")));
        assertThat(statusMessage()).isEqualTo("Ändringen är sparad.");
        assertThat(driver.findElement(By.id("theme-title-trygghet")).getText()).startsWith(THEME);
        assertThat(driver.findElement(By.id("theme-trygghet")).getText()).contains("Temat har inga frågor ännu.");

        // a level question
        openNewQuestionPage();
        labelled("Nyckel").sendKeys("centrum_niva");
        new Select(labelled("Typ")).selectByVisibleText("Nivå (0–4 eller vet ej)");
        labelled("Frågan på svenska").sendKeys(LEVEL_LABEL);
        WebElement required = labelled("Svar krävs");
        assertThat(required.getDomAttribute("type")).isEqualTo("checkbox");
        required.click();
        assertThat(required.isSelected()).isTrue();
        submit("Spara frågan");
        wait.until(presenceOfElementLocated(By.id("q-centrum_niva")));
        assertThat(statusMessage()).isEqualTo("Ändringen är sparad.");
        assertThat(driver.findElement(By.id("q-centrum_niva")).getText())
                .contains(LEVEL_LABEL, "centrum_niva", "Nivå (0–4 eller vet ej)", "obligatorisk");

        // a count, shown only when the level is at least 2
        openNewQuestionPage();
        labelled("Nyckel").sendKeys("centrum_antal");
        new Select(labelled("Typ")).selectByVisibleText("Heltal");
        labelled("Frågan på svenska").sendKeys(COUNT_LABEL);
        labelled("Minsta värde (heltal)").sendKeys("0");
        labelled("Största värde (heltal)").sendKeys("500");
        WebElement condition = driver.findElement(By.xpath(
                "//fieldset[legend[normalize-space()='Visa bara när']]"));
        Select showWhen = new Select(labelledIn(condition, "Fråga som villkoret bygger på"));
        assertThat(showWhen.getOptions()).extracting(WebElement::getText)
                .containsExactly("Visas alltid", LEVEL_LABEL + " (centrum_niva)");
        showWhen.selectByValue("centrum_niva");
        labelledIn(condition, "är minst").sendKeys("2");
        submit("Spara frågan");
        wait.until(presenceOfElementLocated(By.id("q-centrum_antal")));
        assertThat(driver.findElement(By.id("q-centrum_antal")).getText())
                .contains(COUNT_LABEL, "centrum_antal", "Heltal")
                .doesNotContain("obligatorisk");
        assertThat(questionOrder()).containsExactly("q-centrum_niva", "q-centrum_antal");

        // a duplicate key is refused at the key field, keeping what was typed
        openNewQuestionPage();
        labelled("Nyckel").sendKeys("centrum_niva");
        new Select(labelled("Typ")).selectByVisibleText("Ja eller nej");
        labelled("Frågan på svenska").sendKeys("Är centrum otryggt på kvällarna?");
        submit("Spara frågan");
        WebElement keyError = wait.until(visibilityOfElementLocated(By.id("key-error")));
        assertThat(keyError.getText()).contains("centrum_niva").contains("finns redan");
        assertThat(driver.findElement(By.cssSelector("main [role='alert']")).isDisplayed()).isTrue();
        WebElement key = labelled("Nyckel");
        assertThat(key.getDomProperty("value")).isEqualTo("centrum_niva");
        assertThat(key.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(key.getDomAttribute("aria-describedby")).contains("key-error");
        assertThat(labelled("Frågan på svenska").getDomProperty("value")).isEqualTo("Är centrum otryggt på kvällarna?");
        assertThat(new Select(labelled("Typ")).getFirstSelectedOption().getText()).isEqualTo("Ja eller nej");
        driver.findElement(By.linkText("Tillbaka till utkastet")).click();
        wait.until(textToBe(By.tagName("h1"), editorHeading));
        assertThat(questionOrder()).containsExactly("q-centrum_niva", "q-centrum_antal");

        // a third, independent question so that the count can move in both directions
        openNewQuestionPage();
        labelled("Nyckel").sendKeys("centrum_vakter");
        new Select(labelled("Typ")).selectByVisibleText("Ja eller nej");
        labelled("Frågan på svenska").sendKeys(GUARDS_LABEL);
        submit("Spara frågan");
        wait.until(presenceOfElementLocated(By.id("q-centrum_vakter")));
        assertThat(questionOrder()).containsExactly("q-centrum_niva", "q-centrum_antal", "q-centrum_vakter");

        // the first question has no "up", the last no "down"
        assertThat(driver.findElements(moveButton(LEVEL_LABEL, "upp"))).isEmpty();
        assertThat(driver.findElements(moveButton(GUARDS_LABEL, "ned"))).isEmpty();

        // moving the count above the level it depends on is refused, by keyboard
        pressWithKeyboard(moveButton(COUNT_LABEL, "upp"));
        wait.until(textToBe(By.tagName("h1"), editorHeading));
        assertThat(questionOrder()).containsExactly("q-centrum_niva", "q-centrum_antal", "q-centrum_vakter");
        assertThat(driver.findElement(By.cssSelector("main .alert-error")).getText())
                .contains("Ändringen gjordes inte").contains("kommer senare i formuläret");

        // down and back up again: the first by keyboard, the second by mouse
        pressWithKeyboard(moveButton(COUNT_LABEL, "ned"));
        wait.until(textToBe(By.tagName("h1"), editorHeading));
        assertThat(statusMessage()).isEqualTo("Ändringen är sparad.");
        assertThat(questionOrder()).containsExactly("q-centrum_niva", "q-centrum_vakter", "q-centrum_antal");
        assertThat(driver.getCurrentUrl()).endsWith("/edit#q-centrum_antal");
        assertThat(driver.findElements(moveButton(COUNT_LABEL, "ned"))).isEmpty();

        WebElement up = driver.findElement(moveButton(COUNT_LABEL, "upp"));
        assertThat(up.getText()).startsWith("↑ Upp");
        up.click();
        waitUntilReplaced(up);
        wait.until(textToBe(By.tagName("h1"), editorHeading));
        assertThat(questionOrder()).containsExactly("q-centrum_niva", "q-centrum_antal", "q-centrum_vakter");
        assertThat(driver.findElement(moveButton(COUNT_LABEL, "ned")).getText()).startsWith("↓ Ned");

        // the preview, with the count shown only from level 2
        driver.findElement(By.linkText("Förhandsgranska utkastet")).click();
        wait.until(textToBe(By.tagName("h1"), name + ", version 1"));
        assertThat(driver.findElement(By.cssSelector("main .status")).getText()).isEqualTo("Utkast");
        WebElement theme = driver.findElement(By.id("theme-trygghet"));
        assertThat(theme.findElement(By.xpath("./legend")).getText()).isEqualTo(THEME);
        WebElement level = driver.findElement(By.id("field-centrum_niva"));
        assertThat(level.findElement(By.cssSelector("legend.question-label")).getText()).startsWith(LEVEL_LABEL);
        assertThat(level.findElements(By.cssSelector("input[type='radio']"))).hasSize(6);
        assertThat(level.findElements(By.cssSelector(".option label"))).extracting(WebElement::getText)
                .contains("2 – Måttlig", "3 – Hög", "Vet ej");

        By count = By.id("field-centrum_antal");
        wait.until(invisibilityOfElementLocated(count));
        assertThat(driver.findElement(count).isDisplayed()).isFalse();

        optionIn(level, "3 – Hög").click();
        WebElement shownCount = wait.until(visibilityOfElementLocated(count));
        assertThat(shownCount.findElement(By.cssSelector("label.question-label")).getText()).isEqualTo(COUNT_LABEL);
        assertThat(shownCount.getText()).contains("Heltal mellan 0 och 500.");
        WebElement countInput = labelled(COUNT_LABEL);
        assertThat(countInput.getDomAttribute("min")).isEqualTo("0");
        assertThat(countInput.getDomAttribute("max")).isEqualTo("500");

        optionIn(level, "1 – Låg").click();
        wait.until(invisibilityOfElementLocated(count));
        assertThat(driver.findElement(count).isDisplayed()).isFalse();

        optionIn(level, "Vet ej").click();
        assertThat(driver.findElement(count).isDisplayed()).as("'Vet ej' is no number").isFalse();

        // in English, and back to Swedish
        driver.findElement(By.tagName("main")).findElement(By.linkText("Förhandsgranska på engelska")).click();
        wait.until(d -> "en".equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
        assertThat(driver.findElement(By.cssSelector("#theme-trygghet > legend")).getText())
                .isEqualTo("Safety in the centre");
        assertThat(driver.findElement(By.cssSelector("#field-centrum_niva legend")).getText())
                .as("no English label was given, so the Swedish one is shown").startsWith(LEVEL_LABEL);
        assertThat(driver.findElement(By.id("field-centrum_niva")).findElements(By.cssSelector(".option label")))
                .extracting(WebElement::getText).contains("2 – Moderate", "Do not know");
        WebElement back = driver.findElement(By.cssSelector("main a[href*='lang=sv']"));
        assertThat(back.getText()).isEqualTo("Preview in Swedish");
        back.click();
        wait.until(d -> "sv".equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
        assertThat(driver.findElement(By.cssSelector("#theme-trygghet > legend")).getText()).isEqualTo(THEME);

        // publish
        driver.findElement(By.linkText("Tillbaka till formuläret")).click();
        wait.until(textToBe(By.tagName("h1"), name));
        driver.findElement(By.linkText("Redigera utkastet")).click();
        wait.until(textToBe(By.tagName("h1"), editorHeading));
        WebElement publish = buttonWithText("Publicera version 1");
        assertThat(publish.getDomAttribute("aria-describedby")).isEqualTo("publish-hint");
        publish.click();
        wait.until(textToBe(By.tagName("h1"), name));
        assertThat(statusMessage()).isEqualTo("Version 1 är publicerad.");
        assertThat(statusOfVersion(1)).isEqualTo("Publicerad");
        assertThat(driver.findElements(By.linkText("Redigera utkastet"))).isEmpty();
        assertThat(buttonWithText("Skapa ny version").isDisplayed()).isTrue();

        // and the list shows it as current
        mainNavLink("Formulär").click();
        wait.until(textToBe(By.tagName("h1"), "Formulär"));
        WebElement row = driver.findElement(By.xpath("//main//table//tr[td/a[normalize-space()='" + name + "']]"));
        assertThat(row.findElements(By.tagName("td"))).extracting(WebElement::getText)
                .containsExactly(name, "Dalarnas län", "1", "");

        assertNoContentSecurityPolicyViolations();
    }

    private void openNewQuestionPage() {
        driver.findElement(By.linkText("Lägg till fråga i " + THEME)).click();
        wait.until(textToBe(By.tagName("h1"), "Ny fråga i " + THEME));
    }

    /** The control a visible label names, found the way assistive technology does: through the label's for. */
    private WebElement labelled(String label) {
        return labelledIn(driver.findElement(By.tagName("main")), label);
    }

    private WebElement labelledIn(WebElement scope, String label) {
        WebElement element = scope.findElement(By.xpath(".//label[normalize-space()='" + label + "']"));
        String id = element.getDomAttribute("for");
        assertThat(id).as("label '%s' names its control", label).isNotBlank();
        return driver.findElement(By.id(id));
    }

    private WebElement optionIn(WebElement question, String label) {
        return question.findElement(By.xpath(".//div[@class='option']/label[normalize-space()='" + label + "']"));
    }

    private void submit(String text) {
        WebElement button = buttonWithText(text);
        button.click();
        waitUntilReplaced(button);
    }

    private WebElement buttonWithText(String text) {
        return driver.findElement(By.xpath("//main//button[normalize-space()='" + text + "']"));
    }

    /** The visible word names the direction; the question's label follows for screen readers only. */
    private static By moveButton(String questionLabel, String direction) {
        String word = direction.equals("upp") ? "Upp" : "Ned";
        return By.xpath("//li[.//a[normalize-space()='" + questionLabel + "']]//button[.//span[normalize-space()='"
                + word + "']]");
    }

    /** Gives the button focus and presses Enter on whatever has focus, as someone using a keyboard would. */
    private void pressWithKeyboard(By locator) {
        WebElement button = driver.findElement(locator);
        driver.executeScript("arguments[0].focus();", button);
        assertThat(driver.switchTo().activeElement()).isEqualTo(button);
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        waitUntilReplaced(button);
    }

    private List<String> questionOrder() {
        return driver.findElements(By.cssSelector("#theme-trygghet ul.editor-questions > li")).stream()
                .map(li -> li.getDomAttribute("id")).toList();
    }

    private String statusMessage() {
        return driver.findElement(By.cssSelector("main [role='status']")).getText();
    }

    private String statusOfVersion(int number) {
        return driver.findElement(By.cssSelector("#version-" + number + " .status")).getText();
    }

}
