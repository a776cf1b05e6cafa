package se.lagesbild.action.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.lagesbild.action.ActionOverviews;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.web.StartPanel;

/**
 * Follow-ups on the start page: a coordinator sees the follow-ups of the plans they write that are overdue or due
 * within two weeks, overdue first. Nothing is shown when none is waiting.
 */
@Component
class ActionStartPanel implements StartPanel {

    private final ActionOverviews overviews;

    ActionStartPanel(ActionOverviews overviews) {
        this.overviews = overviews;
    }

    @Override
    public Optional<Panel> panelFor(CurrentUser user, Locale locale) {
        var due = overviews.dueFor(user);
        if (due.isEmpty()) {
            return Optional.empty();
        }
        long overdue = due.stream().filter(ActionOverviews.DueFollowUp::overdue).count();
        return Optional.of(new Panel(5, "action/start-panel", Map.of("due", due, "overdue", overdue)));
    }
}
