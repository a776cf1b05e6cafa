package se.lagesbild.network;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lagesbild.network.EvaluationResults.NamedAnswer;
import se.lagesbild.network.EvaluationResults.PriorityResult;
import se.lagesbild.network.NetworkAccess.Network;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.Organisations;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.NotFoundException;
import se.lagesbild.shared.OutOfScopeException;
import se.lagesbild.shared.RefusedInputException;
import se.lagesbild.shared.Role;
import se.lagesbild.shared.StaleEditException;
import se.lagesbild.shared.Timestamps;

/**
 * The year-end evaluation of a network's priorities: the county's coordinators open it (anonymous or not) and close
 * it; members with accounts answer it once and may correct their answer until it closes; the county's coordinators
 * and administrators see the aggregated results once it is closed.
 *
 * <p><b>How anonymity holds in the data.</b> Who has answered ({@code network_evaluation_respondent}: year and
 * account) is kept apart from what was answered ({@code network_evaluation_answer} and its ratings). An anonymous
 * answer never holds the account: while the evaluation is open it holds only a keyed hash of the year and account
 * (HMAC-SHA-256 under a random key of that evaluation, {@code network_year.evaluation_pepper}), so that the respondent
 * can find and correct their own answer and a listing of the answers names nobody. Answers have random ids (not a
 * sequence) and no times. Closing erases the key and rewrites all anonymous answers in one transaction, in random
 * order, with new random ids and without the hash: from then on nothing in the rows, their ids, their order or (on
 * PostgreSQL) the transaction that wrote them links an answer to a respondent, not even for someone holding the key.
 * While open, someone with direct database access and the key could still compute the link, which is why results are
 * only shown once the evaluation is closed. A non-anonymous evaluation stores the account with the answer and its
 * results list who answered what.
 */
@Service
public class NetworkEvaluations {

    static final int COMMENT_MAX = 2000;
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * A year's evaluation as one user sees it: whether they may answer it now, their own answer when they have given
     * one (to correct it), and how many of the members with accounts have answered.
     */
    public record EvaluationView(NetworkPriorities.YearView year, boolean canAnswer, EvaluationAnswer ownAnswer) {
    }

    /** An open evaluation the user has not answered yet, for the start page. */
    public record OpenEvaluation(Organisation county, int year) {
    }

    private final NetworkAccess access;
    private final NetworkPriorities priorities;
    private final Networks networks;
    private final PriorityYearRepository years;
    private final Organisations organisations;
    private final JdbcClient jdbc;
    private final Clock clock;

