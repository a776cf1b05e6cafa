package se.lagesbild.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lagesbild.form.MeasuredTheme;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.Organisations;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.NotFoundException;
import se.lagesbild.shared.period.Period;
import se.lagesbild.shared.period.PeriodKind;

/**
 * What the maps show: one theme's approved level per municipality of a county, or — for the national map — every
 * county's median level, drawn on each of its municipalities. The same figures as the matrix, for the same readers.
 */
@Service
public class AnalysisMaps {

    /** A county's map: each municipality's state and level for the theme. */
    public record CountyMap(Organisation county, Period period, MeasuredTheme theme, List<Area> areas,
                            List<Period> choosablePeriods) {
    }

    /** One municipality on a county map. */
    public record Area(Organisation municipality, PictureState state, Integer level) {
    }

    /** The national map: each county's median for the theme and the municipalities it is drawn on. */
    public record NationalMap(Period period, MeasuredTheme theme, List<CountyArea> counties,
                              List<Period> choosablePeriods) {
    }

    /** A county's median (null when no municipality had an approved level) and its municipalities. */
    public record CountyArea(Organisation county, Double median, int known, List<Organisation> municipalities,
                             RegionalAnalyses.Listed published) {

        /** The median rounded to a whole level, for the colour; the table and title keep the decimal. */
        public Integer roundedMedian() {
            return median == null ? null : (int) Math.round(median);
        }
    }

    private final AnalysisAccess access;
    private final AnalysisPeriods periods;
    private final LevelReadings readings;
    private final Organisations organisations;
    private final NationalAnalysis national;

    AnalysisMaps(AnalysisAccess access, AnalysisPeriods periods, LevelReadings readings, Organisations organisations,
                 NationalAnalysis national) {
        this.access = access;
        this.periods = periods;
        this.readings = readings;
        this.organisations = organisations;
        this.national = national;
    }

    @Transactional(readOnly = true)
    public CountyMap county(CurrentUser user, String countyCode, String themeKey, String periodCode) {
        Organisation county = access.requireCounty(user, countyCode);
        Period period = periods.chosen(county, periodCode);
        MeasuredTheme theme = theme(themeKey);
        List<Organisation> municipalities = organisations.childrenOf(county.id());
        LevelGrid grid = readings.pictures(municipalities.stream().map(Organisation::id).toList(), List.of(period),
                Set.of(theme));
        var areas = new ArrayList<Area>();
        for (Organisation municipality : municipalities) {
            areas.add(new Area(municipality, grid.state(municipality.id(), period),
                    grid.level(municipality.id(), period, theme)));
        }
        return new CountyMap(county, period, theme, areas, periods.choosable(period.kind()));
    }

    @Transactional(readOnly = true)
    public NationalMap nation(CurrentUser user, String themeKey, String periodCode) {
        MeasuredTheme theme = theme(themeKey);
        var view = national.view(user, periodCode);
        var counties = new ArrayList<CountyArea>();
        for (NationalAnalysis.CountyRow row : view.rows()) {
            NationalAnalysis.ThemeAggregate aggregate = row.themes().get(theme);
            counties.add(new CountyArea(row.county(), aggregate.median(), aggregate.known(),
                    organisations.childrenOf(row.county().id()), view.publishedFor(row.county())));
        }
        return new NationalMap(view.period(), theme, counties, periods.choosable(PeriodKind.MONTH));
    }

    private static MeasuredTheme theme(String key) {
        if (key == null || key.isBlank()) {
            return MeasuredTheme.values()[0];
        }
        return MeasuredTheme.fromKey(key).orElseThrow(() -> new NotFoundException("theme " + key));
    }
}
