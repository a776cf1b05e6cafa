package se.lagesbild.analysis;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lagesbild.analysis.AnalysisEvents.RegionalAnalysisPublished;
import se.lagesbild.analysis.AnalysisEvents.RegionalAnalysisWithdrawn;
import se.lagesbild.form.MeasuredTheme;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.Organisations;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.InvalidInputException;
import se.lagesbild.shared.NotFoundException;
import se.lagesbild.shared.OutOfScopeException;
import se.lagesbild.shared.RefusedInputException;
import se.lagesbild.shared.StaleEditException;
import se.lagesbild.shared.period.Period;
import tools.jackson.databind.json.JsonMapper;

/**
 * The county's written regional pictures: drafts saved by the county's coordinators (with optimistic locking, so
 * that two coordinators never overwrite each other unseen), published with a snapshot of the figures, read by the
 * county's municipalities and by national readers once published.
 */
@Service
public class RegionalAnalyses {

    static final int TEXT_MAX_LENGTH = 8000;
    static final int THEME_TEXT_MAX_LENGTH = 4000;
    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    /** A regional analysis with the organisation and period it belongs to, for lists. */
    public record Listed(RegionalAnalysis analysis, Organisation county, Period period) {
    }

    private final RegionalAnalysisRepository repository;
    private final AnalysisAccess access;
    private final AnalysisPeriods periods;
    private final CountyAnalysis countyAnalysis;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RegionalAnalyses(RegionalAnalysisRepository repository, AnalysisAccess access, AnalysisPeriods periods,
                     CountyAnalysis countyAnalysis, Organisations organisations, ApplicationEventPublisher events,
                     Clock clock) {
        this.repository = repository;
        this.access = access;
        this.periods = periods;
        this.countyAnalysis = countyAnalysis;
        this.organisations = organisations;
        this.events = events;
        this.clock = clock;
    }

    /** The analysis being written for the county and period, for its writers; empty before the first save. */
    @Transactional(readOnly = true)
    public Optional<RegionalAnalysis> forWriting(CurrentUser user, String countyCode, String periodCode) {
        Organisation county = writable(user, countyCode);
        Period period = periods.chosen(county, periodCode);
        return repository.findByCountyIdAndPeriodCode(county.id(), period.code());
    }

    /**
     * Saves the texts of a draft. {@code expectedVersion} is the version the form was opened on (null for a new
     * analysis); if someone saved in between, nothing is written and the caller shows the conflict.
     */
    @Transactional
    public RegionalAnalysis save(CurrentUser user, String countyCode, String periodCode, Integer expectedVersion,
                                 AnalysisTexts texts) {
        Organisation county = writable(user, countyCode);
        Period period = periods.chosen(county, periodCode);
        check(texts);
        RegionalAnalysis analysis = current(county, period, expectedVersion)
                .orElseGet(() -> RegionalAnalysis.draft(county.id(), period.code(), user.getUsername(),
                        clock.instant()));
        analysis.write(texts, user.getUsername(), clock.instant());
        return store(analysis);
    }

    /** Publishes the draft with the figures as they stand now. */
    @Transactional
    public RegionalAnalysis publish(CurrentUser user, String countyCode, String periodCode, int expectedVersion) {
        Organisation county = writable(user, countyCode);
        Period period = periods.chosen(county, periodCode);
        RegionalAnalysis analysis = current(county, period, expectedVersion)
                .orElseThrow(() -> new NotFoundException("regional analysis " + countyCode + " " + periodCode));
        if (analysis.texts().summary().isEmpty()) {
            throw new InvalidInputException("summary", "regional.summary.required");
        }
        RegionalFigures figures = countyAnalysis.figures(county, period);
        analysis.publish(JSON.writeValueAsString(figures), user.getUsername(), clock.instant());
        RegionalAnalysis saved = store(analysis);
        events.publishEvent(new RegionalAnalysisPublished(saved.id(), county.id(), period.code(),
                user.getUsername()));
        return saved;
    }

    /** Takes a published analysis back to draft for a correction. */
    @Transactional
    public RegionalAnalysis withdraw(CurrentUser user, String countyCode, String periodCode, int expectedVersion) {
        Organisation county = writable(user, countyCode);
        Period period = periods.chosen(county, periodCode);
        RegionalAnalysis analysis = current(county, period, expectedVersion)
                .orElseThrow(() -> new NotFoundException("regional analysis " + countyCode + " " + periodCode));
        analysis.withdraw(user.getUsername(), clock.instant());
        RegionalAnalysis saved = store(analysis);
        events.publishEvent(new RegionalAnalysisWithdrawn(saved.id(), county.id(), period.code(),
                user.getUsername()));
        return saved;
    }

