package se.lagesbild.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import se.lagesbild.form.MeasuredTheme;

/**
 * The grids last read, kept in memory while their counties' reports stay unchanged. A county page is opened many
 * times a day and its reports change a few times a day, so most requests need no grid query at all. An entry is
 * keyed by what was asked and by the counties' {@link AnalysisGenerations} numbers at the time, so a change anywhere
 * (on any node) makes the next request read afresh; old entries simply age out. {@code lagesbild.analysis.cached-grids}
 * sets how many are kept (0 turns the cache off).
 */
@Component
class LevelCache {

    /** What a grid was read for, including the generations of the counties involved. */
    record Key(String grid, List<Long> municipalityIds, List<String> periodCodes, Set<MeasuredTheme> themes,
               Map<Long, Long> generations) {
    }

    private final int capacity;
    private final Map<Key, Object> entries;

    LevelCache(@Value("${lagesbild.analysis.cached-grids:200}") int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Object> eldest) {
                return size() > LevelCache.this.capacity;
            }
        };
    }

    /** The grid for the key, read with {@code read} when it is not kept (the read runs outside the lock). */
    @SuppressWarnings("unchecked")
    <T> T get(Key key, Supplier<T> read) {
        if (capacity <= 0) {
            return read.get();
        }
        synchronized (entries) {
            Object kept = entries.get(key);
            if (kept != null) {
                return (T) kept;
            }
        }
        T fresh = read.get();
        synchronized (entries) {
            entries.put(key, fresh);
        }
        return fresh;
    }
}
