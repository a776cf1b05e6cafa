package se.lagesbild.form;

import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lagesbild.form.FormEvents.FormCreated;
import se.lagesbild.form.FormEvents.FormImported;
import se.lagesbild.form.FormEvents.FormVersionPublished;
import se.lagesbild.form.FormEvents.FormVersionRetired;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.Organisations;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.InvalidInputException;
import se.lagesbild.shared.NotFoundException;
import se.lagesbild.shared.OutOfScopeException;
import se.lagesbild.shared.StaleEditException;

/** Forms and their versions: reading within scope, creating, editing drafts, publishing and retiring. */
@Service
@Transactional(readOnly = true)
public class Forms {

    private final FormRepository forms;
    private final FormVersionRepository versions;
    private final FormAccess access;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Forms(FormRepository forms, FormVersionRepository versions, FormAccess access, Organisations organisations,
          ApplicationEventPublisher events, Clock clock) {
        this.forms = forms;
        this.versions = versions;
        this.access = access;
        this.organisations = organisations;
        this.events = events;
        this.clock = clock;
    }

    /** A form with its versions (newest first) and whether the user may change it. */
    public record FormOverview(Form form, List<FormVersion> versions, boolean manageable) {

        public Optional<FormVersion> current() {
            return versions.stream().filter(v -> v.status() == VersionStatus.PUBLISHED).findFirst();
        }

        public Optional<FormVersion> draft() {
            return versions.stream().filter(FormVersion::isDraft).findFirst();
        }
    }

    public List<FormOverview> visibleTo(CurrentUser user) {
        return forms.findAll().stream()
                .filter(form -> access.mayRead(user, form))
                .sorted(java.util.Comparator.comparing((Form f) -> f.name().sv(), Organisations.SWEDISH_ORDER))
                .map(form -> overview(user, form))
                .toList();
    }

    public FormOverview overview(CurrentUser user, long formId) {
        return overview(user, readable(user, formId));
    }

    private FormOverview overview(CurrentUser user, Form form) {
        return new FormOverview(form, versions.findByFormNewestFirst(form.id()), access.mayManage(user, form));
    }

    public Form readable(CurrentUser user, long formId) {
        Form form = forms.findById(formId).orElseThrow(() -> new NotFoundException("form " + formId));
        if (!access.mayRead(user, form)) {
            throw new OutOfScopeException("form " + formId, form.ownerId());
        }
        return form;
    }

    public FormVersion readableVersion(CurrentUser user, long versionId) {
        FormVersion version = versions.findById(versionId)
                .orElseThrow(() -> new NotFoundException("form version " + versionId));
        readable(user, version.formId());
        return version;
    }

    /** The published version reports of this form are made on now. */
    public Optional<FormVersion> current(long formId) {
        return versions.findCurrent(formId);
    }

    public Optional<Form> findByKey(String formKey) {
        return forms.findByFormKey(formKey);
    }

    /**
     * A new form owned by the user's organisation. Its first draft is a copy of {@code startFrom} (a version the user
     * may read) or empty. A municipal coordinator's form is an extension of the form {@code startFrom} belongs to.
     */
    @Transactional
    public Form create(CurrentUser user, LocalizedText name, Long startFromVersionId) {
        if (!FormAccess.createsForms(user.role())) {
            throw new AccessDeniedException(user.role() + " creates no forms");
        }
        if (name.sv().isBlank()) {
            throw new InvalidInputException("nameSv", "NotBlank");
        }
        Organisation owner = access.homeOf(user);
        FormVersion template = startFromVersionId == null ? null : readableVersion(user, startFromVersionId);
        Long extendsFormId = null;
        FormDefinition content = template == null ? new FormDefinition(List.of()) : template.definition();
        if (owner.isMunicipality()) {
            if (template == null) {
                throw new InvalidInputException("startFrom", "form.extension.base.required");
            }
            extendsFormId = template.formId();
            if (forms.findExtension(extendsFormId, owner.id()).isPresent()) {
                throw new InvalidInputException("startFrom", "form.extension.exists");
            }
            content = new FormDefinition(List.of());
        }
        Form form = forms.save(Form.create(uniqueKey(name.sv(), owner), name, owner.id(), extendsFormId,
                clock.instant()));
        versions.save(FormVersion.draft(form.id(), 1, content, user.getUsername(), clock.instant()));
        events.publishEvent(new FormCreated(form.id(), form.formKey(), owner.id(), user.getUsername()));
        return form;
    }

    /** Opens the form's draft, starting one as a copy of the newest version when there is none. */
    @Transactional
    public FormVersion draftOf(CurrentUser user, long formId) {
        Form form = manageable(user, formId);
        return versions.findDraft(form.id()).orElseGet(() -> {
            FormVersion newest = versions.findByFormNewestFirst(form.id()).get(0);
            return versions.save(newest.nextDraft(user.getUsername(), clock.instant()));
        });
    }

    /**
     * Applies one edit to a draft. The edit is refused when it adds a problem the draft did not have, so a draft
     * never gets worse; the problems say where, for the editor to show at the field.
     */
    @Transactional
    public FormVersion revise(CurrentUser user, long versionId, int expectedVersion, UnaryOperator<FormDefinition> edit) {
        FormVersion version = manageableVersion(user, versionId);
        if (!version.isDraft()) {
            throw new VersionFrozenException(version.id(), version.status());
        }
        if (version.version() != expectedVersion) {
            throw new StaleEditException("form version " + versionId);
        }
        FormDefinition before = version.definition();
        FormDefinition after = edit.apply(before);
        Form form = forms.findById(version.formId()).orElseThrow();
        var added = new ArrayList<>(problems(form, after));
        added.removeAll(problems(form, before));
        if (!added.isEmpty()) {
            throw new InvalidFormException(added);
        }
        version.revise(after);
        return versions.save(version);
    }

