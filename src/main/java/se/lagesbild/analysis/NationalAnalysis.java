package se.lagesbild.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lagesbild.form.MeasuredTheme;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.Organisations;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.OutOfScopeException;
import se.lagesbild.shared.period.Period;
import se.lagesbild.shared.period.PeriodKind;

/**
 * The national view: per county and theme, the median of the municipalities' approved levels and how many are at a
 * problem level, with the themes that recur across counties. National readers see counties' aggregates and their
 * published regional pictures, never a single municipality's answers.
 */
@Service
public class NationalAnalysis {

    /** Rising is judged over the period and the two before it. */
    static final int PERIODS = 3;

    /** The matrix of counties × themes for one period. */
    public record NationalView(Period period, List<Period> choosablePeriods, List<CountyRow> rows,
                               List<RecurringProblems.NationalRecurringProblem> recurring,
                               Map<Long, Organisation> counties, List<RegionalAnalyses.Listed> published) {

        /** The county's regional picture published for this period, where the drill-down continues; or null. */
        public RegionalAnalyses.Listed publishedFor(Organisation county) {
            return published.stream().filter(listed -> listed.county().id().equals(county.id())
                    && listed.analysis().periodCode().equals(period.code())).findFirst().orElse(null);
        }
    }

    /** One county's aggregates per theme. */
    public record CountyRow(Organisation county, int municipalities, int approvedPictures,
                            Map<MeasuredTheme, ThemeAggregate> themes) {
    }

    /**
     * @param median      the median approved level, null when no municipality had one
     * @param atConcern   how many municipalities are at a problem level (3 or more; 1 or less for protective factors)
     * @param known       how many municipalities gave a level
     */
    public record ThemeAggregate(Double median, int atConcern, int known) {

        /** The colour class of the cell: the concern of the rounded median. */
        public String heat(MeasuredTheme theme) {
            return median == null ? "heat-none" : "heat-" + Concern.of(theme, (int) Math.round(median));
        }
    }

    private final AnalysisAccess access;
    private final AnalysisPeriods periods;
    private final LevelReadings readings;
    private final Organisations organisations;
    private final RegionalAnalyses regionalAnalyses;

    NationalAnalysis(AnalysisAccess access, AnalysisPeriods periods, LevelReadings readings,
                     Organisations organisations, RegionalAnalyses regionalAnalyses) {
        this.access = access;
        this.periods = periods;
        this.readings = readings;
        this.organisations = organisations;
        this.regionalAnalyses = regionalAnalyses;
    }

    @Transactional(readOnly = true)
    public NationalView view(CurrentUser user, String periodCode) {
        if (!access.seesNation(user)) {
            throw new OutOfScopeException("national analysis", null);
        }
        Period period = periodCode == null || periodCode.isBlank() ? periods.lastCompleted(PeriodKind.MONTH)
                : AnalysisPeriods.parse(periodCode, PeriodKind.MONTH);
        List<Organisation> counties = organisations.counties();
        var countyOf = new HashMap<Long, Long>();
        var municipalityIds = new ArrayList<Long>();
        for (Organisation county : counties) {
            for (Organisation municipality : organisations.childrenOf(county.id())) {
                countyOf.put(municipality.id(), county.id());
                municipalityIds.add(municipality.id());
            }
        }
        LevelGrid grid = readings.pictures(municipalityIds, PeriodKind.lastN(period, PERIODS),
                EnumSet.allOf(MeasuredTheme.class));
        var rows = new ArrayList<CountyRow>();
        var byId = new HashMap<Long, Organisation>();
        for (Organisation county : counties) {
            byId.put(county.id(), county);
            rows.add(row(county, organisations.childrenOf(county.id()), grid, period));
        }
        return new NationalView(period, periods.choosable(PeriodKind.MONTH), rows,
                RecurringProblems.acrossCounties(grid, period, RecurringProblems.DEFAULT_MIN_MUNICIPALITIES,
                        countyOf),
                byId, regionalAnalyses.visibleTo(user));
    }

    static CountyRow row(Organisation county, List<Organisation> municipalities, LevelGrid grid, Period period) {
        var themes = new EnumMap<MeasuredTheme, ThemeAggregate>(MeasuredTheme.class);
        int approved = 0;
        for (Organisation municipality : municipalities) {
            if (grid.state(municipality.id(), period) == PictureState.APPROVED) {
                approved++;
            }
        }
        for (MeasuredTheme theme : MeasuredTheme.values()) {
            var levels = new ArrayList<Integer>();
            int atConcern = 0;
            for (Organisation municipality : municipalities) {
                Integer level = grid.level(municipality.id(), period, theme);
                if (level != null) {
                    levels.add(level);
                    if (Concern.of(theme, level) >= RecurringProblems.HIGH_CONCERN) {
                        atConcern++;
                    }
                }
            }
            themes.put(theme, new ThemeAggregate(Median.of(levels), atConcern, levels.size()));
        }
        return new CountyRow(county, municipalities.size(), approved, themes);
    }
}
