package se.lagesbild.network;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lagesbild.network.NetworkAccess.Network;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.NotFoundException;
import se.lagesbild.shared.RefusedInputException;
import se.lagesbild.shared.StaleEditException;

/**
 * The network's priorities per year: a few priorities (a title and what it means) that the county's coordinators set
 * and change until the year's evaluation is opened, read by everyone who reads the network.
 */
@Service
public class NetworkPriorities {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 2000;
    static final int PRIORITIES_MAX = 10;

    /**
     * A year of the network: its priorities and evaluation (an unsaved, empty year when nothing is set), whether the
     * user manages the network, is a member and has answered, how many have answered out of the members with
     * accounts, and the other years that have priorities.
     */
    public record YearView(Organisation county, PriorityYear year, boolean manageable, boolean member,
                           boolean answered, int respondents, int membersWithAccounts, List<Integer> years) {
    }

    private final NetworkAccess access;
    private final Networks networks;
    private final PriorityYearRepository years;
    private final JdbcClient jdbc;
    private final Clock clock;

    NetworkPriorities(NetworkAccess access, Networks networks, PriorityYearRepository years, JdbcClient jdbc,
                      Clock clock) {
        this.access = access;
        this.networks = networks;
        this.years = years;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public YearView year(CurrentUser user, String countyCode, int year) {
        Network network = access.readable(user, countyCode);
        return view(user, network, yearOf(network, year));
    }

    /**
     * The year for its priorities form: the user manages the network (404 otherwise) and the year's evaluation is not
     * opened (409 otherwise).
     */
    @Transactional(readOnly = true)
    public YearView editable(CurrentUser user, String countyCode, int year) {
        Network network = access.managed(user, countyCode);
        PriorityYear priorityYear = yearOf(network, year);
        if (priorityYear.evaluationStatus() != EvaluationStatus.NOT_OPENED) {
            throw new NetworkStateException("network.priorities.frozen");
        }
        return view(user, network, priorityYear);
    }

    YearView view(CurrentUser user, Network network, PriorityYear year) {
        boolean answered = year.isSaved() && !networks.answeredYearIds(user, List.of(year)).isEmpty();
        int respondents = year.isSaved() ? jdbc.sql("""
                        select count(*) from network_evaluation_respondent where year_id = :year""")
                .param("year", year.id()).query(Integer.class).single() : 0;
        int withAccounts = jdbc.sql("""
                        select count(*) from network_member where network_id = :network and account_id is not null""")
                .param("network", network.id()).query(Integer.class).single();
        List<Integer> all = years.findByNetwork(network.id()).stream().map(PriorityYear::year).toList();
        return new YearView(network.county(), year, access.manages(user, network), access.isMember(user, network),
                answered, respondents, withAccounts, all);
    }

    /**
     * Replaces the year's priorities with the non-blank rows of the form. {@code expectedVersion} is the version the
     * form was opened on (null for a year that had none). Once the evaluation is opened the priorities are fixed: 409.
     */
    @Transactional
    public PriorityYear save(CurrentUser user, String countyCode, int year, Integer expectedVersion,
                             List<PriorityDraft> drafts) {
        Network network = access.managed(user, countyCode);
        PriorityYear priorityYear = yearOf(network, year);
        if (priorityYear.evaluationStatus() != EvaluationStatus.NOT_OPENED) {
            throw new NetworkStateException("network.priorities.frozen");
        }
        var checks = RefusedInputException.checks();
        var accepted = new ArrayList<PriorityYear.Priority>();
        for (int i = 0; i < drafts.size(); i++) {
            PriorityDraft draft = drafts.get(i);
            if (draft == null || draft.isBlank()) {
                continue;
            }
            String title = Networks.strip(draft.title());
            String description = Networks.strip(draft.description());
            checks.required("titles[" + i + "]", title, TITLE_MAX, "network.priority.title.required");
            checks.text("descriptions[" + i + "]", description, DESCRIPTION_MAX);
            accepted.add(new PriorityYear.Priority(title, description));
        }
        if (accepted.isEmpty()) {
            checks.problem("titles[0]", "network.priorities.none.required");
        }
        if (accepted.size() > PRIORITIES_MAX) {
            checks.problem("titles[0]", "network.priorities.tooMany", PRIORITIES_MAX);
        }
        checks.throwIfAny();
        if (priorityYear.isSaved() && (expectedVersion == null || expectedVersion != priorityYear.version())) {
            throw new StaleEditException("priorities " + year);
        }
        priorityYear.replacePriorities(accepted, user.getUsername(), clock.instant());
        try {
            return years.save(priorityYear);
        } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
            throw new StaleEditException("priorities " + year);
        }
    }

    /** The year's row, or an empty unsaved year; 404 for a year outside {@value #FIRST_YEAR}–{@value #LAST_YEAR}. */
    PriorityYear yearOf(Network network, int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new NotFoundException("year " + year);
        }
        return years.findByNetworkAndYear(network.id(), year).orElse(PriorityYear.empty(network.id(), year));
    }
}
