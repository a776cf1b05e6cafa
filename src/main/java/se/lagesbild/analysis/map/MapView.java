package se.lagesbild.analysis.map;

import java.util.List;
import java.util.Locale;

/**
 * A choropleth ready for {@code analysis/map/map :: choropleth(map)}: the viewBox that holds all drawn areas, one
 * shape per area with its path, level class ({@code level-0} … {@code level-4}, {@code level-none}), title and link,
 * and the areas that could not be drawn because no boundary is stored for them.
 *
 * @param available        whether anything can be drawn; when false the fragment explains how to add boundaries
 * @param boundariesStored whether any boundaries are stored at all (false: none imported; true: not for these areas)
 * @param id               unique enough for element ids within a page (caption, hatch pattern)
 * @param hatch            the spacing of the hatching of areas without a level, in map units
 */
public record MapView(boolean available, boolean boundariesStored, String id, String viewBox, double hatch,
                      List<Shape> shapes, List<MapArea> withoutBoundary) {

    /**
     * One drawn area. {@code href} is null for an area that links nowhere; {@code cssClass} is {@code map-area} and the
     * level class; {@code fill} is the hatching for an area without a level and null otherwise (CSS colours the rest).
     */
    public record Shape(String code, String name, String path, String levelClass, String title, String href,
                        String cssClass, String fill) {
    }

    public String hatchSize() {
        return String.format(Locale.ROOT, "%.2f", hatch);
    }

    /** The dark stripe of the hatching: a third of its spacing. */
    public String hatchStripe() {
        return String.format(Locale.ROOT, "%.2f", hatch / 3);
    }

    public String captionId() {
        return id + "-caption";
    }

    public String hatchId() {
        return id + "-hatch";
    }

}
