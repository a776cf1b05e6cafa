package se.lagesbild.analysis;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import se.lagesbild.form.MeasuredTheme;

/**
 * The figures of a regional picture as they stood when the county published it: the matrix of approved levels, the
 * county's trend per theme and the recurring problems. Kept with the publication (as JSON) so that the published
 * document, its PDF and its spreadsheet always show what the county saw, even if a picture is reopened later.
 *
 * @param periods the trend periods, oldest first, ending with {@code periodCode}
 */
public record RegionalFigures(String countyCode, String countyName, String periodCode, Instant computedAt,
                              List<MatrixRow> matrix, List<String> periods, List<ThemeTrend> trends,
                              List<Recurring> recurring) {

    /** One municipality's row: the state of its picture and, when approved, the level and change per theme. */
    public record MatrixRow(String municipalityCode, String municipalityName, PictureState state,
                            Map<MeasuredTheme, Cell> cells) {
        /** The cell for a theme; an empty cell (no level, change unknown) when the theme has no approved answer. */
        public Cell cell(MeasuredTheme theme) {
            Cell cell = cells == null ? null : cells.get(theme);
            return cell == null ? Cell.EMPTY : cell;
        }

        /** The CSS class that colours the cell by concern (for protective factors a high level is good). */
        public String heat(MeasuredTheme theme) {
            Integer concern = state == PictureState.APPROVED ? Concern.of(theme, cell(theme).level()) : null;
            return concern == null ? "heat-none" : "heat-" + concern;
        }
    }

    /** A level 0–4 (null: "don't know" or unanswered) and the change answer. */
    public record Cell(Integer level, Change change) {
        public static final Cell EMPTY = new Cell(null, Change.UNKNOWN);
    }

    /** The county's median approved level per period (null when no municipality had one) for one theme. */
    public record ThemeTrend(MeasuredTheme theme, List<TrendPoint> points) {
    }

    /** @param approved how many municipalities had an approved level; {@code municipalities} how many there are */
    public record TrendPoint(String periodCode, Double median, int approved, int municipalities) {
    }

    /** A theme recurring in several municipalities, with each municipality's level and why it counts. */
    public record Recurring(MeasuredTheme theme, List<RecurringMember> members) {
    }

    /**
     * @param high             at the problem level; {@code rising} worsening three periods in a row
     * @param municipalityCode the SCB code, to link to the observations; null in documents made without it
     */
    public record RecurringMember(String municipalityName, Integer level, boolean high, boolean rising,
                                  String municipalityCode) {

        public RecurringMember(String municipalityName, Integer level, boolean high, boolean rising) {
            this(municipalityName, level, high, rising, null);
        }
    }
}
