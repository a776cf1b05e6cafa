package se.lagesbild.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.lagesbild.form.MeasuredTheme;
import se.lagesbild.shared.period.Period;

/**
 * Municipalities' approved joint assessments over consecutive periods: for every municipality and period, the state
 * of its picture, and for approved pictures the level and change per theme. Everything the matrix, trends,
 * recurring problems and signals need, read once with a set-based query and then only looked up.
 *
 * <p>A level is 0–4; {@code null} means the picture is approved but said "don't know" or left the theme
 * unanswered. Missing and unapproved pictures have no assessments at all, so no rule can mistake them for zero.
 */
public final class LevelGrid {

    /** An approved picture's answer for one theme. */
    public record Assessment(Integer level, Change change) {
        public Assessment {
            change = change == null ? Change.UNKNOWN : change;
        }
    }

    // Keyed by the period itself: its code is formatted on every call, and the rules look cells up thousands of times.
    private record PictureKey(long municipalityId, Period period) {
    }

    private record CellKey(long municipalityId, Period period, MeasuredTheme theme) {
    }

    private final List<Period> periods;
    private final List<Long> municipalityIds;
    private final Map<PictureKey, PictureState> states;
    private final Map<CellKey, Assessment> assessments;

    private LevelGrid(List<Period> periods, List<Long> municipalityIds, Map<PictureKey, PictureState> states,
                      Map<CellKey, Assessment> assessments) {
        this.periods = List.copyOf(periods);
        this.municipalityIds = List.copyOf(municipalityIds);
        this.states = Map.copyOf(states);
        this.assessments = Map.copyOf(assessments);
    }

    /** @param periods consecutive periods of one kind, oldest first */
    public static Builder builder(List<Period> periods, List<Long> municipalityIds) {
        return new Builder(periods, municipalityIds);
    }

    /** The periods, oldest first. */
    public List<Period> periods() {
        return periods;
    }

    public Period lastPeriod() {
        return periods.get(periods.size() - 1);
    }

    public List<Long> municipalityIds() {
        return municipalityIds;
    }

    public PictureState state(long municipalityId, Period period) {
        return states.getOrDefault(new PictureKey(municipalityId, period), PictureState.MISSING);
    }

    /** The approved assessment; empty when the picture is missing or unapproved or the theme is unanswered. */
    public Optional<Assessment> assessment(long municipalityId, Period period, MeasuredTheme theme) {
        return Optional.ofNullable(assessments.get(new CellKey(municipalityId, period, theme)));
    }

    /** The approved level, or null when there is none to count (missing, unapproved, "don't know"). */
    public Integer level(long municipalityId, Period period, MeasuredTheme theme) {
        return assessment(municipalityId, period, theme).map(Assessment::level).orElse(null);
    }

    /** The approved change answer; {@link Change#UNKNOWN} when there is none. */
    public Change change(long municipalityId, Period period, MeasuredTheme theme) {
        return assessment(municipalityId, period, theme).map(Assessment::change).orElse(Change.UNKNOWN);
    }

    /** The period before {@code period} in this grid, if the grid reaches that far back. */
    public Optional<Period> before(Period period) {
        int index = periods.indexOf(period);
        return index > 0 ? Optional.of(periods.get(index - 1)) : Optional.empty();
    }

    public static final class Builder {
        private final List<Period> periods;
        private final List<Long> municipalityIds;
        private final Map<String, Period> byCode = new HashMap<>();
        private final Map<PictureKey, PictureState> states = new HashMap<>();
        private final Map<CellKey, Assessment> assessments = new HashMap<>();

        private Builder(List<Period> periods, List<Long> municipalityIds) {
            this.periods = periods;
            this.municipalityIds = municipalityIds;
            periods.forEach(period -> byCode.put(period.code(), period));
        }

        /** Records the state of a picture; a period outside the grid's periods is ignored. */
        public Builder picture(long municipalityId, String periodCode, PictureState state) {
            Period period = byCode.get(periodCode);
            if (period != null) {
                states.put(new PictureKey(municipalityId, period), state);
            }
            return this;
        }

        /** Records an answer of an approved picture (marking the picture approved); outside the periods: ignored. */
        public Builder assess(long municipalityId, String periodCode, MeasuredTheme theme, Integer level,
                              Change change) {
            Period period = byCode.get(periodCode);
            if (period == null) {
                return this;
            }
            states.put(new PictureKey(municipalityId, period), PictureState.APPROVED);
            assessments.merge(new CellKey(municipalityId, period, theme), new Assessment(level, change),
                    (old, added) -> new Assessment(added.level() != null ? added.level() : old.level(),
                            added.change() != Change.UNKNOWN ? added.change() : old.change()));
            return this;
        }

        public LevelGrid build() {
            return new LevelGrid(periods, municipalityIds, states, assessments);
        }
    }
}
