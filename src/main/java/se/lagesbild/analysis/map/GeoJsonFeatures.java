package se.lagesbild.analysis.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a GeoJSON FeatureCollection of municipalities strictly: a file that is not JSON, not a FeatureCollection,
 * has no features or has coordinates that are not WGS 84 longitude and latitude is refused as a whole. Features are
 * kept with their municipality code (from the configured property, or the first of {@link #CODE_PROPERTIES} they
 * have) and their outer and inner rings in longitude and latitude.
 */
final class GeoJsonFeatures {

    /** Where municipality codes are usually found: this project's file, SCB's and Lantmäteriet's exports, OSM. */
    static final List<String> CODE_PROPERTIES = List.of("id", "kom_kod", "KnKod", "kommunkod", "kommun_kod",
            "kod", "code", "ref:scb");

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** One feature: its 1-based place in the file, its code (null when it has none) and its rings (empty: no area). */
    record Feature(int number, String code, List<double[][]> rings) {
    }

    private GeoJsonFeatures() {
    }

    static List<Feature> read(byte[] bytes, String codeProperty) {
        if (bytes.length == 0) {
            throw new BoundaryFileException("map.import.error.empty");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JacksonException e) {
            var location = e.getLocation();
            if (location != null && location.getLineNr() > 0) {
                throw new BoundaryFileException("map.import.error.notJsonAt", location.getLineNr(),
                        location.getColumnNr());
            }
            throw new BoundaryFileException("map.import.error.notJson");
        }
        if (root == null || !root.isObject()) {
            throw new BoundaryFileException("map.import.error.notFeatureCollection", "–");
        }
        JsonNode type = root.get("type");
        if (type == null || !type.isString() || !"FeatureCollection".equals(type.stringValue())) {
            throw new BoundaryFileException("map.import.error.notFeatureCollection",
                    type == null ? "–" : shorten(type.isString() ? type.stringValue() : type.toString()));
        }
        JsonNode features = root.get("features");
        if (features == null || !features.isArray() || features.isEmpty()) {
            throw new BoundaryFileException("map.import.error.noFeatures");
        }
        List<Feature> result = new ArrayList<>(features.size());
        int number = 0;
        for (JsonNode feature : features.values()) {
            number++;
            if (!feature.isObject()) {
                throw new BoundaryFileException("map.import.error.notAFeature", number);
            }
            result.add(new Feature(number, codeOf(feature.get("properties"), codeProperty),
                    rings(feature.get("geometry"), number)));
        }
        return result;
    }

    /** The code as SCB writes it: four digits, so a code read as the number 180 becomes 0180 (Stockholms län). */
    static String codeOf(JsonNode properties, String codeProperty) {
        if (properties == null || !properties.isObject()) {
            return null;
        }
        List<String> candidates = codeProperty == null || codeProperty.isBlank() ? CODE_PROPERTIES
                : List.of(codeProperty.strip());
        for (String candidate : candidates) {
            for (Map.Entry<String, JsonNode> property : properties.properties()) {
                if (property.getKey().equalsIgnoreCase(candidate)) {
                    String code = normalised(property.getValue());
                    if (code != null) {
                        return code;
                    }
                }
            }
        }
        return null;
    }

    private static String normalised(JsonNode value) {
        String text;
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            text = String.valueOf(value.asLong());
        } else if (value.isString()) {
            text = value.stringValue().strip();
        } else {
            return null;
        }
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() == 3 && text.chars().allMatch(Character::isDigit)) {
            text = "0" + text;
        }
        return shorten(text);
    }

    /** All rings of a Polygon or MultiPolygon; none for other geometry types or a missing geometry. */
    private static List<double[][]> rings(JsonNode geometry, int number) {
        if (geometry == null || !geometry.isObject() || geometry.get("type") == null) {
            return List.of();
        }
        String type = geometry.get("type").asString("");
        JsonNode coordinates = geometry.get("coordinates");
        List<double[][]> rings = new ArrayList<>();
        switch (type) {
            case "Polygon" -> polygon(coordinates, number, rings);
            case "MultiPolygon" -> {
                if (coordinates == null || !coordinates.isArray()) {
                    throw new BoundaryFileException("map.import.error.badCoordinates", number);
                }
                for (JsonNode polygon : coordinates.values()) {
                    polygon(polygon, number, rings);
                }
            }
            default -> {
                return List.of();
            }
        }
        return rings;
    }

    private static void polygon(JsonNode polygon, int number, List<double[][]> rings) {
        if (polygon == null || !polygon.isArray()) {
            throw new BoundaryFileException("map.import.error.badCoordinates", number);
        }
        for (JsonNode ring : polygon.values()) {
            if (!ring.isArray()) {
                throw new BoundaryFileException("map.import.error.badCoordinates", number);
            }
            double[][] points = new double[ring.size()][];
            int i = 0;
            for (JsonNode position : ring.values()) {
                if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber()
                        || !position.get(1).isNumber()) {
                    throw new BoundaryFileException("map.import.error.badCoordinates", number);
                }
                double lon = position.get(0).doubleValue();
                double lat = position.get(1).doubleValue();
                if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
                    throw new BoundaryFileException("map.import.error.notWgs84", number);
                }
                points[i++] = new double[] {lon, lat};
            }
            rings.add(points);
        }
    }

    /** Codes and types from the file are shown back to the administrator, never more than 40 characters of them. */
    private static String shorten(String text) {
        String single = text.replaceAll("\\s+", " ");
        return single.length() > 40 ? single.substring(0, 40) + "…" : single;
    }
}
