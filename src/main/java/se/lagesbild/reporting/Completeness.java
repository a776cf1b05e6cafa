package se.lagesbild.reporting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.Organisations;
import se.lagesbild.organisation.Unit;
import se.lagesbild.organisation.Units;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.OutOfScopeException;
import se.lagesbild.shared.period.Period;
import se.lagesbild.shared.period.PeriodKind;

/**
 * Expected against received, as in DHIS2: the schedules say which reports are expected for which periods, and each
 * expected report is received, returned, still open, or missing — and late when its due moment has passed without
 * a submission (or the submission came after it).
 */
@Service
public class Completeness {

    static final int PERIODS = 6;

    private final Schedules schedules;
    private final ReportOverviews overviews;
    private final Organisations organisations;
    private final Units units;
    private final Clock clock;

    Completeness(Schedules schedules, ReportOverviews overviews, Organisations organisations, Units units,
                 Clock clock) {
        this.schedules = schedules;
        this.overviews = overviews;
        this.organisations = organisations;
        this.units = units;
        this.clock = clock;
    }

    /** What is known of one expected report. */
    public enum State {
        APPROVED, SUBMITTED, RETURNED, OPEN, MISSING, NOT_DUE
    }

    /** One expected report; {@code late} when its due moment passed before it was submitted (or still has). */
    public record Cell(String periodCode, State state, boolean late, Long reportId) {
    }

    public record Row(String name, List<Cell> cells) {
    }

    /** Per period: expected, received (submitted or approved), returned and late. */
    public record Totals(String periodCode, int expected, int received, int returned, int late) {
    }

    public record Table(ReportKind kind, String area, List<Period> periods, List<Row> rows, List<Totals> totals) {
    }

    /** The municipalities' pictures of a county, for the latest periods of its schedule. */
    public Table pictures(CurrentUser user, long countyId) {
        return pictures(user, countyId, recent(schedules.pictures(countyId).periodKind()));
    }

    Table pictures(CurrentUser user, long countyId, List<Period> periods) {
        Organisation county = organisations.get(countyId);
        if (!organisations.covers(user.scope(), county)) {
            throw new OutOfScopeException("county " + countyId, countyId);
        }
        requireCoordinator(user);
        Schedule schedule = schedules.pictures(countyId);
        List<Organisation> municipalities = organisations.childrenOf(countyId);
        Map<Long, Map<String, ReportSummary>> found = ReportSummary.bySubjectAndPeriod(
                overviews.picturesOf(municipalities.stream().map(Organisation::id).toList(), codes(periods)),
                ReportSummary::municipalityId);
        List<Row> rows = municipalities.stream()
                .map(m -> row(m.name(), periods, found.getOrDefault(m.id(), Map.of()), schedule)).toList();
        return new Table(ReportKind.PICTURE, county.name(), periods, rows, totals(periods, rows));
    }

    /** The contributing units of a municipality, for the latest periods of its schedule. */
    public Table contributions(CurrentUser user, long municipalityId) {
        return contributions(user, municipalityId, recent(schedules.contributions(municipalityId).periodKind()));
    }

    Table contributions(CurrentUser user, long municipalityId, List<Period> periods) {
        Organisation municipality = organisations.get(municipalityId);
        if (!organisations.covers(user.scope(), municipality)) {
            throw new OutOfScopeException("municipality " + municipalityId, municipalityId);
        }
        requireCoordinator(user);
        Schedule schedule = schedules.contributions(municipalityId);
        List<Unit> expected = units.inMunicipality(municipalityId).stream()
                .filter(unit -> schedule.unitIds().contains(unit.id())).toList();
        Map<Long, Map<String, ReportSummary>> found = ReportSummary.bySubjectAndPeriod(
                overviews.contributionsOfUnits(expected.stream().map(Unit::id).toList(), codes(periods)),
                ReportSummary::unitId);
        List<Row> rows = expected.stream()
                .map(unit -> row(unit.name(), periods, found.getOrDefault(unit.id(), Map.of()), schedule)).toList();
        return new Table(ReportKind.CONTRIBUTION, municipality.name(), periods, rows, totals(periods, rows));
    }

    private Row row(String name, List<Period> periods, Map<String, ReportSummary> reports, Schedule schedule) {
        Instant now = clock.instant();
        var cells = new ArrayList<Cell>();
        for (Period period : periods) {
            ReportSummary report = reports.get(period.code());
            Instant due = schedule.dueOf(period).toInstant();
            cells.add(cell(period.code(), report, due, now));
        }
        return new Row(name, cells);
    }

    static Cell cell(String periodCode, ReportSummary report, Instant due, Instant now) {
        boolean pastDue = now.isAfter(due);
        if (report == null) {
            return new Cell(periodCode, pastDue ? State.MISSING : State.NOT_DUE, pastDue, null);
        }
        State state = switch (report.status()) {
            case APPROVED -> State.APPROVED;
            case SUBMITTED -> State.SUBMITTED;
            case RETURNED -> State.RETURNED;
            case DRAFT -> State.OPEN;
        };
        boolean late = report.submittedAt() == null ? pastDue : report.submittedAt().isAfter(due);
        return new Cell(periodCode, state, late, report.id());
    }

    private static List<Totals> totals(List<Period> periods, List<Row> rows) {
        var totals = new ArrayList<Totals>();
        for (int i = 0; i < periods.size(); i++) {
            int index = i;
            List<Cell> column = rows.stream().map(row -> row.cells().get(index)).toList();
            totals.add(new Totals(periods.get(i).code(), column.size(),
                    (int) column.stream().filter(c -> c.state() == State.APPROVED || c.state() == State.SUBMITTED)
                            .count(),
                    (int) column.stream().filter(c -> c.state() == State.RETURNED).count(),
                    (int) column.stream().filter(Cell::late).count()));
        }
        return totals;
    }

    private static void requireCoordinator(CurrentUser user) {
        switch (user.role()) {
            case ADMIN, COUNTY_COORDINATOR, MUNICIPAL_COORDINATOR -> { }
            case NATIONAL_READER, CONTRIBUTOR -> throw new AccessDeniedException("completeness is for coordinators");
        }
    }

    private List<Period> recent(PeriodKind kind) {
        var periods = new ArrayList<>(PeriodKind.lastN(kind.current(clock), PERIODS));
        Collections.reverse(periods);
        return periods;
    }

    private static List<String> codes(List<Period> periods) {
        return periods.stream().map(Period::code).toList();
    }
}