    NetworkEvaluations(NetworkAccess access, NetworkPriorities priorities, Networks networks,
                       PriorityYearRepository years, Organisations organisations, JdbcClient jdbc, Clock clock) {
        this.access = access;
        this.priorities = priorities;
        this.networks = networks;
        this.years = years;
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Opens the year's evaluation of its priorities, anonymous or not; the priorities are fixed from now on. */
    @Transactional
    public PriorityYear open(CurrentUser user, String countyCode, int year, int expectedVersion, boolean anonymous) {
        Network network = access.managed(user, countyCode);
        PriorityYear priorityYear = priorities.yearOf(network, year);
        if (!priorityYear.isSaved()) {
            throw new NetworkStateException("network.evaluation.noPriorities");
        }
        if (priorityYear.evaluationStatus() != EvaluationStatus.NOT_OPENED) {
            throw new NetworkStateException("network.evaluation.alreadyOpened");
        }
        Networks.requireVersion(priorityYear.version(), expectedVersion, "evaluation " + year);
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        priorityYear.open(anonymous, HexFormat.of().formatHex(key), user.getUsername(), clock.instant());
        return save(priorityYear);
    }

    /**
     * Closes the year's evaluation for good. An anonymous one has its answers rewritten so that nothing links them to
     * their respondents any more (see the class comment).
     */
    @Transactional
    public PriorityYear close(CurrentUser user, String countyCode, int year, int expectedVersion) {
        Network network = access.managed(user, countyCode);
        PriorityYear priorityYear = priorities.yearOf(network, year);
        if (!priorityYear.isSaved() || !lockOpen(priorityYear)) {
            throw new NetworkStateException("network.evaluation.notOpen");
        }
        Networks.requireVersion(priorityYear.version(), expectedVersion, "evaluation " + year);
        if (priorityYear.isAnonymous()) {
            unlinkAnswers(priorityYear.id());
        }
        priorityYear.close(user.getUsername(), clock.instant());
        return save(priorityYear);
    }

    @Transactional(readOnly = true)
    public EvaluationView evaluation(CurrentUser user, String countyCode, int year) {
        Network network = access.readable(user, countyCode);
        PriorityYear priorityYear = priorities.yearOf(network, year);
        var yearView = priorities.view(user, network, priorityYear);
        boolean canAnswer = priorityYear.isOpen() && yearView.member();
        EvaluationAnswer own = canAnswer ? ownAnswer(user, priorityYear).orElse(null) : null;
        return new EvaluationView(yearView, canAnswer, own);
    }

    /**
     * Records the member's answer, or corrects the one they gave: a respondent has at most one answer. Every priority
     * needs a rating (or "cannot say"); comments refuse personal data. A closed evaluation refuses answers (409).
     */
    @Transactional
    public void answer(CurrentUser user, String countyCode, int year, EvaluationAnswer answer) {
        Network network = access.readable(user, countyCode);
        PriorityYear priorityYear = priorities.yearOf(network, year);
        if (priorityYear.isClosed()) {
            throw new NetworkStateException("network.evaluation.closed");
        }
        if (!priorityYear.isOpen()) {
            throw new NetworkStateException("network.evaluation.notOpen");
        }
        if (!access.isMember(user, network)) {
            throw new AccessDeniedException("only members answer the network's evaluation");
        }
        int count = priorityYear.priorities().size();
        var checks = RefusedInputException.checks();
        var ratings = new ArrayList<Integer>();
        var comments = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            Integer rating = answer.ratings().get(i);
            if (rating == null || rating < EvaluationAnswer.CANNOT_SAY || rating > EvaluationAnswer.HIGH_DEGREE) {
                checks.problem("ratings[" + i + "]", "network.evaluation.rating.required");
            }
            String comment = Networks.strip(answer.comments().get(i));
            checks.text("comments[" + i + "]", comment, COMMENT_MAX);
            ratings.add(rating == null || rating == EvaluationAnswer.CANNOT_SAY ? null : rating);
            comments.add(comment);
        }
        String overall = Networks.strip(answer.overallComment());
        checks.text("overallComment", overall, COMMENT_MAX);
        checks.throwIfAny();
        // waits for a close in progress, and refuses if it closed meanwhile
        if (!lockOpen(priorityYear)) {
            throw new NetworkStateException("network.evaluation.closed");
        }
        try {
            store(user, priorityYear, ratings, comments, overall);
        } catch (DuplicateKeyException e) {
            // the same respondent answering twice at the same moment: one answer stands
            throw new StaleEditException("evaluation " + year);
        }
    }

    /** The aggregated results, for the county's coordinators and administrators; figures only once it is closed. */
    @Transactional(readOnly = true)
    public EvaluationResults results(CurrentUser user, String countyCode, int year) {
        Network network = access.readable(user, countyCode);
        if (!access.manages(user, network) && user.role() != Role.ADMIN) {
            throw new OutOfScopeException("evaluation results " + countyCode, network.county().id());
        }
        PriorityYear priorityYear = priorities.yearOf(network, year);
        if (!priorityYear.isSaved()) {
            throw new NotFoundException("evaluation " + year);
        }
        var yearView = priorities.view(user, network, priorityYear);
        if (!priorityYear.isClosed()) {
            return new EvaluationResults(network.county(), priorityYear, yearView.respondents(),
                    yearView.membersWithAccounts(), List.of(), List.of(), List.of());
        }
        List<StoredAnswer> answers = storedAnswers(priorityYear.id());
        var results = new ArrayList<PriorityResult>();
        List<PriorityYear.Priority> list = priorityYear.priorities();
        for (int i = 0; i < list.size(); i++) {
            int index = i;
            var counts = new ArrayList<>(Collections.nCopies(EvaluationAnswer.HIGH_DEGREE + 1, 0));
            int rated = 0;
            int sum = 0;
            var comments = new ArrayList<String>();
            for (StoredAnswer stored : answers) {
                Integer rating = stored.ratings().get(index);
                counts.set(rating == null ? EvaluationAnswer.CANNOT_SAY : rating,
                        counts.get(rating == null ? EvaluationAnswer.CANNOT_SAY : rating) + 1);
                if (rating != null) {
                    rated++;
                    sum += rating;
                }
                String comment = stored.comments().getOrDefault(index, "");
                if (!comment.isEmpty()) {
                    comments.add(comment);
                }
            }
            results.add(new PriorityResult(index, list.get(index), List.copyOf(counts), rated,
                    rated == 0 ? null : Math.round(10.0 * sum / rated) / 10.0, List.copyOf(comments)));
        }
        List<String> overall = answers.stream().map(StoredAnswer::overallComment).filter(c -> !c.isEmpty()).toList();
        List<NamedAnswer> named = priorityYear.isAnonymous() ? List.of() : namedAnswers(network, answers, list.size());
        return new EvaluationResults(network.county(), priorityYear, yearView.respondents(),
                yearView.membersWithAccounts(), results, overall, named);
    }

