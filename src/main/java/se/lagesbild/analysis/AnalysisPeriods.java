package se.lagesbild.analysis;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;

import se.lagesbild.organisation.Organisation;
import se.lagesbild.reporting.Schedules;
import se.lagesbild.shared.NotFoundException;
import se.lagesbild.shared.period.Period;
import se.lagesbild.shared.period.PeriodFormatException;
import se.lagesbild.shared.period.PeriodKind;

/**
 * The periods a county's analysis runs on: those of its picture schedule (monthly unless the county decided
 * otherwise). The default is the last completed period — the one whose pictures the county is assessing now.
 */
@Component
class AnalysisPeriods {

    /** How far back the period choice on the analysis pages reaches. */
    static final int CHOOSABLE = 36;

    private final Schedules schedules;
    private final Clock clock;

    AnalysisPeriods(Schedules schedules, Clock clock) {
        this.schedules = schedules;
        this.clock = clock;
    }

    PeriodKind kindOf(Organisation county) {
        return schedules.pictures(county.id()).periodKind();
    }

    /** The requested period, or the county's last completed one; a code of another kind is not found. */
    Period chosen(Organisation county, String code) {
        PeriodKind kind = kindOf(county);
        if (code == null || code.isBlank()) {
            return lastCompleted(kind);
        }
        return parse(code, kind);
    }

    Period lastCompleted(PeriodKind kind) {
        return kind.current(clock).previous();
    }

    /** The periods a user can choose between, newest first. */
    List<Period> choosable(PeriodKind kind) {
        var oldestFirst = PeriodKind.lastN(lastCompleted(kind), CHOOSABLE);
        var newestFirst = new java.util.ArrayList<>(oldestFirst);
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    static Period parse(String code, PeriodKind kind) {
        try {
            Period period = Period.parse(code);
            if (period.kind() != kind) {
                throw new NotFoundException("period " + code + " is not a " + kind);
            }
            return period;
        } catch (PeriodFormatException e) {
            throw new NotFoundException("period " + code);
        }
    }
}
