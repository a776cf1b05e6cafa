package se.lagesbild.analysis.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The regional picture speaks Swedish and English with the same keys, and every text survives MessageFormat. */
class RegionalMessagesTest {

    @Test
    void swedishAndEnglishHaveTheSameKeysAndNoApostrophes() throws IOException {
        Properties swedish = load("/messages-regional.properties");
        Properties english = load("/messages-regional_en.properties");
        assertThat(english.stringPropertyNames()).isEqualTo(swedish.stringPropertyNames());
        for (Properties messages : new Properties[] {swedish, english}) {
            messages.forEach((key, text) -> {
                assertThat((String) text).as(key + " is not empty").isNotBlank();
                assertThat((String) text).as(key + " has no apostrophe, which MessageFormat would eat").doesNotContain("'");
                assertThat(new MessageFormat((String) text).format(new Object[] {"A", "B", "C"})).isNotBlank();
            });
        }
    }

    private static Properties load(String resource) throws IOException {
        var properties = new Properties();
        try (var in = RegionalMessagesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
