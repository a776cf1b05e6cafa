package se.lagesbild.forum;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lagesbild.forum.ForumEvents.ForumChanged;
import se.lagesbild.forum.ForumEvents.ForumCreated;
import se.lagesbild.form.Form;
import se.lagesbild.form.FormDefinition;
import se.lagesbild.form.FormVersion;
import se.lagesbild.form.Forms;
import se.lagesbild.form.LocalizedText;
import se.lagesbild.form.Question;
import se.lagesbild.form.QuestionType;
import se.lagesbild.form.Theme;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.NotFoundException;
import se.lagesbild.shared.RefusedInputException;
import se.lagesbild.shared.Role;
import se.lagesbild.shared.StaleEditException;
import se.lagesbild.shared.period.SwedishCalendar;

/**
 * Forums and mapping rounds: creating and changing them (county coordinators), their question set as a published
 * form version, and reading them within scope (the list, the page, the start page).
 *
 * <p>Questions written on the forum become a county-owned form with one theme of free-text questions, created and
 * published through {@link Forms} as the coordinator, so the question set is a form version like any other. Once a
 * municipality has started answering, the question set no longer changes.
 */
@Service
public class Forums {

    static final int TITLE_MAX = 200;
    static final int TEXT_MAX = 4000;
    static final int PLACE_MAX = 300;
    static final int LINK_MAX = 500;
    static final int SLOT_TEXT_MAX = 300;
    static final int QUESTION_MAX = 1000;
    static final int MAX_SLOTS = 30;
    static final int MAX_PARTICIPANTS_LIMIT = 20;
    static final int START_PANEL_ITEMS = 5;
    static final String QUESTION_THEME = "fragor";
    private static final Pattern WEB_LINK = Pattern.compile("https?://[^\\s<>\"]+", Pattern.CASE_INSENSITIVE);

    /** A published form the coordinator may choose as the question set: free-text questions only. */
    public record FormChoice(long versionId, long formId, LocalizedText name, int number, int questions) {
    }

    /** A forum in a list, with what the reader may know about who registered and answered. */
    public record ForumListItem(Forum forum, Organisation county, int invited, int registered, int answered,
                                Registration ownRegistration, ForumResponse ownResponse) {
    }

    /**
     * A forum's page.
     *
     * @param ownRegistration the user's municipality's registration (municipal coordinators), or null
     * @param ownResponse     the user's municipality's answers (municipal coordinators), or null
     */
    public record ForumView(Forum forum, Organisation county, List<Organisation> invited, boolean allInvited,
                            FormDefinition questions, long formId, boolean manageable, boolean participates,
                            boolean readsAll, Registration ownRegistration, ForumResponse ownResponse,
                            boolean registrationOpen, boolean upcoming) {
    }

    /** What the start page shows: forums coming up, and forums whose questions the municipality has not answered. */
    public record StartItems(List<Forum> upcoming, List<Forum> unanswered) {

        public boolean isEmpty() {
            return upcoming.isEmpty() && unanswered.isEmpty();
        }
    }

    private final ForumRepository forums;
    private final RegistrationRepository registrations;
    private final ForumResponseRepository responses;
    private final ForumAccess access;
    private final Forms forms;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Forums(ForumRepository forums, RegistrationRepository registrations, ForumResponseRepository responses,
           ForumAccess access, Forms forms, ApplicationEventPublisher events, Clock clock) {
        this.forums = forums;
        this.registrations = registrations;
        this.responses = responses;
        this.access = access;
        this.forms = forms;
        this.events = events;
        this.clock = clock;
    }

