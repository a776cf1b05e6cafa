package se.lagesbild.analysis.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * Every reason a boundary file can be refused has a text in both languages (same keys and no apostrophes in
 * {@code messages-map*.properties} are checked for every bundle by {@code shared.web.MessageBundlesTest}).
 */
class MapMessagesTest {

    @Test
    void everyRefusalHasATextInBothLanguages() throws IOException {
        for (String bundle : new String[] {"/messages-map.properties", "/messages-map_en.properties"}) {
            Properties messages = load(bundle);
            for (String key : new String[] {"empty", "notJson", "notJsonAt", "notFeatureCollection", "noFeatures",
                    "notAFeature", "badCoordinates", "notWgs84", "noCodes", "noneMatched", "noAreas", "missingFile",
                    "tooLarge"}) {
                assertThat(messages).as(bundle).containsKey("map.import.error." + key);
            }
        }
    }

    private static Properties load(String resource) throws IOException {
        var properties = new Properties();
        try (var in = MapMessagesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