    /** The open evaluations of the user's network that the user, a member, has not answered yet. */
    @Transactional(readOnly = true)
    public List<OpenEvaluation> unansweredFor(CurrentUser user) {
        if (user.scope().countyId() == null || user.role() == Role.ADMIN || user.role() == Role.NATIONAL_READER) {
            return List.of();
        }
        Network network = access.network(organisations.get(user.scope().countyId()));
        if (!access.isMember(user, network)) {
            return List.of();
        }
        List<PriorityYear> open = years.findOpen(network.id());
        var answered = networks.answeredYearIds(user, open);
        return open.stream().filter(year -> !answered.contains(year.id()))
                .map(year -> new OpenEvaluation(network.county(), year.year())).toList();
    }

    private PriorityYear save(PriorityYear year) {
        try {
            return years.save(year);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEditException("evaluation " + year.year());
        }
    }

    /** Locks the year's row while its evaluation is open; false when it is not (or no longer) open. */
    private boolean lockOpen(PriorityYear year) {
        return !jdbc.sql("select id from network_year where id = :id and evaluation_status = 'OPEN' for update")
                .param("id", year.id()).query(Long.class).list().isEmpty();
    }

    private void store(CurrentUser user, PriorityYear year, List<Integer> ratings, List<String> comments,
                       String overall) {
        Optional<String> existing = ownAnswerId(user, year);
        String id;
        if (existing.isPresent()) {
            id = existing.get();
            jdbc.sql("update network_evaluation_answer set overall_comment = :comment where id = :id")
                    .param("comment", overall).param("id", id).update();
            jdbc.sql("delete from network_evaluation_rating where answer_id = :id").param("id", id).update();
        } else {
            id = UUID.randomUUID().toString();
            jdbc.sql("""
                            insert into network_evaluation_answer (id, year_id, account_id, respondent_token,
                                                                   overall_comment)
                            values (:id, :year, :account, :token, :comment)""")
                    .param("id", id).param("year", year.id())
                    .param("account", year.isAnonymous() ? null : user.accountId())
                    .param("token", year.isAnonymous() ? token(year, user) : null)
                    .param("comment", overall).update();
        }
        insertRatings(id, ratings, comments);
        jdbc.sql("""
                        insert into network_evaluation_respondent (year_id, account_id, answered_at)
                        select :year, :account, :now where not exists (
                            select 1 from network_evaluation_respondent where year_id = :year and account_id = :account)""")
                .param("year", year.id()).param("account", user.accountId()).param("now", Timestamps.now(clock))
                .update();
    }

    private void insertRatings(String answerId, List<Integer> ratings, List<String> comments) {
        for (int i = 0; i < ratings.size(); i++) {
            jdbc.sql("""
                            insert into network_evaluation_rating (answer_id, sort_order, rating, rating_comment)
                            values (:answer, :order, :rating, :comment)""")
                    .param("answer", answerId).param("order", i).param("rating", ratings.get(i))
                    .param("comment", comments.get(i)).update();
        }
    }

    /** The respondent's own answer: by account, or (anonymous) by their token while the evaluation is open. */
    private Optional<String> ownAnswerId(CurrentUser user, PriorityYear year) {
        if (year.isAnonymous()) {
            if (year.evaluationPepper() == null) {
                return Optional.empty();
            }
            return jdbc.sql("select id from network_evaluation_answer where year_id = :year and respondent_token = :t")
                    .param("year", year.id()).param("t", token(year, user)).query(String.class).optional();
        }
        return jdbc.sql("select id from network_evaluation_answer where year_id = :year and account_id = :account")
                .param("year", year.id()).param("account", user.accountId()).query(String.class).optional();
    }

    private Optional<EvaluationAnswer> ownAnswer(CurrentUser user, PriorityYear year) {
        return ownAnswerId(user, year).map(id -> {
            StoredAnswer stored = storedAnswers(year.id(), id).get(0);
            var ratings = new HashMap<Integer, Integer>();
            stored.ratings().forEach((index, rating) -> ratings.put(index,
                    rating == null ? EvaluationAnswer.CANNOT_SAY : rating));
            return new EvaluationAnswer(ratings, stored.comments(), stored.overallComment());
        });
    }

