package se.lagesbild.network.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.lagesbild.network.NetworkEvaluations;
import se.lagesbild.network.NetworkMeetings;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.web.StartPanel;

/**
 * The county network on the start page: its meetings of the coming {@value #DAYS} days, for its members and the
 * county's coordinators, and its open evaluations the user (a member) has not answered. Nothing when there is neither.
 */
@Component
class NetworkStartPanel implements StartPanel {

    static final int DAYS = 60;

    private final NetworkMeetings meetings;
    private final NetworkEvaluations evaluations;

    NetworkStartPanel(NetworkMeetings meetings, NetworkEvaluations evaluations) {
        this.meetings = meetings;
        this.evaluations = evaluations;
    }

    @Override
    public Optional<Panel> panelFor(CurrentUser user, Locale locale) {
        var upcoming = meetings.upcomingFor(user, DAYS);
        var unanswered = evaluations.unansweredFor(user);
        if (upcoming.isEmpty() && unanswered.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Panel(6, "network/start-panel",
                Map.of("meetings", upcoming, "evaluations", unanswered, "days", DAYS)));
    }
}
