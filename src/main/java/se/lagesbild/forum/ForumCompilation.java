package se.lagesbild.forum;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lagesbild.form.FormDefinition;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.period.SwedishCalendar;

/**
 * What the county board sees of a forum: who registered and who answered (and who has not), and the submitted answers
 * compiled per question with every municipality side by side. Drafts stay the municipality's own. Read by the
 * county's coordinators and administrators; anyone else gets 404.
 */
@Service
public class ForumCompilation {

    /**
     * One invited municipality's state.
     *
     * @param response    DRAFT or SUBMITTED, or null when it has not started answering
     * @param submittedAt when its answers were submitted, or null
     * @param late        submitted after the registration deadline
     */
    public record MunicipalityState(Organisation municipality, List<Participant> participants,
                                    ResponseStatus response, Instant submittedAt, boolean late) {

        public boolean registered() {
            return !participants.isEmpty();
        }

        public boolean answered() {
            return response == ResponseStatus.SUBMITTED;
        }
    }

    /** Every invited municipality, in Swedish order. */
    public record Completeness(Forum forum, Organisation county, List<MunicipalityState> municipalities) {

        public long registered() {
            return municipalities.stream().filter(MunicipalityState::registered).count();
        }

        public long answered() {
            return municipalities.stream().filter(MunicipalityState::answered).count();
        }

        public long participants() {
            return municipalities.stream().mapToLong(m -> m.participants().size()).sum();
        }

        public List<Organisation> notAnswered() {
            return municipalities.stream().filter(m -> !m.answered()).map(MunicipalityState::municipality).toList();
        }
    }

    /** One municipality's answer to a question; empty text when it left the question unanswered. */
    public record MunicipalAnswer(String municipality, String text) {
    }

    public record CompiledQuestion(String key, String label, List<MunicipalAnswer> answers) {
    }

    /**
     * The submitted answers per question, in the document's language.
     *
     * @param answered    the municipalities whose answers are compiled, in Swedish order
     * @param notAnswered the invited municipalities without submitted answers
     * @param compiledAt  when the compilation was made
     */
    public record CompiledAnswers(Forum forum, String countyName, List<CompiledQuestion> questions,
                                  List<String> answered, List<String> notAnswered, Instant compiledAt,
                                  Locale locale) {
    }

    private final Forums forums;
    private final RegistrationRepository registrations;
    private final ForumResponseRepository responses;
    private final ForumAccess access;
    private final Clock clock;

    ForumCompilation(Forums forums, RegistrationRepository registrations, ForumResponseRepository responses,
                     ForumAccess access, Clock clock) {
        this.forums = forums;
        this.registrations = registrations;
        this.responses = responses;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Completeness completeness(CurrentUser user, long forumId) {
        Forum forum = forums.find(forumId);
        access.requireReadAll(user, forum);
        return completenessOf(forum);
    }

    private Completeness completenessOf(Forum forum) {
        Organisation county = access.organisation(forum.countyId());
        Map<Long, Registration> registered = registrations.findByForum(forum.id()).stream()
                .collect(Collectors.toMap(Registration::municipalityId, Function.identity()));
        Map<Long, ForumResponse> answered = responses.findByForum(forum.id()).stream()
                .collect(Collectors.toMap(ForumResponse::municipalityId, Function.identity()));
        Instant closes = forum.registrationDeadline().plusDays(1)
                .atStartOfDay(SwedishCalendar.ZONE).toInstant();
        var invited = forum.invitedIds();
        List<MunicipalityState> states = access.municipalitiesOf(county).stream()
                .filter(m -> invited.contains(m.id()))
                .map(m -> {
                    Registration registration = registered.get(m.id());
                    ForumResponse response = answered.get(m.id());
                    Instant submittedAt = response == null ? null : response.submittedAt();
                    return new MunicipalityState(m, registration == null ? List.of() : registration.participants(),
                            response == null ? null : response.status(), submittedAt,
                            submittedAt != null && !submittedAt.isBefore(closes));
                }).toList();
        return new Completeness(forum, county, states);
    }

    @Transactional(readOnly = true)
    public CompiledAnswers compiled(CurrentUser user, long forumId, Locale locale) {
        Forum forum = forums.find(forumId);
        access.requireReadAll(user, forum);
        Completeness completeness = completenessOf(forum);
        Map<Long, ForumResponse> submitted = responses.findByForum(forum.id()).stream()
                .filter(ForumResponse::isSubmitted)
                .collect(Collectors.toMap(ForumResponse::municipalityId, Function.identity()));
        List<Organisation> answering = completeness.municipalities().stream().map(MunicipalityState::municipality)
                .filter(m -> submitted.containsKey(m.id())).toList();
        FormDefinition questions = forums.questionsOf(forum);
        List<CompiledQuestion> compiled = questions.questions().map(q -> new CompiledQuestion(q.key(),
                q.label().in(locale), answering.stream().map(m -> new MunicipalAnswer(m.name(),
                        submitted.get(m.id()).answers().getOrDefault(q.key(), ""))).toList())).toList();
        return new CompiledAnswers(forum, completeness.county().name(), compiled,
                answering.stream().map(Organisation::name).toList(),
                completeness.notAnswered().stream().map(Organisation::name).toList(), clock.instant(), locale);
    }
}
