package se.lagesbild.form.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import se.lagesbild.form.MeasuredTheme;

class ExchangeMessagesTest {

    /** Every message key the import code and the form rules can produce, found in their source. */
    private static final Pattern KEY = Pattern.compile("\"((?:import|form\\.problem)\\.[A-Za-z.]+)\"");

    /** The import's own messages and the form rules' messages (which live with the form module). */
    private final Properties swedish = load("/messages-exchange.properties", "/messages-form.properties");
    private final Properties english = load("/messages-exchange_en.properties", "/messages-form_en.properties");

    @Test
    void everyKeyInTheCodeHasASwedishAndAnEnglishMessage() throws IOException {
        Set<String> used = usedKeys();

        assertThat(used).contains("import.key.duplicate", "form.problem.condition.later",
                "import.problem.location");
        assertThat(swedish.stringPropertyNames()).containsAll(used);
        assertThat(english.stringPropertyNames()).containsAll(used);
        assertThat(english.stringPropertyNames()).isEqualTo(swedish.stringPropertyNames());
    }

    @Test
    void messagesAreSafeForMessageFormat() {
        for (Properties messages : List.of(swedish, english)) {
            for (String key : messages.stringPropertyNames()) {
                String text = messages.getProperty(key);
                assertThat(text).as(key).doesNotContain("'").isNotBlank();
                Object[] args = {"a", "b", "c", "d"};
                assertThat(new MessageFormat(text, Locale.ROOT).format(args)).as(key).doesNotContain("{");
            }
        }
    }

    @Test
    void theMeasuresMessageListsEveryMeasuredTheme() {
        String[] keys = Arrays.stream(MeasuredTheme.values()).map(MeasuredTheme::key).toArray(String[]::new);

        assertThat(swedish.getProperty("form.problem.measures.unknown")).contains(keys);
        assertThat(english.getProperty("form.problem.measures.unknown")).contains(keys);
    }

    @Test
    void aProblemRendersAsOneSwedishLine() {
        var problem = ImportProblem.at("survey", 1205, "B (name)", "import.key.duplicate", "skola_oro", "1203");

        assertThat(render(problem)).isEqualTo("Bladet survey, rad 1205, kolumn B (name): Nyckeln skola_oro finns "
                + "redan (rad 1203).");
        assertThat(render(ImportProblem.at("survey", null, null, "import.sheet.missing", "survey")))
                .isEqualTo("Bladet survey: Bladet survey saknas i filen.");
        assertThat(render(ImportProblem.ofFile("import.file.tooLarge", 5)))
                .isEqualTo("Filen är för stor. Den får vara högst 5 MB.");
        assertThat(render(JsonProblems.at("definition.themes[0].key", "form.problem.theme.duplicate", "skola")))
                .isEqualTo("I JSON-filen vid definition.themes[0].key: Det finns redan ett tema med nyckeln skola.");
    }

    private String render(ImportProblem problem) {
        var sv = Locale.forLanguageTag("sv-SE");
        String message = new MessageFormat(swedish.getProperty(problem.messageKey()), sv)
                .format(problem.args().toArray());
        return new MessageFormat(swedish.getProperty(problem.locationMessageKey()), sv)
                .format(problem.locationArgs(message));
    }

    private static Set<String> usedKeys() throws IOException {
        var sources = Stream.concat(
                Files.list(Path.of("src/main/java/se/lagesbild/form/exchange")),
                Stream.of(Path.of("src/main/java/se/lagesbild/form/FormRules.java")));
        var keys = new TreeSet<String>();
        for (Path source : sources.toList()) {
            KEY.matcher(Files.readString(source)).results().forEach(match -> keys.add(match.group(1)));
        }
        return keys;
    }

    private static Properties load(String... resources) {
        var properties = new Properties();
        for (String resource : resources) {
            loadInto(properties, resource);
        }
        return properties;
    }

    private static void loadInto(Properties properties, String resource) {
        try (var in = ExchangeMessagesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
