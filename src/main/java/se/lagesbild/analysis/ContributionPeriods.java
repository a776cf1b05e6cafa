package se.lagesbild.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.lagesbild.shared.period.Period;
import se.lagesbild.shared.period.PeriodKind;

/**
 * Which contribution periods feed which picture period. Units may report weekly or monthly (or on any kind no longer
 * than the picture's); a contribution belongs to the picture period that holds its middle day — for a week that is
 * its Thursday, the day ISO 8601 also uses to place a week in a year.
 */
final class ContributionPeriods {

    private ContributionPeriods() {
    }

    /** Every contribution period code whose middle day lies in one of the picture periods, mapped to that period. */
    static Map<String, Period> within(List<Period> picturePeriods) {
        var codes = new LinkedHashMap<String, Period>();
        if (picturePeriods.isEmpty()) {
            return codes;
        }
        PeriodKind pictureKind = picturePeriods.get(0).kind();
        for (Period picture : picturePeriods) {
            for (PeriodKind kind : PeriodKind.values()) {
                if (kind.compareTo(pictureKind) > 0) {
                    break;
                }
                Period candidate = kind.containing(picture.firstDay());
                while (!candidate.firstDay().isAfter(picture.lastDay())) {
                    if (picture.contains(middle(candidate))) {
                        codes.put(candidate.code(), picture);
                    }
                    candidate = candidate.next();
                }
            }
        }
        return codes;
    }

    static LocalDate middle(Period period) {
        long days = ChronoUnit.DAYS.between(period.firstDay(), period.lastDay());
        return period.firstDay().plusDays(days / 2);
    }
}
