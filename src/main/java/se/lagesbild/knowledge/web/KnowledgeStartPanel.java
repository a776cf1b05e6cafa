package se.lagesbild.knowledge.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.lagesbild.knowledge.KnowledgeBank;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.web.StartPanel;

/** New in the knowledge bank: up to five items of the last 30 days that the user reads. Nothing when there are none. */
@Component
class KnowledgeStartPanel implements StartPanel {

    private final KnowledgeBank bank;

    KnowledgeStartPanel(KnowledgeBank bank) {
        this.bank = bank;
    }

    @Override
    public Optional<Panel> panelFor(CurrentUser user, Locale locale) {
        var recent = bank.recent(user);
        if (recent.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Panel(20, "knowledge/start-panel", Map.of("items", recent)));
    }
}
