package se.lagesbild.analysis.web;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.lagesbild.analysis.CountyOverviews;
import se.lagesbild.analysis.RegionalAnalyses;
import se.lagesbild.organisation.Organisations;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.Role;
import se.lagesbild.shared.web.StartPanel;

/**
 * The analysis on the start page: a county coordinator sees the signals of the last completed period that nobody has
 * acknowledged yet; everyone else in a county sees the latest regional picture published to them.
 */
@Component
class AnalysisStartPanel implements StartPanel {

    /** Signals are listed on the start page up to this many; the county page has them all. */
    static final int SIGNALS_SHOWN = 5;

    private final CountyOverviews overviews;
    private final RegionalAnalyses analyses;
    private final Organisations organisations;

    AnalysisStartPanel(CountyOverviews overviews, RegionalAnalyses analyses, Organisations organisations) {
        this.overviews = overviews;
        this.analyses = analyses;
        this.organisations = organisations;
    }

    @Override
    public Optional<Panel> panelFor(CurrentUser user, Locale locale) {
        var model = new HashMap<String, Object>();
        if (user.role() == Role.COUNTY_COORDINATOR) {
            var open = overviews.latestSignals(user, locale).stream()
                    .filter(signal -> signal.acknowledgement() == null).toList();
            model.put("county", organisations.get(user.scope().countyId()));
            model.put("openCount", open.size());
            model.put("signals", open.stream().limit(SIGNALS_SHOWN).toList());
            model.put("period", overviews.lastCompletedPeriod(user));
        }
        analyses.visibleTo(user).stream().filter(listed -> listed.analysis().isPublished())
                .max(Comparator.comparing(listed -> listed.analysis().periodCode()))
                .ifPresent(latest -> model.put("latest", latest));
        return model.isEmpty() ? Optional.empty() : Optional.of(new Panel(10, "analysis/start-panel", model));
    }
}
