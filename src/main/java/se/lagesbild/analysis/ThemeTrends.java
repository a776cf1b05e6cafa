package se.lagesbild.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lagesbild.form.MeasuredTheme;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.Sector;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.NotFoundException;
import se.lagesbild.shared.OutOfScopeException;
import se.lagesbild.shared.Role;
import se.lagesbild.shared.period.Period;
import se.lagesbild.shared.period.PeriodKind;

/**
 * A theme's level over time: the county's median, each municipality's approved level, and how the sectors assessed
 * the theme in their contributions. Municipal coordinators see the county's median and their own municipality only.
 */
@Service
public class ThemeTrends {

    /** The lengths a user can choose. */
    public static final List<Integer> LENGTHS = List.of(12, 24, 36);

    /** The trend of one theme. {@code municipality} is null for the county; {@code rows} only for the county view. */
    public record TrendView(Organisation county, MeasuredTheme theme, Period end, int length, List<Period> periods,
                            Organisation municipality, List<RegionalFigures.TrendPoint> countyMedian,
                            MunicipalityRow selected, List<MunicipalityRow> rows, List<SectorSeries> sectors,
                            List<Organisation> choosableMunicipalities) {
    }

    /** One municipality's approved levels (null where there is none) and picture states per period. */
    public record MunicipalityRow(Organisation municipality, List<Integer> levels, List<PictureState> states) {
    }

    /** One sector's mean level per period (null where it gave none) and the contributions behind each mean. */
    public record SectorSeries(Sector sector, List<Double> means, List<Integer> contributions) {
    }

    private final AnalysisAccess access;
    private final AnalysisPeriods periods;
    private final CountyAnalysis analysis;
    private final LevelReadings readings;

    ThemeTrends(AnalysisAccess access, AnalysisPeriods periods, CountyAnalysis analysis, LevelReadings readings) {
        this.access = access;
        this.periods = periods;
        this.analysis = analysis;
        this.readings = readings;
    }

    @Transactional(readOnly = true)
    public TrendView trend(CurrentUser user, String countyCode, String themeKey, Integer length, String periodCode,
                           String municipalityCode) {
        Organisation county = access.county(countyCode);
        if (!access.seesTrends(user, county)) {
            throw new OutOfScopeException("trends of county " + countyCode, county.id());
        }
        MeasuredTheme theme = MeasuredTheme.fromKey(themeKey == null ? MeasuredTheme.values()[0].key() : themeKey)
                .orElseThrow(() -> new NotFoundException("theme " + themeKey));
        int n = length != null && LENGTHS.contains(length) ? length : LENGTHS.get(0);
        Period end = periods.chosen(county, periodCode);
        boolean wholeCounty = access.seesCounty(user, county);
        Organisation municipality = municipalityCode == null || municipalityCode.isBlank()
                ? (wholeCounty ? null : own(user))
                : access.municipalityIn(county, municipalityCode);
        if (municipality != null && !access.seesMunicipality(user, county, municipality)) {
            throw new OutOfScopeException("trends of municipality " + municipalityCode, municipality.id());
        }
        List<Organisation> municipalities = analysis.municipalitiesOf(county);
        List<Period> span = PeriodKind.lastN(end, n);
        LevelGrid grid = readings.pictures(municipalities.stream().map(Organisation::id).toList(), span,
                Set.of(theme));
        List<RegionalFigures.TrendPoint> median = CountyAnalysis.trends(grid, municipalities.size()).stream()
                .filter(trend -> trend.theme() == theme).findFirst().orElseThrow().points();
        List<MunicipalityRow> rows = new ArrayList<>();
        MunicipalityRow selected = null;
        for (Organisation m : municipalities) {
            MunicipalityRow row = row(grid, m, theme, span);
            if (wholeCounty) {
                rows.add(row);
            }
            if (municipality != null && m.id().equals(municipality.id())) {
                selected = row;
            }
        }
        List<Long> sectorSource = municipality != null ? List.of(municipality.id())
                : municipalities.stream().map(Organisation::id).toList();
        SectorGrid sectorGrid = readings.sectors(sectorSource, span, Set.of(theme));
        return new TrendView(county, theme, end, n, span, municipality, median, selected, rows,
                sectorSeries(sectorGrid, sectorSource, theme, span),
                wholeCounty ? municipalities : List.of(municipality));
    }

    private Organisation own(CurrentUser user) {
        if (user.role() != Role.MUNICIPAL_COORDINATOR || user.scope().municipalityId() == null) {
            throw new NotFoundException("no municipality");
        }
        return access.municipalityById(user.scope().municipalityId());
    }

    private static MunicipalityRow row(LevelGrid grid, Organisation municipality, MeasuredTheme theme,
                                       List<Period> span) {
        var levels = new ArrayList<Integer>();
        var states = new ArrayList<PictureState>();
        for (Period period : span) {
            levels.add(grid.level(municipality.id(), period, theme));
            states.add(grid.state(municipality.id(), period));
        }
        return new MunicipalityRow(municipality, levels, states);
    }

    /** Sectors' means per period, pooled over the municipalities (weighted by the contributions behind each). */
    static List<SectorSeries> sectorSeries(SectorGrid grid, List<Long> municipalities, MeasuredTheme theme,
                                           List<Period> span) {
        Map<Sector, double[]> sums = new EnumMap<>(Sector.class);
        Map<Sector, int[]> counts = new EnumMap<>(Sector.class);
        for (int i = 0; i < span.size(); i++) {
            for (long municipality : municipalities) {
                for (var entry : grid.sectors(municipality, span.get(i), theme).entrySet()) {
                    double[] sum = sums.computeIfAbsent(entry.getKey(), s -> new double[span.size()]);
                    int[] count = counts.computeIfAbsent(entry.getKey(), s -> new int[span.size()]);
                    sum[i] += entry.getValue().mean() * entry.getValue().contributions();
                    count[i] += entry.getValue().contributions();
                }
            }
        }
        var series = new ArrayList<SectorSeries>();
        sums.forEach((sector, sum) -> {
            int[] count = counts.get(sector);
            var means = new ArrayList<Double>();
            var contributions = new ArrayList<Integer>();
            for (int i = 0; i < span.size(); i++) {
                means.add(count[i] == 0 ? null : Math.round(sum[i] / count[i] * 10) / 10.0);
                contributions.add(count[i]);
            }
            series.add(new SectorSeries(sector, means, contributions));
        });
        return series;
    }
}
