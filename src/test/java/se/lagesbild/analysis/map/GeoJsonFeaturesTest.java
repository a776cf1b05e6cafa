package se.lagesbild.analysis.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The strict reading of a GeoJSON file, without a database. */
class GeoJsonFeaturesTest {

    private static List<GeoJsonFeatures.Feature> read(String json) {
        return GeoJsonFeatures.read(json.getBytes(StandardCharsets.UTF_8), "");
    }

    private static String collection(String properties, String geometry) {
        return """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": %s, "geometry": %s}]}""".formatted(properties, geometry);
    }

    private static final String SQUARE = """
            {"type": "Polygon", "coordinates": [[[15, 60], [16, 60], [16, 61], [15, 60]]]}""";

    @Test
    void refusesWhatIsNotAGeoJsonFeatureCollection() {
        assertThatThrownBy(() -> read("")).hasFieldOrPropertyWithValue("messageKey", "map.import.error.empty");
        assertThatThrownBy(() -> read("kommun;kod\nFalun;2080"))
                .isInstanceOf(BoundaryFileException.class).hasMessageStartingWith("map.import.error.notJson");
        assertThatThrownBy(() -> read("{\"type\": \"FeatureCollection\",\n \"features\": [}"))
                .satisfies(e -> assertThat(((BoundaryFileException) e).args()).containsExactly(2, 15));
        assertThatThrownBy(() -> read("[1, 2]"))
                .hasFieldOrPropertyWithValue("messageKey", "map.import.error.notFeatureCollection");
        assertThatThrownBy(() -> read("{\"type\": \"Feature\", \"geometry\": null}"))
                .satisfies(e -> assertThat(((BoundaryFileException) e).args()).containsExactly("Feature"));
        assertThatThrownBy(() -> read("{\"type\": \"FeatureCollection\", \"features\": []}"))
                .hasFieldOrPropertyWithValue("messageKey", "map.import.error.noFeatures");
    }

    @Test
    void refusesCoordinatesThatAreNotLongitudeAndLatitude() {
        String sweref = """
                {"type": "Polygon", "coordinates": [[[534000, 6722000], [540000, 6722000], [540000, 6730000],
                  [534000, 6722000]]]}""";
        assertThatThrownBy(() -> read(collection("{\"id\": \"2080\"}", sweref)))
                .hasFieldOrPropertyWithValue("messageKey", "map.import.error.notWgs84");
        assertThatThrownBy(() -> read(collection("{\"id\": \"2080\"}",
                "{\"type\": \"Polygon\", \"coordinates\": [[\"15,60\"]]}")))
                .hasFieldOrPropertyWithValue("messageKey", "map.import.error.badCoordinates");
    }

    @Test
    void findsTheCodeInUsualPropertiesAndPadsNumbersToFourDigits() {
        assertThat(read(collection("{\"id\": \"2080\", \"kom_namn\": \"Falun\"}", SQUARE)).get(0).code())
                .isEqualTo("2080");
        assertThat(read(collection("{\"KnKod\": 180}", SQUARE)).get(0).code()).isEqualTo("0180");
        assertThat(read(collection("{\"kom_kod\": \" 0114 \"}", SQUARE)).get(0).code()).isEqualTo("0114");
        assertThat(read(collection("{\"namn\": \"Falun\"}", SQUARE)).get(0).code()).isNull();
        assertThat(GeoJsonFeatures.read(collection("{\"id\": 1, \"scb\": \"2080\"}", SQUARE)
                .getBytes(StandardCharsets.UTF_8), "SCB").get(0).code()).as("a configured property").isEqualTo("2080");
    }

    @Test
    void readsPolygonsAndMultiPolygonsAndIgnoresOtherGeometries() {
        String multi = """
                {"type": "MultiPolygon", "coordinates": [[[[15, 60], [16, 60], [16, 61], [15, 60]]],
                  [[[17, 60], [17.1, 60], [17.1, 60.1], [17, 60]], [[17.01, 60.01], [17.02, 60.01], [17.02, 60.02],
                  [17.01, 60.01]]]]}""";
        assertThat(read(collection("{\"id\": \"2080\"}", multi)).get(0).rings()).hasSize(3);
        assertThat(read(collection("{\"id\": \"2080\"}", "{\"type\": \"Point\", \"coordinates\": [15, 60]}"))
                .get(0).rings()).isEmpty();
        assertThat(read(collection("{\"id\": \"2080\"}", "null")).get(0).rings()).isEmpty();
    }
}
