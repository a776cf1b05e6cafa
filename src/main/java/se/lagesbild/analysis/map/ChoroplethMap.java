package se.lagesbild.analysis.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Draws areas coloured by level on the stored boundaries. The boundaries are held in memory and read again only when
 * another import (on any node) has raised the generation, so a map costs one tiny query and some string work: the
 * 290 municipalities of Sweden are about 75 kB of path data.
 */
@Component
public class ChoroplethMap {

    private final BoundaryStore store;
    private volatile Snapshot snapshot = new Snapshot(-1, Map.of());

    ChoroplethMap(BoundaryStore store) {
        this.store = store;
    }

    private record Snapshot(long generation, Map<String, BoundaryStore.StoredBoundary> byCode) {
    }

    /** Whether any boundaries are stored; without them {@link #draw} answers a view that explains how to add them. */
    public boolean available() {
        return !current().byCode().isEmpty();
    }

    /**
     * The map of these areas in the given order (later ones are drawn on top). Areas without a stored boundary are
     * listed in {@link MapView#withoutBoundary()}; the viewBox is the union of the drawn areas' boxes plus a margin.
     */
    public MapView draw(List<MapArea> areas) {
        Map<String, BoundaryStore.StoredBoundary> boundaries = current().byCode();
        String id = "karta-" + Integer.toUnsignedString(areas.stream().map(MapArea::code).toList().hashCode(), 36);
        // the hatching is an SVG pattern referenced by a presentation attribute, which the CSP allows (no style=)
        String hatchFill = "url(#" + id + "-hatch)";
        List<MapView.Shape> shapes = new ArrayList<>(areas.size());
        List<MapArea> missing = new ArrayList<>();
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (MapArea area : areas) {
            BoundaryStore.StoredBoundary boundary = boundaries.get(area.code());
            if (boundary == null) {
                missing.add(area);
                continue;
            }
            minX = Math.min(minX, boundary.minX());
            minY = Math.min(minY, boundary.minY());
            maxX = Math.max(maxX, boundary.maxX());
            maxY = Math.max(maxY, boundary.maxY());
            shapes.add(new MapView.Shape(area.code(), area.name(), boundary.path(), area.levelClass(), title(area),
                    area.href(), "map-area " + area.levelClass(), area.level() == null ? hatchFill : null));
        }
        if (shapes.isEmpty()) {
            return new MapView(false, !boundaries.isEmpty(), id, null, 0, List.of(), List.copyOf(missing));
        }
        double width = maxX - minX;
        double height = maxY - minY;
        double margin = Math.max(1, Math.max(width, height) * 0.01);
        String viewBox = String.format(Locale.ROOT, "%.1f %.1f %.1f %.1f", minX - margin, minY - margin,
                width + 2 * margin, height + 2 * margin);
        double hatch = Math.max(0.3, Math.max(width, height) / 150);
        return new MapView(true, true, id, viewBox, hatch, List.copyOf(shapes), List.copyOf(missing));
    }

    private static String title(MapArea area) {
        return area.valueLabel() == null || area.valueLabel().isBlank() ? area.name()
                : area.name() + ": " + area.valueLabel();
    }

    private Snapshot current() {
        long generation = store.generation();
        Snapshot held = snapshot;
        if (held.generation() != generation) {
            held = new Snapshot(generation, store.all().stream().collect(
                    Collectors.toUnmodifiableMap(BoundaryStore.StoredBoundary::code, Function.identity())));
            snapshot = held;
        }
        return held;
    }
}
