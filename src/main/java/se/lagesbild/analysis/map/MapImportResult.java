package se.lagesbild.analysis.map;

import java.io.Serializable;
import java.util.List;

/**
 * An import that replaced the boundaries: the features in the file, the municipalities that got a boundary, the
 * codes that match no municipality, features without a code or without an area, and municipalities left without.
 * Serializable: it reaches the next page as a flash attribute in the JDBC session.
 */
public record MapImportResult(int featureCount, int matchedCount, List<String> unmatchedCodes,
                              int featuresWithoutCode, int featuresWithoutArea,
                              List<MapStatus.Municipality> withoutBoundary) implements Serializable {
}