    /** A regional picture as a document: published ones for their readers, drafts for the county's view only. */
    @Transactional(readOnly = true)
    public RegionalDocument document(CurrentUser user, long id, Locale locale) {
        RegionalAnalysis analysis = repository.findById(id)
                .orElseThrow(() -> new NotFoundException("regional analysis " + id));
        Organisation county = requireReadable(user, analysis);
        Period period = Period.parse(analysis.periodCode());
        RegionalFigures figures = analysis.isPublished()
                ? JSON.readValue(analysis.figuresJson(), RegionalFigures.class)
                : countyAnalysis.figures(county, period);
        AnalysisTexts texts = analysis.texts();
        var themeTexts = new ArrayList<RegionalDocument.ThemeText>();
        for (MeasuredTheme theme : MeasuredTheme.values()) {
            AnalysisTexts.ThemeText text = texts.themes().get(theme);
            if (text != null && (!text.assessment().isEmpty() || !text.reasoning().isEmpty())) {
                themeTexts.add(new RegionalDocument.ThemeText(theme, text.assessment(), text.reasoning()));
            }
        }
        String label = "en".equals(locale.getLanguage()) ? period.labelEn() : period.labelSv();
        return new RegionalDocument(county.name(), period.code(), label, analysis.isPublished(),
                analysis.publishedAt(), analysis.publishedBy(), texts.summary(), texts.recommendations(),
                texts.countySupport(), themeTexts, figures);
    }

    /** The analysis behind a document id, for pages that need its state and version. */
    @Transactional(readOnly = true)
    public RegionalAnalysis get(CurrentUser user, long id) {
        RegionalAnalysis analysis = repository.findById(id)
                .orElseThrow(() -> new NotFoundException("regional analysis " + id));
        requireReadable(user, analysis);
        return analysis;
    }

    private Organisation requireReadable(CurrentUser user, RegionalAnalysis analysis) {
        Organisation county = organisations.get(analysis.countyId());
        boolean readable = analysis.isPublished() ? access.readsPublished(user, county)
                : access.seesCounty(user, county);
        if (!readable) {
            throw new OutOfScopeException("regional analysis " + analysis.id(), county.id());
        }
        return county;
    }

    /**
     * The municipalities whose observations behind the document's matrix this reader may open, by SCB code: all of
     * them for the county's view; a coordinator's own municipality; and, when the county shared the period's
     * observations, every municipality for the county's coordinators and contributors (the same rule as
     * {@link CellObservations}).
     */
    @Transactional(readOnly = true)
    public java.util.Set<String> observableMunicipalities(CurrentUser user, RegionalAnalysis analysis) {
        Organisation county = organisations.get(analysis.countyId());
        var codes = new java.util.HashSet<String>();
        for (Organisation municipality : organisations.childrenOf(county.id())) {
            boolean full = access.seesMunicipality(user, county, municipality);
            boolean shared = analysis.sharesObservations() && access.livesInCounty(user, county);
            if (full || shared) {
                codes.add(municipality.code());
            }
        }
        return codes;
    }

    /** The regional pictures a user may read: published ones in reach, plus drafts for the county's view. */
    @Transactional(readOnly = true)
    public List<Listed> visibleTo(CurrentUser user) {
        List<RegionalAnalysis> candidates = switch (user.role()) {
            case ADMIN, NATIONAL_READER -> repository.findPublished();
            case COUNTY_COORDINATOR, MUNICIPAL_COORDINATOR, CONTRIBUTOR ->
                    repository.findByCounties(List.of(user.scope().countyId()));
        };
        var listed = new ArrayList<Listed>();
        for (RegionalAnalysis analysis : candidates) {
            Organisation county = organisations.get(analysis.countyId());
            boolean visible = analysis.isPublished() || access.seesCounty(user, county);
            if (visible) {
                listed.add(new Listed(analysis, county, Period.parse(analysis.periodCode())));
            }
        }
        return listed;
    }

    private Organisation writable(CurrentUser user, String countyCode) {
        Organisation county = access.county(countyCode);
        if (!access.writesAnalysis(user, county)) {
            throw new OutOfScopeException("regional analysis of " + countyCode, county.id());
        }
        return county;
    }

    private Optional<RegionalAnalysis> current(Organisation county, Period period, Integer expectedVersion) {
        Optional<RegionalAnalysis> found = repository.findByCountyIdAndPeriodCode(county.id(), period.code());
        int actual = found.map(RegionalAnalysis::version).orElse(-1);
        int expected = expectedVersion == null ? -1 : expectedVersion;
        if (actual != expected) {
            throw new StaleEditException("regional analysis " + county.code() + " " + period.code());
        }
        return found;
    }

    private RegionalAnalysis store(RegionalAnalysis analysis) {
        try {
            return repository.save(analysis);
        } catch (OptimisticLockingFailureException | org.springframework.dao.DuplicateKeyException e) {
            throw new StaleEditException("regional analysis " + analysis.periodCode());
        }
    }

    private static void check(AnalysisTexts texts) {
        var checks = RefusedInputException.checks()
                .text("summary", texts.summary(), TEXT_MAX_LENGTH)
                .text("recommendations", texts.recommendations(), TEXT_MAX_LENGTH)
                .text("countySupport", texts.countySupport(), TEXT_MAX_LENGTH);
        for (MeasuredTheme theme : MeasuredTheme.values()) {
            AnalysisTexts.ThemeText text = texts.themes().getOrDefault(theme, AnalysisTexts.ThemeText.EMPTY);
            checks.text("assessment[" + theme.key() + "]", text.assessment(), THEME_TEXT_MAX_LENGTH)
                    .text("reasoning[" + theme.key() + "]", text.reasoning(), THEME_TEXT_MAX_LENGTH);
        }
        checks.throwIfAny();
    }
}
