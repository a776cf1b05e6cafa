package se.lagesbild.reporting;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.Organisations;
import se.lagesbild.organisation.Unit;
import se.lagesbild.organisation.Units;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.period.Period;
import se.lagesbild.shared.period.PeriodKind;

/** The reports a user works with, as tables of subjects (units or municipalities) × recent periods. */
@Service
public class ReportLists {

    static final int WEEKS = 6;
    static final int MONTHS = 6;

    private final ReportOverviews overviews;
    private final Schedules schedules;
    private final Organisations organisations;
    private final Units units;
    private final Clock clock;

    ReportLists(ReportOverviews overviews, Schedules schedules, Organisations organisations, Units units,
                Clock clock) {
        this.overviews = overviews;
        this.schedules = schedules;
        this.organisations = organisations;
        this.units = units;
        this.clock = clock;
    }

    /** One subject's reports by period code; a missing code means nothing has been started for that period. */
    public record Row(long subjectId, String name, Map<String, ReportSummary> byPeriod) {
    }

    /** A table of one kind of report; {@code mayStart} says whether the user starts missing reports from it. */
    public record Table(ReportKind kind, List<Period> periods, List<Row> rows, boolean mayStart) {
    }

    public List<Table> tablesFor(CurrentUser user) {
        return switch (user.role()) {
            case CONTRIBUTOR -> List.of(contributions(user.scope().municipalityId(),
                    List.of(units.get(user, user.scope().unitId())), true));
            case MUNICIPAL_COORDINATOR -> {
                Organisation municipality = organisations.get(user.scope().municipalityId());
                Schedule schedule = schedules.contributions(municipality.id());
                yield List.of(pictures(municipality.parentId(), List.of(municipality), true),
                        contributions(municipality.id(), units.inMunicipality(municipality.id()).stream()
                                .filter(unit -> schedule.unitIds().contains(unit.id())).toList(), true));
            }
            case COUNTY_COORDINATOR -> List.of(pictures(user.scope().countyId(),
                    organisations.childrenOf(user.scope().countyId()), false));
            case ADMIN, NATIONAL_READER -> List.of();
        };
    }

    private Table contributions(long municipalityId, List<Unit> subjects, boolean mayStart) {
        List<Period> weeks = recent(schedules.contributions(municipalityId).periodKind(), WEEKS);
        Map<Long, Map<String, ReportSummary>> found = ReportSummary.bySubjectAndPeriod(
                overviews.contributionsOfUnits(subjects.stream().map(Unit::id).toList(), codes(weeks)),
                ReportSummary::unitId);
        return new Table(ReportKind.CONTRIBUTION, weeks, subjects.stream()
                .map(unit -> new Row(unit.id(), unit.name(), found.getOrDefault(unit.id(), Map.of()))).toList(),
                mayStart);
    }

    private Table pictures(long countyId, List<Organisation> municipalities, boolean mayStart) {
        List<Period> months = recent(schedules.pictures(countyId).periodKind(), MONTHS);
        Map<Long, Map<String, ReportSummary>> found = ReportSummary.bySubjectAndPeriod(
                overviews.picturesOf(municipalities.stream().map(Organisation::id).toList(), codes(months)),
                ReportSummary::municipalityId);
        return new Table(ReportKind.PICTURE, months, municipalities.stream()
                .map(m -> new Row(m.id(), m.name(), found.getOrDefault(m.id(), Map.of()))).toList(), mayStart);
    }

    /** The current period and those before it, newest first. */
    private List<Period> recent(PeriodKind kind, int count) {
        var periods = new java.util.ArrayList<>(PeriodKind.lastN(kind.current(clock), count));
        java.util.Collections.reverse(periods);
        return periods;
    }

    private static List<String> codes(List<Period> periods) {
        return periods.stream().map(Period::code).toList();
    }
}