    /** Replaces a draft's content with an imported document, all or nothing. */
    @Transactional
    public FormVersion importInto(CurrentUser user, long formId, FormDocument document, String format) {
        Form form = manageable(user, formId);
        List<FormProblem> problems = problems(form, document.definition());
        if (!problems.isEmpty()) {
            throw new InvalidFormException(problems);
        }
        FormVersion draft = draftOf(user, formId);
        draft.revise(document.definition());
        FormVersion saved = versions.save(draft);
        events.publishEvent(new FormImported(form.id(), saved.id(), format, form.ownerId(), user.getUsername()));
        return saved;
    }

    @Transactional
    public FormVersion publish(CurrentUser user, long versionId, int expectedVersion) {
        FormVersion version = manageableVersion(user, versionId);
        if (!version.isDraft()) {
            throw new VersionFrozenException(version.id(), version.status());
        }
        if (version.version() != expectedVersion) {
            throw new StaleEditException("form version " + versionId);
        }
        Form form = forms.findById(version.formId()).orElseThrow();
        List<FormProblem> problems = problems(form, version.definition());
        if (!problems.isEmpty()) {
            throw new InvalidFormException(problems);
        }
        if (version.definition().questions().findAny().isEmpty()) {
            throw new InvalidInputException("definition", "form.publish.empty");
        }
        // the version it replaces stays readable for the reports made on it, but is offered no more
        versions.findCurrent(form.id()).ifPresent(previous -> {
            previous.retire();
            versions.save(previous);
        });
        version.publish(user.getUsername(), clock.instant());
        FormVersion saved = versions.save(version);
        events.publishEvent(new FormVersionPublished(form.id(), saved.id(), saved.number(), form.ownerId(),
                user.getUsername()));
        return saved;
    }

    @Transactional
    public FormVersion retire(CurrentUser user, long versionId) {
        FormVersion version = manageableVersion(user, versionId);
        version.retire();
        FormVersion saved = versions.save(version);
        Form form = forms.findById(version.formId()).orElseThrow();
        events.publishEvent(new FormVersionRetired(form.id(), saved.id(), saved.number(), form.ownerId(),
                user.getUsername()));
        return saved;
    }

    /** A version by id, for modules that hold its id already (a report answers on an exact version). */
    public FormVersion version(long versionId) {
        return versions.findById(versionId).orElseThrow(() -> new NotFoundException("form version " + versionId));
    }

    /** The municipality's published extension of this form, if it has one. */
    public Optional<FormVersion> currentExtension(long baseFormId, long municipalityId) {
        return forms.findExtension(baseFormId, municipalityId).flatMap(form -> versions.findCurrent(form.id()));
    }

    /** A base version's themes followed by those of an extension version (if any). */
    public static FormDefinition combine(FormVersion base, FormVersion extension) {
        if (extension == null) {
            return base.definition();
        }
        var themes = new ArrayList<>(base.definition().themes());
        themes.addAll(extension.definition().themes());
        return new FormDefinition(themes);
    }

    /**
     * The questions a municipality answers on a version of a county or national form: that version's, followed by the
     * themes of the municipality's own published extension, if it has one.
     */
    public FormDefinition effectiveFor(FormVersion base, long municipalityId) {
        return combine(base, currentExtension(base.formId(), municipalityId).orElse(null));
    }

    /**
     * The form rules, plus what keeps years of answers comparable: an extension never reuses a key of the form it
     * extends, and a key that was published once keeps its question type in every later version.
     */
    private List<FormProblem> problems(Form form, FormDefinition definition) {
        var problems = new ArrayList<>(FormRules.check(definition, reservedKeys(form)));
        var publishedTypes = new java.util.HashMap<String, QuestionType>();
        versions.findByFormNewestFirst(form.id()).stream().filter(v -> !v.isDraft())
                .forEach(v -> v.definition().questions().forEach(q -> publishedTypes.putIfAbsent(q.key(), q.type())));
        for (Theme theme : definition.themes()) {
            for (Question question : theme.questions()) {
                QuestionType earlier = publishedTypes.get(question.key());
                if (earlier != null && question.type() != null && earlier != question.type()) {
                    problems.add(FormProblem.atQuestion(theme.key(), question.key(), "type",
                            "form.problem.key.typeChanged", question.key(), earlier.spreadsheetName()));
                }
            }
        }
        return problems;
    }

    /** An extension must not reuse any key of the form it extends, in any of its versions. */
    private Set<String> reservedKeys(Form form) {
        if (!form.isExtension()) {
            return Set.of();
        }
        var keys = new HashSet<String>();
        versions.findByFormNewestFirst(form.extendsFormId()).forEach(version -> {
            version.definition().questions().forEach(question -> keys.add(question.key()));
            version.definition().themes().forEach(theme -> keys.add(theme.key()));
        });
        return keys;
    }

    public Form manageable(CurrentUser user, long formId) {
        Form form = readable(user, formId);
        if (!access.mayManage(user, form)) {
            throw new AccessDeniedException("may not manage form " + formId);
        }
        return form;
    }

    public FormVersion manageableVersion(CurrentUser user, long versionId) {
        FormVersion version = readableVersion(user, versionId);
        manageable(user, version.formId());
        return version;
    }

    private String uniqueKey(String name, Organisation owner) {
        String slug = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String base = (slug.isEmpty() ? "formular" : slug.length() > 60 ? slug.substring(0, 60) : slug)
                + "-" + owner.code().toLowerCase(Locale.ROOT);
        String key = base;
        for (int n = 2; forms.existsByFormKey(key); n++) {
            key = base + "-" + n;
        }
        return key;
    }
}