    /** The forums the user may read, soonest first: a county's, those a municipality is invited to, or all. */
    @Transactional(readOnly = true)
    public List<ForumListItem> listFor(CurrentUser user) {
        List<Forum> found = visibleForums(user);
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> ids = found.stream().map(Forum::id).toList();
        Map<Long, List<Registration>> registered = registrations.findByForums(ids).stream()
                .collect(Collectors.groupingBy(Registration::forumId));
        Map<Long, List<ForumResponse>> answered = responses.findByForums(ids).stream()
                .collect(Collectors.groupingBy(ForumResponse::forumId));
        Long own = user.role() == Role.MUNICIPAL_COORDINATOR ? user.scope().municipalityId() : null;
        return found.stream().map(forum -> {
            List<Registration> regs = registered.getOrDefault(forum.id(), List.of());
            List<ForumResponse> resps = answered.getOrDefault(forum.id(), List.of());
            boolean all = access.readsAll(user, forum);
            return new ForumListItem(forum, access.organisation(forum.countyId()), forum.invitedIds().size(),
                    all ? regs.size() : 0, all ? (int) resps.stream().filter(ForumResponse::isSubmitted).count() : 0,
                    own == null ? null : regs.stream().filter(r -> r.municipalityId() == own).findFirst()
                            .orElse(null),
                    own == null ? null : resps.stream().filter(r -> r.municipalityId() == own).findFirst()
                            .orElse(null));
        }).toList();
    }

    private List<Forum> visibleForums(CurrentUser user) {
        return switch (user.role()) {
            case ADMIN -> forums.findAllByDate();
            case COUNTY_COORDINATOR -> user.scope().countyId() == null ? List.of()
                    : forums.findByCounty(user.scope().countyId());
            case MUNICIPAL_COORDINATOR, CONTRIBUTOR -> user.scope().municipalityId() == null ? List.of()
                    : forums.findInviting(user.scope().municipalityId());
            case NATIONAL_READER -> List.of();
        };
    }

    @Transactional(readOnly = true)
    public ForumView view(CurrentUser user, long id) {
        Forum forum = readable(user, id);
        FormVersion version = forms.version(forum.formVersionId());
        Organisation county = access.organisation(forum.countyId());
        List<Organisation> municipalities = access.municipalitiesOf(county);
        Set<Long> invited = forum.invitedIds();
        boolean participates = access.participates(user, forum);
        Long own = participates ? user.scope().municipalityId() : null;
        return new ForumView(forum, county,
                municipalities.stream().filter(m -> invited.contains(m.id())).toList(),
                municipalities.stream().allMatch(m -> invited.contains(m.id())),
                version.definition(), version.formId(), access.manages(user, forum), participates,
                access.readsAll(user, forum),
                own == null ? null : registrations.findOne(forum.id(), own).orElse(null),
                own == null ? null : responses.findOne(forum.id(), own).orElse(null),
                forum.registrationOpenAt(clock.instant()), forum.isUpcomingAt(clock.instant()));
    }

    /** A forum the user may read; otherwise 404. */
    @Transactional(readOnly = true)
    public Forum readable(CurrentUser user, long id) {
        Forum forum = find(id);
        access.requireRead(user, forum);
        return forum;
    }

    /** A forum the user may change; otherwise 404. */
    @Transactional(readOnly = true)
    public Forum manageable(CurrentUser user, long id) {
        Forum forum = find(id);
        access.requireManage(user, forum);
        return forum;
    }

    Forum find(long id) {
        return forums.findById(id).orElseThrow(() -> new NotFoundException("forum " + id));
    }

    /** The county the user creates forums for (county coordinators only; others 404). */
    @Transactional(readOnly = true)
    public Organisation countyOf(CurrentUser user) {
        return access.homeCounty(user);
    }

    /** The municipalities of a county, in Swedish order: who can be invited. */
    public List<Organisation> municipalitiesOf(Organisation county) {
        return access.municipalitiesOf(county);
    }

    /** The questions of a forum: the definition of its form version. */
    @Transactional(readOnly = true)
    public FormDefinition questionsOf(Forum forum) {
        return forms.version(forum.formVersionId()).definition();
    }

    /** Whether a municipality has started answering, which fixes the question set. */
    @Transactional(readOnly = true)
    public boolean questionsLocked(Forum forum) {
        return forum.id() != null && !responses.findByForum(forum.id()).isEmpty();
    }

