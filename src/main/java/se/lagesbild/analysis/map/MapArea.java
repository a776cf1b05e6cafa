package se.lagesbild.analysis.map;

/**
 * One area to draw: a municipality by its SCB code, its name, the level to colour it by (0 to 4, or null when there
 * is no approved level), the value in words for its tooltip ("3 – hög", "saknas") and where it links to (or null).
 */
public record MapArea(String code, String name, Integer level, String valueLabel, String href) {

    public MapArea {
        if (level != null && (level < 0 || level > 4)) {
            throw new IllegalArgumentException("level " + level + " is not 0-4");
        }
    }

    /** The CSS class of the level: {@code level-0} to {@code level-4}, or {@code level-none}. */
    public String levelClass() {
        return level == null ? "level-none" : "level-" + level;
    }
}
