package se.lagesbild.reporting;

import java.time.ZonedDateTime;
import java.util.List;

import se.lagesbild.shared.period.DueDates;
import se.lagesbild.shared.period.IsoWeek;
import se.lagesbild.shared.period.Month;
import se.lagesbild.shared.period.Period;
import se.lagesbild.shared.period.PeriodKind;

/**
 * The schedule that applies to a county's pictures or a municipality's contributions: decided, or the default when
 * nobody has decided yet. {@code unitIds} are the contributing units (empty for pictures).
 *
 * @param decided whether the owner has saved a schedule (false: the defaults apply)
 */
public record Schedule(ReportKind kind, long ownerId, long formId, PeriodKind periodKind, List<Long> unitIds,
                       boolean decided) {

    /** When a report for the period is due: Monday 12:00 after a week, the 5th working day after a month. */
    public ZonedDateTime dueOf(Period period) {
        if (period instanceof IsoWeek week) {
            return DueDates.weeklyContribution(week);
        }
        return period instanceof Month month ? DueDates.monthlyPicture(month)
                : DueDates.dueAfter(period, DueDates.MONTHLY_PICTURE_WORKING_DAYS);
    }
}