    /** Published forms of free-text questions the user may read: what can be chosen as a forum's question set. */
    @Transactional(readOnly = true)
    public List<FormChoice> choosableForms(CurrentUser user) {
        return forms.visibleTo(user).stream()
                .filter(overview -> !overview.form().isExtension())
                .flatMap(overview -> overview.current().stream().map(version -> Map.entry(overview.form(), version)))
                .filter(entry -> isFreeText(entry.getValue().definition()))
                .map(entry -> new FormChoice(entry.getValue().id(), entry.getKey().id(), entry.getKey().name(),
                        entry.getValue().number(), (int) entry.getValue().definition().questions().count()))
                .toList();
    }

    static boolean isFreeText(FormDefinition definition) {
        return definition.questions().findAny().isPresent()
                && definition.questions().allMatch(q -> q.type() == QuestionType.TEXT && q.showWhen() == null);
    }

    /**
     * Creates a forum of the user's county. Every problem with what was written is refused at once, at its field, and
     * nothing is stored; otherwise questions written on the forum are made into a published form first.
     */
    @Transactional
    public Forum create(CurrentUser user, ForumDetails details, QuestionSet questions) {
        Organisation county = access.homeCounty(user);
        var checks = RefusedInputException.checks();
        check(checks, details, null);
        Set<Long> invited = invited(checks, county, details, null);
        Long chosenVersion = checkQuestions(checks, user, questions, null);
        checks.throwIfAny();
        long versionId;
        boolean own;
        if (questions.usesForm()) {
            versionId = chosenVersion;
            own = false;
        } else {
            versionId = newQuestionForm(user, details.title(), questions.writtenQuestions()).id();
            own = true;
        }
        Forum forum = forums.save(Forum.create(county.id(), details, invited, versionId, own, user.getUsername(),
                clock.instant()));
        events.publishEvent(new ForumCreated(forum.id(), county.id(), forum.kind(), user.getUsername()));
        return forum;
    }

    /**
     * Changes a forum; {@code expectedVersion} is the version its form was opened on. The question set changes only
     * while no municipality has started answering; after that the questions given are ignored.
     */
    @Transactional
    public Forum update(CurrentUser user, long id, int expectedVersion, ForumDetails details, QuestionSet questions) {
        Forum forum = manageable(user, id);
        Organisation county = access.organisation(forum.countyId());
        boolean locked = questionsLocked(forum);
        var checks = RefusedInputException.checks();
        check(checks, details, forum);
        Set<Long> invited = invited(checks, county, details, forum);
        Long chosenVersion = locked ? null : checkQuestions(checks, user, questions, forum);
        checks.throwIfAny();
        if (forum.version() != expectedVersion) {
            throw new StaleEditException("forum " + id);
        }
        if (!locked) {
            changeQuestions(user, forum, details.title(), questions, chosenVersion);
        }
        forum.apply(details, invited, user.getUsername(), clock.instant());
        Forum saved;
        try {
            saved = forums.save(forum);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEditException("forum " + id);
        }
        events.publishEvent(new ForumChanged(saved.id(), saved.countyId(), user.getUsername()));
        return saved;
    }

    /** Upcoming forums of the user, and for a municipal coordinator those whose questions are not answered yet. */
    @Transactional(readOnly = true)
    public StartItems startItems(CurrentUser user) {
        var now = clock.instant();
        List<Forum> upcoming = visibleForums(user).stream().filter(f -> f.isUpcomingAt(now))
                .sorted(Forum.BY_DATE).toList();
        List<Forum> unanswered = List.of();
        if (user.role() == Role.MUNICIPAL_COORDINATOR && !upcoming.isEmpty()) {
            long own = user.scope().municipalityId();
            Set<Long> submitted = responses.findByForums(upcoming.stream().map(Forum::id).toList()).stream()
                    .filter(r -> r.municipalityId() == own && r.isSubmitted()).map(ForumResponse::forumId)
                    .collect(Collectors.toSet());
            unanswered = upcoming.stream().filter(f -> !submitted.contains(f.id()))
                    .sorted(Comparator.comparing(Forum::registrationDeadline).thenComparing(Forum.BY_DATE))
                    .limit(START_PANEL_ITEMS).toList();
            Set<Long> listed = unanswered.stream().map(Forum::id).collect(Collectors.toSet());
            upcoming = upcoming.stream().filter(f -> !listed.contains(f.id())).toList();
        }
        return new StartItems(upcoming.stream().limit(START_PANEL_ITEMS).toList(), unanswered);
    }

