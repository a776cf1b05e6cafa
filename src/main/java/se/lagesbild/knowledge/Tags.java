package se.lagesbild.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/** Free tags: typed separated by commas (or semicolons), stored separated by a comma and a space. */
final class Tags {

    static final int MAX_TAGS = 10;
    static final int MAX_TAG_LENGTH = 40;
    static final int MAX_TEXT = 500;

    private Tags() {
    }

    /** The tags typed, stripped, with inner spaces collapsed and without repeats (ignoring case), in order. */
    static List<String> parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        var unique = new LinkedHashMap<String, String>();
        for (String part : typed.split("[,;]")) {
            String tag = part.strip().replaceAll("\\s+", " ");
            if (!tag.isEmpty()) {
                unique.putIfAbsent(tag.toLowerCase(Locale.ROOT), tag);
            }
        }
        return new ArrayList<>(unique.values());
    }

    static String join(List<String> tags) {
        return String.join(", ", tags);
    }

    static List<String> split(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return Arrays.stream(stored.split(",")).map(String::strip).filter(tag -> !tag.isEmpty()).toList();
    }
}
