package se.lagesbild.shared.personaldata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import se.lagesbild.shared.personaldata.PersonalDataFinding.Kind;

/**
 * E-mail addresses, also with Swedish letters and written the way public websites hide them from harvesters:
 * {@code fornamn.efternamn(at)kommun.se}, {@code namn [at] kommun.se}.
 * <p>
 * Read outwards from each at sign by hand rather than with one regular expression: a pattern with a repeated
 * domain part recurses once per label and overflows the stack on long crafted input.
 */
final class EmailAddresses {

    private static final Pattern WRITTEN_AT = Pattern.compile("[(\\[]\\s?(?:at|snabel-?a)\\s?[)\\]]\\s?",
            Pattern.CASE_INSENSITIVE);

    private EmailAddresses() {
    }

    static List<PersonalDataFinding> in(String text) {
        var found = new ArrayList<PersonalDataFinding>();
        for (int i = 0; i < text.length(); i++) {
            int atStart;
            int atEnd;
            char c = text.charAt(i);
            if (c == '@') {
                atStart = i;
                atEnd = i + 1;
            } else if (c == '(' || c == '[') {
                var written = WRITTEN_AT.matcher(text).region(i, text.length());
                if (!written.lookingAt()) {
                    continue;
                }
                atStart = i > 0 && Character.isWhitespace(text.charAt(i - 1)) ? i - 1 : i;
                atEnd = written.end();
            } else {
                continue;
            }
            int start = localPartStart(text, atStart);
            int end = domainEnd(text, atEnd);
            if (start < atStart && isDomain(text.substring(atEnd, end))
                    && (found.isEmpty() || found.get(found.size() - 1).end() <= start)) {
                found.add(new PersonalDataFinding(Kind.EMAIL_ADDRESS, start, end, text.substring(start, end)));
                i = end - 1;
            }
        }
        return found;
    }

    private static int localPartStart(String text, int atStart) {
        int start = atStart;
        while (start > 0 && isLocalPartChar(text.charAt(start - 1))) {
            start--;
        }
        while (start < atStart && text.charAt(start) == '.') {
            start++;
        }
        return start;
    }

    /** A sentence may end right after the address: trailing dots and hyphens are not part of it. */
    private static int domainEnd(String text, int atEnd) {
        int end = atEnd;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '.'
                || text.charAt(end) == '-')) {
            end++;
        }
        while (end > atEnd && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
            end--;
        }
        return end;
    }

    /** Two or more labels that do not start or end with a hyphen, the last one at least two letters. */
    private static boolean isDomain(String domain) {
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (label.isEmpty() || label.startsWith("-") || label.endsWith("-")) {
                return false;
            }
        }
        String topLevel = labels[labels.length - 1];
        return topLevel.length() >= 2 && topLevel.chars().allMatch(Character::isLetter);
    }

    private static boolean isLocalPartChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }
}
