package se.lagesbild.shared.personaldata;

import java.util.ArrayList;
import java.util.List;

/**
 * A number as written in running text: digit groups joined by single separators (space, hyphen, plus), an
 * optional leading plus and groups in brackets such as {@code (0)} or {@code (08)}. The run is always taken
 * whole, so nothing is ever found inside a longer number.
 *
 * @param start where the number begins (its plus sign or bracket included)
 * @param end where it ends (exclusive)
 * @param plus whether it begins with a plus sign
 * @param groups the digit groups in order
 */
record NumberChain(int start, int end, boolean plus, List<Group> groups) {

    /** No separator before a group: the first group, or a group that touches a bracket. */
    static final char NONE = 0;

    /**
     * @param digits the group's digits
     * @param bracketed whether it was written in brackets
     * @param separator what came before it: ' ', '-', '+' or {@link #NONE}
     */
    record Group(String digits, boolean bracketed, char separator) {
    }

    String digits() {
        var digits = new StringBuilder();
        groups.forEach(group -> digits.append(group.digits()));
        return digits.toString();
    }

    boolean anySeparator(char separator) {
        return groups.stream().anyMatch(group -> group.separator() == separator);
    }

    boolean anyBracketed() {
        return groups.stream().anyMatch(Group::bracketed);
    }

    String excerpt(String text) {
        return text.substring(start, end);
    }

    /**
     * Every number in the text, except those that are part of something larger: a run directly joined by a
     * dot, comma, slash or colon to more digits is a date, time, decimal, version or diary number.
     */
    static List<NumberChain> in(String text) {
        var chains = new ArrayList<NumberChain>();
        int i = 0;
        while (i < text.length()) {
            if (!startsHere(text, i)) {
                i++;
                continue;
            }
            NumberChain chain = read(text, i);
            if (!joinedToMoreDigits(text, chain)) {
                chains.add(chain);
            }
            i = Math.max(chain.end(), i + 1);
        }
        return chains;
    }

    private static boolean startsHere(String text, int i) {
        char c = text.charAt(i);
        if (i > 0 && isDigit(text.charAt(i - 1))) {
            return false;
        }
        if (isDigit(c)) {
            return true;
        }
        if (c == '+') {
            return i + 1 < text.length() && (isDigit(text.charAt(i + 1)) || bracketEnd(text, i + 1) > 0);
        }
        return bracketEnd(text, i) > 0;
    }

    private static NumberChain read(String text, int start) {
        var groups = new ArrayList<Group>();
        boolean plus = text.charAt(start) == '+';
        int p = plus ? start + 1 : start;
        char separator = NONE;
        while (true) {
            int groupEnd = bracketEnd(text, p);
            boolean bracketed = groupEnd > 0;
            if (!bracketed) {
                groupEnd = p;
                while (groupEnd < text.length() && isDigit(text.charAt(groupEnd))) {
                    groupEnd++;
                }
            }
            String digits = bracketed ? text.substring(p + 1, groupEnd - 1) : text.substring(p, groupEnd);
            groups.add(new Group(digits, bracketed, separator));
            p = groupEnd;
            if (p >= text.length()) {
                break;
            }
            if (bracketEnd(text, p) > 0 || (bracketed && isDigit(text.charAt(p)))) {
                separator = NONE;
                continue;
            }
            char next = separator(text.charAt(p));
            if (next != NONE && p + 1 < text.length()
                    && (isDigit(text.charAt(p + 1)) || bracketEnd(text, p + 1) > 0)) {
                separator = next;
                p++;
                continue;
            }
            break;
        }
        return new NumberChain(start, p, plus, List.copyOf(groups));
    }

    /** The end (exclusive) of a bracketed group of one to four digits starting at {@code i}, or -1. */
    private static int bracketEnd(String text, int i) {
        if (i >= text.length() || text.charAt(i) != '(') {
            return -1;
        }
        int p = i + 1;
        while (p < text.length() && isDigit(text.charAt(p)) && p - i <= 4) {
            p++;
        }
        return p > i + 1 && p < text.length() && text.charAt(p) == ')' ? p + 1 : -1;
    }

    private static boolean joinedToMoreDigits(String text, NumberChain chain) {
        int before = chain.start() - 1;
        boolean joinedBefore = before >= 1 && isJoiner(text.charAt(before)) && isDigit(text.charAt(before - 1));
        int after = chain.end();
        boolean joinedAfter = after + 1 < text.length() && isJoiner(text.charAt(after))
                && isDigit(text.charAt(after + 1));
        return joinedBefore || joinedAfter;
    }

    private static boolean isJoiner(char c) {
        return c == '.' || c == ',' || c == '/' || c == ':';
    }

    /** Spaces (also no-break and thin ones) read as ' ', the hyphen and its look-alikes as '-'. */
    private static char separator(char c) {
        return switch (c) {
            case ' ', '\u00A0', '\u2009', '\u202F' -> ' ';
            case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2212' -> '-';
            case '+' -> '+';
            default -> NONE;
        };
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
