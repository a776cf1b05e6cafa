package se.lagesbild.shared.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import se.lagesbild.shared.CurrentUser;

/**
 * A section another module adds to the start page (signals to look at, a newly published regional picture …). The
 * start page belongs to the organisation module, which must not depend on the modules that fill it; each of them
 * offers a panel through this interface instead.
 */
public interface StartPanel {

    /** The panel for this user, or empty when it has nothing for them. */
    Optional<Panel> panelFor(CurrentUser user, Locale locale);

    /**
     * @param order    where the panel goes among the others, lowest first
     * @param template the template holding a fragment {@code panel(model)}
     */
    record Panel(int order, String template, Map<String, Object> model) {
    }
}