    // --- checks -----------------------------------------------------------------------------------------------

    private void check(RefusedInputException.Checks checks, ForumDetails details, Forum existing) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), SwedishCalendar.ZONE);
        if (details.kind() == null) {
            checks.problem("kind", "forum.kind.required");
        }
        checks.required("title", details.title(), TITLE_MAX, "forum.title.required")
                .text("purpose", details.purpose(), TEXT_MAX);
        if (details.heldOn() == null) {
            checks.problem("heldOn", "forum.date.required");
        }
        if (details.startsAt() == null) {
            checks.problem("startsAt", "forum.time.required");
        } else if (details.endsAt() != null && !details.endsAt().isAfter(details.startsAt())) {
            checks.problem("endsAt", "forum.time.beforeStart");
        }
        checks.text("place", details.place(), PLACE_MAX);
        if (details.videoLink().length() > LINK_MAX) {
            checks.problem("videoLink", RefusedInputException.Checks.TOO_LONG, LINK_MAX);
        } else if (!details.videoLink().isEmpty() && !WEB_LINK.matcher(details.videoLink()).matches()) {
            checks.problem("videoLink", "forum.videoLink.invalid");
        }
        if (details.place().isEmpty() && details.videoLink().isEmpty()) {
            checks.problem("place", "forum.place.required");
        }
        LocalDate deadline = details.registrationDeadline();
        if (deadline == null) {
            checks.problem("registrationDeadline", "forum.deadline.required");
        } else {
            boolean changed = existing == null || !deadline.equals(existing.registrationDeadline());
            if (changed && deadline.isBefore(today)) {
                checks.problem("registrationDeadline", "forum.deadline.past");
            } else if (details.heldOn() != null && deadline.isAfter(details.heldOn())) {
                checks.problem("registrationDeadline", "forum.deadline.afterForum");
            }
        }
        Integer max = details.maxParticipants();
        if (max == null || max < 1 || max > MAX_PARTICIPANTS_LIMIT) {
            checks.problem("maxParticipants", "forum.maxParticipants.range", MAX_PARTICIPANTS_LIMIT);
        }
        List<ProgrammeItem> programme = details.programme();
        if (programme.stream().filter(item -> !item.isBlank()).count() > MAX_SLOTS) {
            checks.problem("programme", "forum.programme.tooMany", MAX_SLOTS);
        }
        for (int i = 0; i < programme.size(); i++) {
            ProgrammeItem item = programme.get(i);
            if (item.isBlank()) {
                continue;
            }
            String at = "programme[" + i + "].";
            if (item.startsAt() == null) {
                checks.problem(at + "startsAt", "forum.programme.start.required");
            } else if (item.endsAt() != null && !item.endsAt().isAfter(item.startsAt())) {
                checks.problem(at + "endsAt", "forum.time.beforeStart");
            }
            checks.required(at + "title", item.title(), SLOT_TEXT_MAX, "forum.programme.title.required")
                    .text(at + "speaker", item.speaker(), SLOT_TEXT_MAX);
        }
    }

    /** The invited municipalities' ids; a municipality that registered or answered cannot be taken off the list. */
    private Set<Long> invited(RefusedInputException.Checks checks, Organisation county, ForumDetails details,
                              Forum existing) {
        List<Organisation> municipalities = access.municipalitiesOf(county);
        Set<Long> invited = new LinkedHashSet<>();
        if (details.invitesAll()) {
            municipalities.forEach(m -> invited.add(m.id()));
        } else {
            Map<String, Organisation> byCode = municipalities.stream()
                    .collect(Collectors.toMap(Organisation::code, Function.identity()));
            for (String code : details.invitedCodes()) {
                Organisation municipality = byCode.get(code);
                if (municipality == null) {
                    checks.problem("invitees", "forum.invitees.unknown");
                    return invited;
                }
                invited.add(municipality.id());
            }
            if (invited.isEmpty()) {
                checks.problem("invitees", "forum.invitees.none");
            }
        }
        if (existing != null) {
            Set<Long> involved = new HashSet<>();
            registrations.findByForum(existing.id()).forEach(r -> involved.add(r.municipalityId()));
            responses.findByForum(existing.id()).forEach(r -> involved.add(r.municipalityId()));
            List<String> removed = municipalities.stream()
                    .filter(m -> involved.contains(m.id()) && !invited.contains(m.id())).map(Organisation::name)
                    .toList();
            if (!removed.isEmpty()) {
                checks.problem("invitees", "forum.invitees.inUse", String.join(", ", removed));
            }
        }
        return invited;
    }

    /** The chosen form version's id when a form is chosen (null otherwise, or when refused). */
    private Long checkQuestions(RefusedInputException.Checks checks, CurrentUser user, QuestionSet questions,
                                Forum existing) {
        if (questions.usesForm()) {
            long chosen = questions.formVersionId();
            boolean unchanged = existing != null && existing.formVersionId() == chosen;
            if (!unchanged && choosableForms(user).stream().noneMatch(c -> c.versionId() == chosen)) {
                checks.problem("formVersionId", "forum.questions.form.invalid");
                return null;
            }
            return chosen;
        }
        List<String> rows = questions.ownQuestions();
        List<String> written = questions.writtenQuestions();
        if (written.isEmpty()) {
            checks.problem("questions", "forum.questions.none");
        } else if (written.size() > QuestionSet.MAX_OWN_QUESTIONS) {
            checks.problem("questions", "forum.questions.tooMany", QuestionSet.MAX_OWN_QUESTIONS);
        }
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).isEmpty()) {
                checks.text("questions[" + i + "]", rows.get(i), QUESTION_MAX);
            }
        }
        return null;
    }

    private void changeQuestions(CurrentUser user, Forum forum, String title, QuestionSet questions,
                                 Long chosenVersion) {
        if (questions.usesForm()) {
            if (chosenVersion != forum.formVersionId()) {
                forum.useQuestions(chosenVersion, false);
            }
            return;
        }
        List<String> written = questions.writtenQuestions();
        FormVersion current = forms.version(forum.formVersionId());
        if (forum.ownForm() && labels(current.definition()).equals(written)) {
            return;
        }
        if (forum.ownForm()) {
            // a new version of the forum's own form: the earlier one is retired, never changed
            FormVersion draft = forms.draftOf(user, current.formId());
            FormVersion revised = forms.revise(user, draft.id(), draft.version(), d -> definition(written));
            forum.useQuestions(forms.publish(user, revised.id(), revised.version()).id(), true);
        } else {
            forum.useQuestions(newQuestionForm(user, title, written).id(), true);
        }
    }

    /** A county form with one theme of the written free-text questions, created and published as the user. */
    private FormVersion newQuestionForm(CurrentUser user, String title, List<String> written) {
        String name = "Frågor: " + title;
        Form form = forms.create(user, LocalizedText.of(name.length() > TITLE_MAX ? name.substring(0, TITLE_MAX)
                : name, ""), null);
        FormVersion draft = forms.draftOf(user, form.id());
        FormVersion revised = forms.revise(user, draft.id(), draft.version(), d -> definition(written));
        return forms.publish(user, revised.id(), revised.version());
    }

    static FormDefinition definition(List<String> written) {
        var questions = new ArrayList<Question>();
        for (int i = 0; i < written.size(); i++) {
            questions.add(new Question("q" + (i + 1), QuestionType.TEXT, LocalizedText.of(written.get(i), ""),
                    LocalizedText.EMPTY, true, null, null, null, null, List.of(), null));
        }
        return new FormDefinition(List.of(new Theme(QUESTION_THEME, LocalizedText.of("Frågor", "Questions"),
                questions)));
    }

    /** The Swedish labels of a definition's questions, in order. */
    public static List<String> labels(FormDefinition definition) {
        return definition.questions().map(q -> q.label().sv()).toList();
    }
}
