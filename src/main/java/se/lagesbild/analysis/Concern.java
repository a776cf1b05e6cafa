package se.lagesbild.analysis;

import se.lagesbild.form.MeasuredTheme;

/**
 * How worrying a level is. For every theme but one a higher level is worse; for protective factors a higher level is
 * better (strong civil society, associations). Rules that look for problems work on the concern, so that weakening
 * protective factors are found the same way as rising risks, and a strong protective level is never a "problem".
 */
public final class Concern {

    /** Levels run 0–4. */
    public static final int MAX_LEVEL = 4;

    private Concern() {
    }

    public static boolean higherIsBetter(MeasuredTheme theme) {
        return theme == MeasuredTheme.PROTECTIVE;
    }

    /** The level turned into concern (0 = no concern, 4 = most); null stays null. */
    public static Integer of(MeasuredTheme theme, Integer level) {
        if (level == null) {
            return null;
        }
        return higherIsBetter(theme) ? MAX_LEVEL - level : level;
    }

    /** Whether the change answer means the situation is getting worse. */
    public static boolean worsening(MeasuredTheme theme, Change change) {
        return higherIsBetter(theme) ? change == Change.DECREASING : change == Change.INCREASING;
    }
}
