package se.lagesbild.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lagesbild.form.MeasuredTheme;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.shared.NotFoundException;
import se.lagesbild.shared.period.Period;
import se.lagesbild.shared.period.PeriodKind;

/**
 * Approved joint assessments for other modules: what an approved picture said about a theme, the themes that recur
 * in a county, and a theme's levels over a stretch of time. Only approved pictures count, as everywhere in analysis.
 * Callers decide who may see what; this service only reads.
 */
@Service
public class ApprovedLevels {

    /** How many completed periods back {@link #recurringRecently} looks. */
    public static final int RECENT_PERIODS = 3;

    /** An approved picture's assessment of one theme in one municipality and period. */
    public record ApprovedCell(long municipalityId, Period period, MeasuredTheme theme, long pictureId, Integer level,
                               Change change) {
    }

    private final LevelReadings readings;
    private final CountyAnalysis countyAnalysis;
    private final AnalysisPeriods periods;
    private final JdbcClient jdbc;

    ApprovedLevels(LevelReadings readings, CountyAnalysis countyAnalysis, AnalysisPeriods periods, JdbcClient jdbc) {
        this.readings = readings;
        this.countyAnalysis = countyAnalysis;
        this.periods = periods;
        this.jdbc = jdbc;
    }

    /** The county's picture period kind (monthly unless it decided otherwise). */
    public PeriodKind periodKind(Organisation county) {
        return periods.kindOf(county);
    }

    /** A period code of the county's kind; anything else is not found. */
    public Period period(Organisation county, String code) {
        return AnalysisPeriods.parse(code, periods.kindOf(county));
    }

    /** The last completed period of the county's kind: the newest picture that can be approved. */
    public Period lastCompleted(Organisation county) {
        return periods.lastCompleted(periods.kindOf(county));
    }

    /**
     * What the municipality's approved picture for the period said about the theme; empty when the picture is
     * missing or not approved.
     */
    @Transactional(readOnly = true)
    public Optional<ApprovedCell> cell(Organisation municipality, Period period, MeasuredTheme theme) {
        Optional<Long> picture = Optional.ofNullable(approvedPictures(List.of(municipality.id()), period)
                .get(municipality.id()));
        if (picture.isEmpty()) {
            return Optional.empty();
        }
        LevelGrid grid = readings.pictures(List.of(municipality.id()), List.of(period), Set.of(theme));
        return Optional.of(new ApprovedCell(municipality.id(), period, theme, picture.get(),
                grid.level(municipality.id(), period, theme), grid.change(municipality.id(), period, theme)));
    }

    /** The approved picture (report id) of each of the municipalities that has one for the period. */
    @Transactional(readOnly = true)
    public Map<Long, Long> approvedPictures(List<Long> municipalityIds, Period period) {
        var pictures = new HashMap<Long, Long>();
        if (municipalityIds.isEmpty()) {
            return pictures;
        }
        jdbc.sql("""
                        select municipality_id, id from report
                        where kind = 'PICTURE' and status = 'APPROVED' and period_code = :period
                          and municipality_id in (:municipalities)""")
                .param("period", period.code()).param("municipalities", municipalityIds)
                .query(rs -> {
                    pictures.put(rs.getLong("municipality_id"), rs.getLong("id"));
                });
        return pictures;
    }

    /**
     * The theme as a recurring problem of the county in the period (by the county page's rule, at the given
     * threshold), with the municipalities it recurs in; empty when it does not recur.
     */
    @Transactional(readOnly = true)
    public Optional<RecurringProblems.RecurringProblem> recurring(Organisation county, Period period,
                                                                 MeasuredTheme theme, int minMunicipalities) {
        LevelGrid grid = countyAnalysis.grid(county, period, RecurringProblems.RISING_PERIODS + 1);
        return RecurringProblems.inCounty(grid, period, minMunicipalities).stream()
                .filter(problem -> problem.theme() == theme).findFirst();
    }

    /**
     * The themes recurring in the county in any of its last {@value #RECENT_PERIODS} completed periods, at the default
     * threshold, each as it recurred most recently, newest first. Several periods, because early in a month the last
     * one has few approved pictures yet, and a problem shared last month is still shared.
     */
    @Transactional(readOnly = true)
    public List<RecurringProblems.RecurringProblem> recurringRecently(Organisation county) {
        Period last = lastCompleted(county);
        LevelGrid grid = countyAnalysis.grid(county, last, RECENT_PERIODS + RecurringProblems.RISING_PERIODS);
        var found = new java.util.ArrayList<RecurringProblems.RecurringProblem>();
        var themes = java.util.EnumSet.noneOf(MeasuredTheme.class);
        Period period = last;
        for (int i = 0; i < RECENT_PERIODS; i++, period = period.previous()) {
            for (RecurringProblems.RecurringProblem problem
                    : RecurringProblems.inCounty(grid, period, RecurringProblems.DEFAULT_MIN_MUNICIPALITIES)) {
                if (themes.add(problem.theme())) {
                    found.add(problem);
                }
            }
        }
        return found;
    }

    /**
     * The county's periods from the one containing {@code from} to the one containing {@code to}, but never past the
     * last completed period: later pictures do not exist yet. Empty when {@code from} lies after that.
     */
    public List<Period> periodsBetween(Organisation county, LocalDate from, LocalDate to) {
        PeriodKind kind = periods.kindOf(county);
        Period last = periods.lastCompleted(kind);
        Period end = kind.containing(to);
        if (end.compareTo(last) > 0) {
            end = last;
        }
        var span = new ArrayList<Period>();
        for (Period period = kind.containing(from); period.compareTo(end) <= 0; period = period.next()) {
            span.add(period);
        }
        return span;
    }

    /** The municipalities' approved levels of the theme over the periods (consecutive, one kind, oldest first). */
    @Transactional(readOnly = true)
    public LevelGrid levels(List<Long> municipalityIds, List<Period> span, MeasuredTheme theme) {
        if (span.isEmpty()) {
            return LevelGrid.builder(span, municipalityIds).build();
        }
        return readings.pictures(municipalityIds, span, EnumSet.of(theme));
    }

    /** The municipality's approved assessments of every theme over the {@code n} periods ending with the last completed. */
    @Transactional(readOnly = true)
    public LevelGrid recent(Organisation municipality, Organisation county, int n) {
        return readings.pictures(List.of(municipality.id()), PeriodKind.lastN(lastCompleted(county), n),
                EnumSet.allOf(MeasuredTheme.class));
    }

    /** The theme by its key; an unknown key is not found. */
    public static MeasuredTheme theme(String key) {
        return MeasuredTheme.fromKey(key).orElseThrow(() -> new NotFoundException("theme " + key));
    }
}
