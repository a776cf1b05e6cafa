package se.lagesbild.reporting;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import se.lagesbild.form.LocalizedText;
import se.lagesbild.organisation.Sector;
import se.lagesbild.shared.period.IsoWeek;
import se.lagesbild.shared.period.Period;

/**
 * What the working group looks at before it agrees the municipal picture for a period (a month by default): every
 * unit's submitted or approved contributions of that period side by side, theme by theme. Drafts are never part of
 * it.
 *
 * @param period                   the picture's period
 * @param columns                  the contribution periods that belong to it, by the day they end: those of the
 *                                 municipality's contribution schedule (weeks by default, each in the month that
 *                                 holds its Thursday) and any other period that has a counted contribution
 * @param themes                   one comparison per measured theme of the picture's form, in the form's order
 * @param contributors             the units with at least one counted contribution in the period
 * @param unitsWithoutContribution active units of the municipality with no counted contribution in the period
 * @param picture                  the municipality's picture for the period, or null when nobody has started it
 */
public record PictureBasis(long municipalityId, String municipalityCode, String municipalityName, Period period,
                           List<Period> columns, List<ThemeComparison> themes, List<Contributor> contributors,
                           List<String> unitsWithoutContribution, ReportSummary picture) {

    /** Levels two or more steps apart are a disagreement between sectors, itself a finding for the working group. */
    public static final int DISAGREEMENT_SPREAD = 2;

    public PictureBasis {
        columns = List.copyOf(columns);
        themes = List.copyOf(themes);
        contributors = List.copyOf(contributors);
        unitsWithoutContribution = List.copyOf(unitsWithoutContribution);
    }

    /** The ISO weeks among the columns, for saying which weeks the period covers. */
    public List<IsoWeek> weeks() {
        return columns.stream().filter(IsoWeek.class::isInstance).map(IsoWeek.class::cast).toList();
    }

    public boolean anyDisagreement() {
        return themes.stream().anyMatch(ThemeComparison::disagreement);
    }

    /** A unit that contributed in the period, and the contribution periods it did. */
    public record Contributor(long unitId, String name, Sector sector, List<String> periodCodes) {

        public Contributor {
            periodCodes = List.copyOf(periodCodes);
        }
    }

    /**
     * One theme across the units.
     *
     * @param key              the measured theme's key ({@code racism})
     * @param title            the theme's title in the picture's form
     * @param levelQuestionKey the picture's level question for the theme
     * @param jointLevel       what the picture answers to that question now ("" when unanswered or not started)
     * @param units            one row per contributing unit, in Swedish order of name
     * @param suggestedLevel   the median of the units' latest numeric levels, rounded half up; null without any
     */
    public record ThemeComparison(String key, LocalizedText title, String levelQuestionKey, String jointLevel,
                                  List<UnitAssessment> units, Integer suggestedLevel) {

        public ThemeComparison {
            units = List.copyOf(units);
            jointLevel = jointLevel == null ? "" : jointLevel;
        }

        private List<Integer> latestLevels() {
            return units.stream().map(UnitAssessment::numericLatestLevel).filter(Objects::nonNull).toList();
        }

        public Integer lowest() {
            return latestLevels().stream().min(Comparator.naturalOrder()).orElse(null);
        }

        public Integer highest() {
            return latestLevels().stream().max(Comparator.naturalOrder()).orElse(null);
        }

        /** Highest minus lowest latest numeric level ("don't know" left out); 0 with fewer than two levels. */
        public int spread() {
            Integer lowest = lowest();
            return lowest == null ? 0 : highest() - lowest;
        }

        public boolean disagreement() {
            return spread() >= DISAGREEMENT_SPREAD;
        }

        /** The units whose latest level is the lowest, to name who disagrees. */
        public List<UnitAssessment> atLowest() {
            Integer lowest = lowest();
            return units.stream().filter(u -> lowest != null && lowest.equals(u.numericLatestLevel())).toList();
        }

        public List<UnitAssessment> atHighest() {
            Integer highest = highest();
            return units.stream().filter(u -> highest != null && highest.equals(u.numericLatestLevel())).toList();
        }

        public boolean hasSuggestion() {
            return suggestedLevel != null;
        }
    }

    /**
     * One unit's view of one theme in the period.
     *
     * @param levels       the level for each column (null where nothing counted was reported)
     * @param latestLevel  the level of the latest contribution period that has one, or null
     * @param latestChange the change of the latest contribution period that has one, or null
     * @param observations what was observed, period by period, oldest first
     */
    public record UnitAssessment(long unitId, String unitName, Sector sector, List<PeriodLevel> levels,
                                 String latestLevel, String latestChange, List<Observation> observations) {

        public UnitAssessment {
            levels = List.copyOf(levels);
            observations = List.copyOf(observations);
        }

        /** The latest level as a number on the 0–4 scale; null for "don't know" and for no level at all. */
        public Integer numericLatestLevel() {
            return ContributionComparison.numeric(latestLevel);
        }
    }

    /**
     * The level a unit reported for one contribution period: {@code reported} says whether it has a counted
     * contribution then, {@code level} is null when it has none or left the level unanswered.
     */
    public record PeriodLevel(String periodCode, boolean reported, String level) {
    }

    /** A free-text observation and the contribution period it was reported for. */
    public record Observation(String periodCode, String text) {

        public Period period() {
            return Period.parse(periodCode);
        }
    }
}
