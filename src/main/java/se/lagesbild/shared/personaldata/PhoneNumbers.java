package se.lagesbild.shared.personaldata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import se.lagesbild.shared.personaldata.NumberChain.Group;

/**
 * Phone numbers as people write them. Swedish numbers start with a single 0 and have 8 to 10 digits: the area
 * code (08, 018, 070, 0910) and a subscriber number of 5 to 8 digits that does not start with 0, grouped by
 * spaces, with at most the hyphen after the area code ({@code 070-123 45 67}, {@code 08-123 456 78},
 * {@code 018-12 34 56}, {@code 0701234567}; all hyphens only in the ten-digit {@code 070-123-45-67}).
 * International numbers start with + and a country code and have 8 to 15 digits (10 to 15 after 00, so that
 * reference numbers with leading zeros stay out); {@code +46} and {@code 0046} numbers follow the Swedish
 * rules, with or without the trunk {@code (0)}.
 * <p>
 * That shape is what keeps the rest out: counts and money never start with 0, postal codes and case numbers
 * are too short or start with another digit, municipality codes (0180) have too short a subscriber part, and a
 * date written with leading zeros ({@code 09-12-2026}) has the wrong hyphens or is a date.
 */
final class PhoneNumbers {

    private static final Pattern AMOUNT_AFTER = Pattern.compile(
            "\\s?(?:%|(?:kr|kronor|sek|tkr|mkr|mnkr|msek|miljoner|miljarder|procent|st|stycken)(?!\\p{L}))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PHONE_WORD_BEFORE = Pattern.compile(
            "(?<!\\p{L})(?:tel|telefon\\p{L}*|mobil\\p{L}*|ring\\p{L}*|sms\\p{L}*|swish\\p{L}*|nås|kontakt\\p{L}*)"
                    + "(?!\\p{L})[^\\p{L}\\d]*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int WORDS_BEFORE = 30;
    private static final int SHORTEST_AFTER_PLUS = 8;
    /** Longer than after +: a reference number with leading zeros (0012345678) is not a call abroad. */
    private static final int SHORTEST_AFTER_DOUBLE_ZERO = 10;

    private PhoneNumbers() {
    }

    static boolean isPhoneNumber(NumberChain chain, String text) {
        if (chain.anySeparator('+') || AMOUNT_AFTER.matcher(text).region(chain.end(), text.length()).lookingAt()) {
            return false;
        }
        if (chain.plus()) {
            return international(chain, false);
        }
        Group first = chain.groups().get(0);
        if (!first.bracketed() && first.digits().startsWith("00")) {
            return international(chain, true);
        }
        return swedish(chain.groups());
    }

    /** Whether the words just before the number call it a phone number ("tel.", "ring", "mobil:"). */
    static boolean introducedAsPhone(String text, int start) {
        String before = text.substring(Math.max(0, start - WORDS_BEFORE), start);
        return PHONE_WORD_BEFORE.matcher(before).find();
    }

    /** After + or 00: the country code and the number; a bracketed (0) is the trunk prefix and does not count. */
    private static boolean international(NumberChain chain, boolean afterDoubleZero) {
        var digits = new StringBuilder();
        chain.groups().stream().filter(group -> !(group.bracketed() && group.digits().equals("0")))
                .forEach(group -> digits.append(group.digits()));
        String number = afterDoubleZero ? digits.substring(2) : digits.toString();
        if (number.isEmpty() || number.charAt(0) == '0') {
            return false;
        }
        if (number.startsWith("46")) {
            String national = number.substring(2);
            if (national.startsWith("0")) {
                national = national.substring(1);
            }
            return national.length() >= 7 && national.length() <= 9 && national.charAt(0) != '0';
        }
        int shortest = afterDoubleZero ? SHORTEST_AFTER_DOUBLE_ZERO : SHORTEST_AFTER_PLUS;
        return number.length() >= shortest && number.length() <= 15 && !groupedInThousands(chain.groups());
    }

    /** {@code +12 345 678} is a signed amount, not a phone number. */
    private static boolean groupedInThousands(List<Group> groups) {
        if (groups.size() < 2 || groups.get(0).digits().length() > 3) {
            return false;
        }
        return groups.stream().skip(1)
                .allMatch(group -> group.separator() == ' ' && !group.bracketed() && group.digits().length() == 3);
    }

    private static boolean swedish(List<Group> groups) {
        Group first = groups.get(0);
        if (!first.digits().startsWith("0") || first.digits().startsWith("00")) {
            return false;
        }
        if (groups.size() == 1) {
            int length = first.digits().length();
            return !first.bracketed() && length >= 8 && length <= 10;
        }
        String area = first.digits();
        List<Group> subscriberGroups = groups.subList(1, groups.size());
        var subscriber = new StringBuilder();
        subscriberGroups.forEach(group -> subscriber.append(group.digits()));
        int total = area.length() + subscriber.length();
        boolean shape = area.length() >= 2 && area.length() <= 4
                && subscriber.length() >= 5 && subscriber.length() <= 8 && subscriber.charAt(0) != '0'
                && total >= 8 && total <= 10
                && subscriberGroups.stream().noneMatch(Group::bracketed)
                && subscriberGroups.stream().allMatch(group -> group.digits().length() >= 2);
        return shape && hyphensFit(subscriberGroups, area, total) && !isDate(groups);
    }

    /** A hyphen after the area code only; hyphens throughout only in a ten-digit mobile-style number. */
    private static boolean hyphensFit(List<Group> subscriberGroups, String area, int total) {
        boolean laterHyphens = subscriberGroups.stream().skip(1).anyMatch(group -> group.separator() == '-');
        if (!laterHyphens) {
            return true;
        }
        return total == 10 && area.length() == 3
                && subscriberGroups.stream().allMatch(group -> group.separator() == '-');
    }

    /** {@code 09 12 2026} as day, month and year. */
    private static boolean isDate(List<Group> groups) {
        if (groups.size() != 3 || groups.get(2).digits().length() != 4) {
            return false;
        }
        try {
            LocalDate.of(Integer.parseInt(groups.get(2).digits()), Integer.parseInt(groups.get(1).digits()),
                    Integer.parseInt(groups.get(0).digits()));
            return true;
        } catch (DateTimeException | NumberFormatException notADate) {
            return false;
        }
    }
}
