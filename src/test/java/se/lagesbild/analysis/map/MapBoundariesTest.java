package se.lagesbild.analysis.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lagesbild.support.PostgresTest;

/** Import of boundary files into the database: what is stored, what is refused, and the start-up load. */
@PostgresTest
class MapBoundariesTest {

    @Autowired
    MapBoundaries boundaries;
    @Autowired
    JdbcClient jdbc;

    @Test
    void importsTheFixtureWithItsMatchedAndUnmatchedCodes() {
        MapImportResult result = boundaries.importFile(MapFixture.NAME, MapFixture.bytes(), "admin");

        assertThat(result.featureCount()).isEqualTo(MapFixture.FEATURES);
        assertThat(result.matchedCount()).isEqualTo(MapFixture.MATCHED);
        assertThat(result.unmatchedCodes()).containsExactly("9999");
        assertThat(result.withoutBoundary()).hasSize(290 - MapFixture.MATCHED)
                .extracting(MapStatus.Municipality::code).doesNotContain("2080", "2081", "2082", "2085")
                .contains("1980");

        Map<String, String> paths = jdbc.sql("""
                        select o.code, b.svg_path from map_boundary b join organisation o on o.id = b.organisation_id""")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(paths).containsOnlyKeys("2080", "2081", "2082", "2085");
        assertThat(paths.get("2080")).matches("M[0-9.]+-[0-9.]+(l-?[0-9.]+ ?-?[0-9.]+)+z");
        assertThat(paths.get("2082").split("M")).as("the MultiPolygon's two parts").hasSize(3);

        // Falun's corners in the fixture: longitude 15.26 to 16.39, latitude 60.45 to 61.05
        var box = jdbc.sql("""
                        select b.min_x, b.min_y, b.max_x, b.max_y from map_boundary b
                        join organisation o on o.id = b.organisation_id where o.code = '2080'""")
                .query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)})
                .single();
        assertThat(box[0]).isCloseTo(BoundaryShape.x(15.26), within(0.3));
        assertThat(box[1]).isCloseTo(BoundaryShape.y(61.05), within(0.3));
        assertThat(box[2]).isCloseTo(BoundaryShape.x(16.39), within(0.3));
        assertThat(box[3]).isCloseTo(BoundaryShape.y(60.45), within(0.3));

        MapStatus status = boundaries.status();
        assertThat(status.available()).isTrue();
        assertThat(status.boundaryCount()).isEqualTo(MapFixture.MATCHED);
        assertThat(status.lastImport().importedBy()).isEqualTo("admin");
        assertThat(status.lastImport().sourceName()).isEqualTo(MapFixture.NAME);
        assertThat(status.lastImport().featureCount()).isEqualTo(MapFixture.FEATURES);
        assertThat(status.lastImport().matchedCount()).isEqualTo(MapFixture.MATCHED);
        assertThat(status.lastImport().unmatchedCodes()).containsExactly("9999");

        assertThat(jdbc.sql("""
                        select detail from audit_event where kind = 'MAP_BOUNDARIES_IMPORTED' and actor = 'admin'
                        order by id desc limit 1""").query(String.class).single())
                .isEqualTo("features=5 matched=4 unmatched=1");
    }

    @Test
    void refusesBadFilesAndChangesNothing() {
        boundaries.importFile(MapFixture.NAME, MapFixture.bytes(), "admin");
        String before = snapshot();

        assertThatThrownBy(() -> boundaries.importFile("kommuner.csv", utf8("kod;namn\n2080;Falun"), "admin"))
                .isInstanceOf(BoundaryFileException.class).hasMessageStartingWith("map.import.error.notJson");
        assertThatThrownBy(() -> boundaries.importFile("punkt.geojson",
                utf8("{\"type\": \"Point\", \"coordinates\": [15, 60]}"), "admin"))
                .hasMessage("map.import.error.notFeatureCollection");
        String counties = """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"id": 20, "name": "Dalarna"},
                   "geometry": {"type": "Polygon", "coordinates": [[[15, 60], [16, 60], [16, 61], [15, 60]]]}},
                  {"type": "Feature", "properties": {"id": "SE"},
                   "geometry": {"type": "Polygon", "coordinates": [[[15, 60], [16, 60], [16, 61], [15, 60]]]}}]}""";
        assertThatThrownBy(() -> boundaries.importFile("lan.geojson", utf8(counties), "admin"))
                .isInstanceOf(BoundaryFileException.class).hasMessage("map.import.error.noneMatched")
                .satisfies(e -> assertThat(((BoundaryFileException) e).args()).containsExactly("20, SE"));

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void loadsTheConfiguredFileAtStartUpOnlyWhileNoBoundariesAreStored(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("kommuner.geojson");
        Files.write(file, MapFixture.bytes());
        jdbc.sql("delete from map_boundary").update();

        var startUp = new BoundaryFileLoader(boundaries, file.toString());
        startUp.run(null);
        assertThat(startUp.awaitLoaded(Duration.ofSeconds(60))).isTrue();

        MapStatus status = boundaries.status();
        assertThat(status.boundaryCount()).isEqualTo(MapFixture.MATCHED);
        assertThat(status.lastImport().importedBy()).isEqualTo(BoundaryFileLoader.SYSTEM);
        assertThat(status.lastImport().sourceName()).isEqualTo("kommuner.geojson");

        String before = snapshot();
        var loader = new BoundaryFileLoader(boundaries, file.toString());
        assertThat(loader.load(file)).as("boundaries are stored now").isFalse();
        assertThat(loader.load(directory.resolve("saknas.geojson"))).as("a missing file").isFalse();
        new BoundaryFileLoader(boundaries, "").run(null);
        var missing = new BoundaryFileLoader(boundaries, directory.resolve("saknas.geojson").toString());
        missing.run(null);
        assertThat(missing.awaitLoaded(Duration.ofSeconds(60))).as("a configured file that is missing").isFalse();
        var restart = new BoundaryFileLoader(boundaries, file.toString());
        restart.run(null);
        assertThat(restart.awaitLoaded(Duration.ofSeconds(60))).as("nothing to load at a restart").isFalse();
        assertThat(snapshot()).isEqualTo(before);
        Files.writeString(file, "inte json");
        jdbc.sql("delete from map_boundary").update();
        assertThat(loader.load(file)).as("a broken file is logged, not thrown").isFalse();
        assertThat(boundaries.status().boundaryCount()).isZero();
        boundaries.importFile(MapFixture.NAME, MapFixture.bytes(), "admin");
    }

    /** Every stored boundary and the import record, to compare before and after a refused file. */
    private String snapshot() {
        return jdbc.sql("select organisation_id, svg_path, min_x, min_y, max_x, max_y from map_boundary "
                        + "order by organisation_id")
                .query((rs, n) -> rs.getLong(1) + rs.getString(2) + rs.getDouble(3) + rs.getDouble(4)
                        + rs.getDouble(5) + rs.getDouble(6)).list()
                + jdbc.sql("select generation, imported_at, source_name from map_boundary_import")
                .query((rs, n) -> rs.getLong(1) + "/" + rs.getTimestamp(2) + "/" + rs.getString(3)).single();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
