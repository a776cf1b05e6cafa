/**
 * Maps of the analysis: municipal boundaries imported from GeoJSON and stored as ready-drawn SVG paths, and the
 * choropleth that colours them by theme level. Exposed as the named interface {@code map} so that the audit trail can
 * record {@link se.lagesbild.analysis.map.MapBoundariesImported}.
 */
@NamedInterface("map")
package se.lagesbild.analysis.map;

import org.springframework.modulith.NamedInterface;
