package se.lagesbild.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message bundle the application loads speaks Swedish and English with the same keys, and every text survives
 * {@link MessageFormat}: an ASCII apostrophe would silently eat the text after it.
 */
class MessageBundlesTest {

    static List<String> bundles() throws IOException {
        var properties = load("/application.properties");
        return Arrays.stream(properties.getProperty("spring.messages.basename").split(",")).map(String::strip)
                .toList();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void swedishAndEnglishHaveTheSameKeysAndNoApostrophes(String bundle) throws IOException {
        Properties swedish = load("/" + bundle + ".properties");
        Properties english = load("/" + bundle + "_en.properties");
        assertThat(english.stringPropertyNames()).as(bundle + ": English keys")
                .isEqualTo(swedish.stringPropertyNames());
        for (Properties messages : new Properties[] {swedish, english}) {
            messages.forEach((key, text) -> {
                assertThat((String) text).as(key + " is not empty").isNotBlank();
                assertThat((String) text).as(key + " has no apostrophe, which MessageFormat would eat")
                        .doesNotContain("'");
                assertThat(new MessageFormat((String) text).format(new Object[] {"A", "B", "C"})).isNotBlank();
            });
        }
    }

    private static Properties load(String resource) throws IOException {
        var properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource + " exists").isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
