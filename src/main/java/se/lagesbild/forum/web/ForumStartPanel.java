package se.lagesbild.forum.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.lagesbild.forum.Forums;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.web.StartPanel;

/**
 * Forums on the start page: for a municipal coordinator the coming forums whose questions the municipality has not
 * answered yet, with the deadline; for everyone who reads forums, the other forums coming up. Nothing when there are
 * none.
 */
@Component
class ForumStartPanel implements StartPanel {

    private final Forums forums;

    ForumStartPanel(Forums forums) {
        this.forums = forums;
    }

    @Override
    public Optional<Panel> panelFor(CurrentUser user, Locale locale) {
        var items = forums.startItems(user);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Panel(6, "forum/start-panel", Map.of("upcoming", items.upcoming(),
                "unanswered", items.unanswered())));
    }
}
