package se.lagesbild.analysis.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The test boundaries: four Dalarna municipalities, hand-simplified to a few points each (Falun 2080, Borlänge 2081,
 * Säter 2082 as a MultiPolygon with an islet, Ludvika 2085 with its code as a number's text), and one feature with the
 * code 9999 that matches no municipality.
 */
final class MapFixture {

    static final String NAME = "dalarna-fixture.geojson";
    static final int FEATURES = 5;
    static final int MATCHED = 4;

    private MapFixture() {
    }

    static byte[] bytes() {
        try (InputStream in = MapFixture.class.getResourceAsStream("/map/" + NAME)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