    /** HMAC-SHA-256 of the year and account under the evaluation's key: the account itself is never stored. */
    private static String token(PriorityYear year, CurrentUser user) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(HexFormat.of().parseHex(year.evaluationPepper()), "HmacSHA256"));
            byte[] hash = mac.doFinal((year.id() + ":" + user.accountId()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Rewrites the year's answers in random order with new ids and without any link to their respondents. */
    private void unlinkAnswers(long yearId) {
        List<StoredAnswer> answers = new ArrayList<>(storedAnswers(yearId));
        jdbc.sql("delete from network_evaluation_answer where year_id = :year").param("year", yearId).update();
        Collections.shuffle(answers, RANDOM);
        for (StoredAnswer answer : answers) {
            String id = UUID.randomUUID().toString();
            jdbc.sql("""
                            insert into network_evaluation_answer (id, year_id, account_id, respondent_token,
                                                                   overall_comment)
                            values (:id, :year, null, null, :comment)""")
                    .param("id", id).param("year", yearId).param("comment", answer.overallComment()).update();
            var ratings = new ArrayList<Integer>();
            var comments = new ArrayList<String>();
            answer.ratings().keySet().stream().sorted().forEach(index -> {
                ratings.add(answer.ratings().get(index));
                comments.add(answer.comments().getOrDefault(index, ""));
            });
            insertRatings(id, ratings, comments);
        }
    }

    /** An answer as stored: ratings (null: cannot say) and comments by the priority's place, the account if named. */
    private record StoredAnswer(String id, Long accountId, String overallComment, Map<Integer, Integer> ratings,
                                Map<Integer, String> comments) {
    }

    private List<StoredAnswer> storedAnswers(long yearId) {
        return storedAnswers(yearId, null);
    }

    /** The year's answers ordered by their (random) ids, or only the one with {@code onlyId}. */
    private List<StoredAnswer> storedAnswers(long yearId, String onlyId) {
        var answers = new LinkedHashMap<String, StoredAnswer>();
        var select = jdbc.sql("select id, account_id, overall_comment from network_evaluation_answer "
                        + "where year_id = :year" + (onlyId == null ? "" : " and id = :only") + " order by id")
                .param("year", yearId);
        if (onlyId != null) {
            select = select.param("only", onlyId);
        }
        select.query((rs, row) -> answers.put(rs.getString(1), new StoredAnswer(rs.getString(1),
                        (Long) rs.getObject(2, Long.class), rs.getString(3), new HashMap<>(), new HashMap<>())))
                .list();
        if (answers.isEmpty()) {
            return List.of();
        }
        jdbc.sql("select answer_id, sort_order, rating, rating_comment from network_evaluation_rating "
                        + "where answer_id in (:ids)")
                .param("ids", List.copyOf(answers.keySet()))
                .query((rs, row) -> {
                    StoredAnswer answer = answers.get(rs.getString(1));
                    answer.ratings().put(rs.getInt(2), rs.getObject(3, Integer.class));
                    answer.comments().put(rs.getInt(2), rs.getString(4));
                    return answer;
                }).list();
        return List.copyOf(answers.values());
    }

    private List<NamedAnswer> namedAnswers(Network network, List<StoredAnswer> answers, int priorityCount) {
        var names = new HashMap<Long, String>();
        jdbc.sql("""
                        select a.id, a.display_name, m.given_name, m.family_name from account a
                        left join network_member m on m.account_id = a.id and m.network_id = :network
                        where a.id in (select account_id from network_evaluation_answer where account_id is not null)""")
                .param("network", network.id())
                .query((rs, row) -> names.put(rs.getLong(1), rs.getString(3) == null ? rs.getString(2)
                        : rs.getString(3) + " " + rs.getString(4))).list();
        return answers.stream().map(answer -> {
            var ratings = new ArrayList<Integer>();
            var comments = new ArrayList<String>();
            for (int i = 0; i < priorityCount; i++) {
                ratings.add(answer.ratings().get(i));
                comments.add(answer.comments().getOrDefault(i, ""));
            }
            return new NamedAnswer(names.getOrDefault(answer.accountId(), "?"), ratings, comments,
                    answer.overallComment());
        }).sorted(Comparator.comparing(NamedAnswer::name, Organisations.SWEDISH_ORDER)).toList();
    }
}
