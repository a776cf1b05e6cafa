package se.lagesbild.analysis.map;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What the administrator's page shows: how many municipalities have a boundary, the last import, and the
 * municipalities that still have none.
 */
public record MapStatus(int boundaryCount, LastImport lastImport, List<Municipality> withoutBoundary) {

    public boolean available() {
        return boundaryCount > 0;
    }

    /** When, by whom and from what the boundaries were last replaced, and the codes in that file that matched none. */
    public record LastImport(Instant importedAt, String importedBy, String sourceName, int featureCount,
                             int matchedCount, List<String> unmatchedCodes) {
    }

    /** A municipality by its SCB code and name. */
    public record Municipality(String code, String name) implements Serializable {
    }
}
