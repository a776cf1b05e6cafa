package se.lagesbild.reporting;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lagesbild.form.DefaultForm;
import se.lagesbild.form.Form;
import se.lagesbild.form.Forms;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.Organisations;
import se.lagesbild.organisation.Unit;
import se.lagesbild.organisation.Units;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.InvalidInputException;
import se.lagesbild.shared.Role;
import se.lagesbild.shared.StaleEditException;
import se.lagesbild.shared.period.PeriodKind;

/**
 * Reporting schedules: the county decides the form and frequency of its municipalities' pictures, a municipality
 * the form, frequency and contributing units of its contributions. Until they decide, the defaults apply.
 */
@Service
@Transactional(readOnly = true)
public class Schedules {

    private final ReportingScheduleRepository schedules;
    private final Forms forms;
    private final Organisations organisations;
    private final Units units;
    private final Clock clock;

    Schedules(ReportingScheduleRepository schedules, Forms forms, Organisations organisations, Units units,
              Clock clock) {
        this.schedules = schedules;
        this.forms = forms;
        this.organisations = organisations;
        this.units = units;
        this.clock = clock;
    }

    /** How the county's municipalities report their pictures. */
    public Schedule pictures(long countyId) {
        return schedules.findByOwnerAndKind(countyId, ReportKind.PICTURE.name())
                .map(s -> new Schedule(ReportKind.PICTURE, countyId, s.formId(), s.periodKind(), List.of(), true))
                .orElseGet(() -> new Schedule(ReportKind.PICTURE, countyId, defaultFormId(), PeriodKind.MONTH,
                        List.of(), false));
    }

    /** How the municipality's units report their contributions, and which units do. */
    public Schedule contributions(long municipalityId) {
        List<Long> active = units.inMunicipality(municipalityId).stream().filter(Unit::active).map(Unit::id).toList();
        return schedules.findByOwnerAndKind(municipalityId, ReportKind.CONTRIBUTION.name())
                .map(s -> new Schedule(ReportKind.CONTRIBUTION, municipalityId, s.formId(), s.periodKind(),
                        active.stream().filter(s.unitIds()::contains).toList(), true))
                .orElseGet(() -> new Schedule(ReportKind.CONTRIBUTION, municipalityId, defaultFormId(),
                        PeriodKind.WEEK, active, false));
    }

    /** The county coordinator decides the county's picture schedule. */
    @Transactional
    public void decidePictures(CurrentUser user, long formId, PeriodKind periodKind) {
        if (user.role() != Role.COUNTY_COORDINATOR) {
            throw new AccessDeniedException("only a county coordinator decides picture schedules");
        }
        save(user, user.scope().countyId(), ReportKind.PICTURE, formId, periodKind, Set.of());
    }

    /** The municipal coordinator decides the municipality's contribution schedule. */
    @Transactional
    public void decideContributions(CurrentUser user, long formId, PeriodKind periodKind, Set<Long> unitIds) {
        if (user.role() != Role.MUNICIPAL_COORDINATOR) {
            throw new AccessDeniedException("only a municipal coordinator decides contribution schedules");
        }
        long municipalityId = user.scope().municipalityId();
        Set<Long> own = new HashSet<>(units.inMunicipality(municipalityId).stream().map(Unit::id).toList());
        if (!own.containsAll(unitIds)) {
            throw new InvalidInputException("units", "schedule.units.foreign");
        }
        save(user, municipalityId, ReportKind.CONTRIBUTION, formId, periodKind, unitIds);
    }

    /** Forms the user may choose: published, readable, and not an extension (extensions follow their base). */
    public List<Form> choosableForms(CurrentUser user) {
        return forms.visibleTo(user).stream()
                .filter(overview -> overview.current().isPresent() && !overview.form().isExtension())
                .map(Forms.FormOverview::form)
                .sorted(Comparator.comparing(form -> form.name().sv(), Organisations.SWEDISH_ORDER))
                .toList();
    }

    private void save(CurrentUser user, long ownerId, ReportKind kind, long formId, PeriodKind periodKind,
                      Set<Long> unitIds) {
        Form form = forms.readable(user, formId);
        if (form.isExtension() || forms.current(form.id()).isEmpty()) {
            throw new InvalidInputException("formId", "schedule.form.unpublished");
        }
        ReportingSchedule schedule = schedules.findByOwnerAndKind(ownerId, kind.name())
                .orElseGet(() -> ReportingSchedule.create(ownerId, kind));
        schedule.decide(form.id(), periodKind, unitIds, user.getUsername(), clock.instant());
        schedules.save(schedule);
    }

    private long defaultFormId() {
        return forms.findByKey(DefaultForm.KEY).orElseThrow().id();
    }

    Organisation municipality(long id) {
        return organisations.get(id);
    }
}
