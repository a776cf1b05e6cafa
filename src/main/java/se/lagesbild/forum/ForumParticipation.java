package se.lagesbild.forum;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lagesbild.forum.ForumEvents.AnswersSubmitted;
import se.lagesbild.forum.ForumEvents.ParticipantsRegistered;
import se.lagesbild.form.FormDefinition;
import se.lagesbild.form.Question;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.RefusedInputException;
import se.lagesbild.shared.StaleEditException;

/**
 * An invited municipality's part in a forum, done by its coordinator: registering participants before the deadline,
 * and answering the questions (a draft of its own, then submitted). Both are saved with optimistic locking: a save
 * from a page opened before someone else's save is refused ({@link StaleEditException}) and the page keeps what was
 * typed.
 */
@Service
public class ForumParticipation {

    static final int NAME_MAX = 200;

    /** The registration page: the forum, the municipality and its registration so far (or null). */
    public record RegistrationView(Forum forum, Organisation municipality, Registration registration, boolean open) {
    }

    /** The answer page: the forum, the municipality, the questions and its answers so far (or null). */
    public record AnswerView(Forum forum, Organisation municipality, FormDefinition questions,
                             ForumResponse response) {
    }

    private final Forums forums;
    private final RegistrationRepository registrations;
    private final ForumResponseRepository responses;
    private final ForumAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ForumParticipation(Forums forums, RegistrationRepository registrations, ForumResponseRepository responses,
                       ForumAccess access, ApplicationEventPublisher events, Clock clock) {
        this.forums = forums;
        this.registrations = registrations;
        this.responses = responses;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public RegistrationView registration(CurrentUser user, long forumId) {
        Forum forum = participating(user, forumId);
        long municipality = user.scope().municipalityId();
        return new RegistrationView(forum, access.organisation(municipality),
                registrations.findOne(forumId, municipality).orElse(null),
                forum.registrationOpenAt(clock.instant()));
    }

    /**
     * Registers the municipality's participants, replacing those registered before; no participant at all withdraws
     * the registration (empty result). After the deadline nothing is accepted, and the refusal names the deadline.
     *
     * @param rows            the rows as the form has them, blank ones included
     * @param expectedVersion the registration's version the page showed, null when it showed none
     */
    @Transactional
    public Optional<Registration> register(CurrentUser user, long forumId, Integer expectedVersion,
                                           List<Participant> rows) {
        Forum forum = participating(user, forumId);
        if (!forum.registrationOpenAt(clock.instant())) {
            throw new ForumStateException("forum.registration.closed", forum.registrationDeadline());
        }
        long municipality = user.scope().municipalityId();
        Optional<Registration> existing = registrations.findOne(forumId, municipality);
        var checks = RefusedInputException.checks();
        List<Participant> participants = rows.stream().filter(p -> p != null && !p.isBlank()).toList();
        for (int i = 0; i < rows.size(); i++) {
            Participant row = rows.get(i);
            if (row == null || row.isBlank()) {
                continue;
            }
            String at = "participants[" + i + "].";
            checks.required(at + "name", row.name(), NAME_MAX, "forum.participant.name.required")
                    .required(at + "role", row.role(), NAME_MAX, "forum.participant.role.required");
        }
        if (participants.size() > forum.maxParticipants()) {
            checks.problem("participants", "forum.participants.tooMany", forum.maxParticipants());
        }
        if (participants.isEmpty() && existing.isEmpty()) {
            checks.problem("participants", "forum.participants.none");
        }
        checks.throwIfAny();
        if (existing.isPresent() && (expectedVersion == null || existing.get().version() != expectedVersion)) {
            throw new StaleEditException("registration to forum " + forumId);
        }
        try {
            if (participants.isEmpty()) {
                registrations.delete(existing.get());
                events.publishEvent(new ParticipantsRegistered(forumId, municipality, 0, user.getUsername()));
                return Optional.empty();
            }
            Registration registration = existing.map(r -> {
                r.replace(participants, user.getUsername(), clock.instant());
                return r;
            }).orElseGet(() -> Registration.of(forumId, municipality, participants, user.getUsername(),
                    clock.instant()));
            Registration saved = registrations.save(registration);
            events.publishEvent(new ParticipantsRegistered(forumId, municipality, participants.size(),
                    user.getUsername()));
            return Optional.of(saved);
        } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
            // someone else saved meanwhile, or started the same municipality's registration or answers first
            throw new StaleEditException("registration to forum " + forumId);
        }
    }

    @Transactional(readOnly = true)
    public AnswerView answers(CurrentUser user, long forumId) {
        Forum forum = participating(user, forumId);
        long municipality = user.scope().municipalityId();
        return new AnswerView(forum, access.organisation(municipality), forums.questionsOf(forum),
                responses.findOne(forumId, municipality).orElse(null));
    }

    /**
     * Saves the municipality's answers as a draft and, with {@code submit}, submits them. Every refused answer is
     * named at its question ({@code q.<key>}) and nothing is stored; submitting requires every required question to
     * be answered. A draft with no answer at all is not started (empty result).
     *
     * @param texts           answers by question key; keys that are not questions of the forum are ignored
     * @param expectedVersion the answers' version the page showed, null when it showed none
     */
    @Transactional
    public Optional<ForumResponse> saveAnswers(CurrentUser user, long forumId, Integer expectedVersion,
                                               Map<String, String> texts, boolean submit) {
        Forum forum = participating(user, forumId);
        long municipality = user.scope().municipalityId();
        Optional<ForumResponse> existing = responses.findOne(forumId, municipality);
        if (existing.isPresent() && existing.get().isSubmitted()) {
            throw new ForumStateException("forum.answers.alreadySubmitted");
        }
        FormDefinition questions = forums.questionsOf(forum);
        var checks = RefusedInputException.checks();
        var answers = new HashMap<String, String>();
        boolean anyAnswer = false;
        for (Question question : questions.questions().toList()) {
            String text = texts.getOrDefault(question.key(), "");
            text = text == null ? "" : text.strip();
            answers.put(question.key(), text);
            anyAnswer |= !text.isEmpty();
            checks.text("q." + question.key(), text, question.effectiveMaxLength());
            if (submit && question.required() && text.isEmpty()) {
                checks.problem("q." + question.key(), "forum.answer.required");
            }
        }
        if (submit && !anyAnswer && checks.isEmpty()) {
            questions.questions().findFirst().ifPresent(q -> checks.problem("q." + q.key(), "forum.answer.required"));
        }
        checks.throwIfAny();
        if (existing.isPresent() && (expectedVersion == null || existing.get().version() != expectedVersion)) {
            throw new StaleEditException("answers to forum " + forumId);
        }
        if (existing.isEmpty() && !anyAnswer) {
            return Optional.empty();
        }
        ForumResponse response = existing.orElseGet(() -> ForumResponse.draft(forumId, municipality,
                user.getUsername(), clock.instant()));
        response.answer(answers, user.getUsername(), clock.instant());
        if (submit) {
            response.submit(user.getUsername(), clock.instant());
        }
        ForumResponse saved;
        try {
            saved = responses.save(response);
        } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
            // someone else saved meanwhile, or started the same municipality's registration or answers first
            throw new StaleEditException("answers to forum " + forumId);
        }
        if (submit) {
            events.publishEvent(new AnswersSubmitted(forumId, municipality, user.getUsername()));
        }
        return Optional.of(saved);
    }

    private Forum participating(CurrentUser user, long forumId) {
        Forum forum = forums.find(forumId);
        access.requireParticipate(user, forum);
        return forum;
    }
}
