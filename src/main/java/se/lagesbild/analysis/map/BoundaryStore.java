package se.lagesbild.analysis.map;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.lagesbild.shared.Timestamps;

/** The stored boundaries and the record of the last import, in plain SQL. */
@Repository
class BoundaryStore {

    /** A stored boundary by its municipality's code. */
    record StoredBoundary(String code, String path, double minX, double minY, double maxX, double maxY) {
    }

    /** A boundary to store, for a municipality's organisation id. */
    record NewBoundary(long organisationId, BoundaryShape.Shape shape) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    BoundaryStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    long generation() {
        return jdbc.sql("select generation from map_boundary_import where id = 1").query(Long.class).single();
    }

    /** Inside a transaction: waits for any other import to finish, then holds the others back until commit. */
    void lockImports() {
        jdbc.sql("select generation from map_boundary_import where id = 1 for update").query(Long.class).single();
    }

    int count() {
        return jdbc.sql("select count(*) from map_boundary").query(Integer.class).single();
    }

    List<StoredBoundary> all() {
        return jdbc.sql("""
                        select o.code, b.svg_path, b.min_x, b.min_y, b.max_x, b.max_y
                        from map_boundary b join organisation o on o.id = b.organisation_id""")
                .query((rs, n) -> new StoredBoundary(rs.getString(1), rs.getString(2), rs.getDouble(3),
                        rs.getDouble(4), rs.getDouble(5), rs.getDouble(6)))
                .list();
    }

    List<Long> organisationsWithBoundary() {
        return jdbc.sql("select organisation_id from map_boundary").query(Long.class).list();
    }

    void replaceAll(List<NewBoundary> boundaries) {
        jdbc.sql("delete from map_boundary").update();
        template.batchUpdate("""
                        insert into map_boundary (organisation_id, svg_path, min_x, min_y, max_x, max_y)
                        values (?, ?, ?, ?, ?, ?)""", boundaries, 100,
                (PreparedStatement statement, NewBoundary boundary) -> {
                    statement.setLong(1, boundary.organisationId());
                    statement.setString(2, boundary.shape().path());
                    statement.setDouble(3, boundary.shape().minX());
                    statement.setDouble(4, boundary.shape().minY());
                    statement.setDouble(5, boundary.shape().maxX());
                    statement.setDouble(6, boundary.shape().maxY());
                });
    }

    void recordImport(Instant at, String by, String sourceName, int featureCount, int matchedCount,
                      List<String> unmatchedCodes) {
        jdbc.sql("""
                        update map_boundary_import set generation = generation + 1, imported_at = :at,
                            imported_by = :by, source_name = :source, feature_count = :features,
                            matched_count = :matched, unmatched_codes = :unmatched
                        where id = 1""")
                .param("at", Timestamps.of(at))
                .param("by", truncate(by, 100))
                .param("source", truncate(sourceName, 200))
                .param("features", featureCount)
                .param("matched", matchedCount)
                .param("unmatched", truncate(String.join(", ", unmatchedCodes), 2000))
                .update();
    }

    Optional<MapStatus.LastImport> lastImport() {
        return jdbc.sql("""
                        select imported_at, imported_by, source_name, feature_count, matched_count, unmatched_codes
                        from map_boundary_import where id = 1 and imported_at is not null""")
                .query((rs, n) -> new MapStatus.LastImport(rs.getTimestamp(1).toInstant(),
                        rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5), codes(rs.getString(6))))
                .optional();
    }

    private static List<String> codes(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(", "));
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
