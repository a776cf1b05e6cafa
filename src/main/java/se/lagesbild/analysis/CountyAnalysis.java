package se.lagesbild.analysis;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import se.lagesbild.analysis.RegionalFigures.Cell;
import se.lagesbild.analysis.RegionalFigures.MatrixRow;
import se.lagesbild.analysis.RegionalFigures.Recurring;
import se.lagesbild.analysis.RegionalFigures.RecurringMember;
import se.lagesbild.analysis.RegionalFigures.ThemeTrend;
import se.lagesbild.analysis.RegionalFigures.TrendPoint;
import se.lagesbild.form.MeasuredTheme;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.Organisations;
import se.lagesbild.shared.period.Period;
import se.lagesbild.shared.period.PeriodKind;

/**
 * The county's consolidated figures for one period: the matrix of approved levels, the county's median per theme over
 * the last year of periods, and the recurring problems. One grid query serves all three.
 */
@Service
public class CountyAnalysis {

    /** The trend on the county page and in the regional picture reaches a year back (for monthly pictures). */
    static final int FIGURE_PERIODS = 12;

    private final LevelReadings readings;
    private final Organisations organisations;
    private final Clock clock;

    CountyAnalysis(LevelReadings readings, Organisations organisations, Clock clock) {
        this.readings = readings;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** The grid of the county's municipalities over the {@code count} periods ending with {@code period}. */
    LevelGrid grid(Organisation county, Period period, int count) {
        List<Long> municipalities = municipalitiesOf(county).stream().map(Organisation::id).toList();
        return readings.pictures(municipalities, PeriodKind.lastN(period, count), EnumSet.allOf(MeasuredTheme.class));
    }

    List<Organisation> municipalitiesOf(Organisation county) {
        return organisations.childrenOf(county.id());
    }

    /** The figures a regional picture rests on: a year of periods, recurring problems at the default threshold. */
    RegionalFigures figures(Organisation county, Period period) {
        return figures(county, period, grid(county, period, FIGURE_PERIODS),
                RecurringProblems.DEFAULT_MIN_MUNICIPALITIES);
    }

    RegionalFigures figures(Organisation county, Period period, LevelGrid grid, int minMunicipalities) {
        List<Organisation> municipalities = municipalitiesOf(county);
        Map<Long, Organisation> byId = municipalities.stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
        return new RegionalFigures(county.code(), county.name(), period.code(), clock.instant(),
                matrix(municipalities, grid, period), grid.periods().stream().map(Period::code).toList(),
                trends(grid, municipalities.size()),
                recurring(grid, period, minMunicipalities, byId));
    }

    static List<MatrixRow> matrix(List<Organisation> municipalities, LevelGrid grid, Period period) {
        var rows = new ArrayList<MatrixRow>();
        for (Organisation municipality : municipalities) {
            var cells = new EnumMap<MeasuredTheme, Cell>(MeasuredTheme.class);
            for (MeasuredTheme theme : MeasuredTheme.values()) {
                grid.assessment(municipality.id(), period, theme)
                        .ifPresent(a -> cells.put(theme, new Cell(a.level(), a.change())));
            }
            rows.add(new MatrixRow(municipality.code(), municipality.name(), grid.state(municipality.id(), period),
                    cells));
        }
        return rows;
    }

    static List<ThemeTrend> trends(LevelGrid grid, int municipalityCount) {
        var trends = new ArrayList<ThemeTrend>();
        for (MeasuredTheme theme : MeasuredTheme.values()) {
            var points = new ArrayList<TrendPoint>();
            for (Period period : grid.periods()) {
                List<Integer> levels = new ArrayList<>();
                for (long municipality : grid.municipalityIds()) {
                    Integer level = grid.level(municipality, period, theme);
                    if (level != null) {
                        levels.add(level);
                    }
                }
                points.add(new TrendPoint(period.code(), Median.of(levels), levels.size(), municipalityCount));
            }
            trends.add(new ThemeTrend(theme, points));
        }
        return trends;
    }

    static List<Recurring> recurring(LevelGrid grid, Period period, int minMunicipalities,
                                     Map<Long, Organisation> municipalities) {
        return RecurringProblems.inCounty(grid, period, minMunicipalities).stream()
                .map(problem -> new Recurring(problem.theme(), problem.members().stream()
                        .map(member -> {
                            Organisation municipality = municipalities.get(member.municipalityId());
                            return new RecurringMember(municipality.name(), member.level(), member.high(),
                                    member.rising(), municipality.code());
                        })
                        .toList()))
                .toList();
    }
}
