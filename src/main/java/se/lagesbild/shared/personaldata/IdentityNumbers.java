package se.lagesbild.shared.personaldata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import se.lagesbild.shared.personaldata.PersonalDataFinding.Kind;

/**
 * Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer, the day plus
 * 60) in the forms people write them: {@code YYMMDD-NNNN}, {@code YYMMDD+NNNN} (over 100 years old),
 * {@code YYMMDDNNNN}, {@code YYMMDD NNNN} and the same with a four-digit year. The date must exist and the
 * check digit must hold (Luhn over the ten-digit form), which is what keeps organisation numbers (month 20 or
 * more), case numbers and other long numbers out.
 */
final class IdentityNumbers {

    private static final Set<String> CENTURIES = Set.of("18", "19", "20");
    private static final int COORDINATION_DAY_OFFSET = 60;

    private IdentityNumbers() {
    }

    static Optional<Kind> kindOf(NumberChain chain) {
        if (chain.plus() || chain.anyBracketed() || !shapeFits(chain.groups())) {
            return Optional.empty();
        }
        String digits = chain.digits();
        String tenDigits = digits.length() == 12 ? digits.substring(2) : digits;
        if (digits.length() == 12 && !CENTURIES.contains(digits.substring(0, 2))) {
            return Optional.empty();
        }
        int day = Integer.parseInt(tenDigits.substring(4, 6));
        boolean coordination = day > COORDINATION_DAY_OFFSET;
        int birthDay = coordination ? day - COORDINATION_DAY_OFFSET : day;
        int month = Integer.parseInt(tenDigits.substring(2, 4));
        boolean dateExists = digits.length() == 12
                ? exists(Integer.parseInt(digits.substring(0, 4)), month, birthDay)
                : existsInSomeCentury(Integer.parseInt(tenDigits.substring(0, 2)), month, birthDay);
        if (!dateExists || !luhnHolds(tenDigits)) {
            return Optional.empty();
        }
        return Optional.of(coordination ? Kind.COORDINATION_NUMBER : Kind.PERSONAL_IDENTITY_NUMBER);
    }

    /** Ten or twelve digits in one group, or a date group of six or eight digits and a four-digit group. */
    private static boolean shapeFits(List<NumberChain.Group> groups) {
        if (groups.size() == 1) {
            int length = groups.get(0).digits().length();
            return length == 10 || length == 12;
        }
        if (groups.size() == 2) {
            int dateLength = groups.get(0).digits().length();
            return (dateLength == 6 || dateLength == 8) && groups.get(1).digits().length() == 4;
        }
        return false;
    }

    private static boolean existsInSomeCentury(int twoDigitYear, int month, int day) {
        return exists(1900 + twoDigitYear, month, day) || exists(2000 + twoDigitYear, month, day);
    }

    private static boolean exists(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > Month.of(month).maxLength()) {
            return false;
        }
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException noSuchDay) {
            return false;
        }
    }

    /** The Luhn check over the ten-digit form: weights 2, 1, 2, 1 … from the left, digit sums of products. */
    static boolean luhnHolds(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < tenDigits.length(); i++) {
            int product = (tenDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product > 9 ? product - 9 : product;
        }
        return sum % 10 == 0;
    }
}
