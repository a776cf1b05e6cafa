package se.lagesbild.analysis;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lagesbild.analysis.AnalysisEvents.SignalAcknowledged;
import se.lagesbild.analysis.Signals.Signal;
import se.lagesbild.form.MeasuredTheme;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.InvalidInputException;
import se.lagesbild.shared.NotFoundException;
import se.lagesbild.shared.OutOfScopeException;
import se.lagesbild.shared.Role;
import se.lagesbild.shared.personaldata.PersonalDataGuard;
import se.lagesbild.shared.period.Period;
import se.lagesbild.shared.period.PeriodKind;

/**
 * The county page: the figures for a period with the signals raised in it and what the county noted about them.
 */
@Service
public class CountyOverviews {

    static final int NOTE_MAX_LENGTH = 1000;
    /** Persistent sector disagreement is judged over this many periods. */
    static final int SECTOR_PERIODS = 3;

    /** The county page for one period. */
    public record CountyOverview(Organisation county, Period period, List<Period> choosablePeriods,
                                 RegionalFigures figures, List<SignalView> signals, int minMunicipalities,
                                 Optional<RegionalAnalysis> analysis, boolean writesAnalysis) {

        public long openSignals() {
            return signals.stream().filter(signal -> signal.acknowledgement() == null).count();
        }
    }

    /** A signal with its explanation in words, for the municipality it concerns. */
    public record SignalView(Signal signal, String municipalityName, String municipalityCode, String explanation,
                             Acknowledgement acknowledgement) {
    }

    private final AnalysisAccess access;
    private final AnalysisPeriods periods;
    private final CountyAnalysis analysis;
    private final LevelReadings readings;
    private final SignalAcknowledgements acknowledgements;
    private final RegionalAnalysisRepository regionalAnalyses;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    CountyOverviews(AnalysisAccess access, AnalysisPeriods periods, CountyAnalysis analysis, LevelReadings readings,
                    SignalAcknowledgements acknowledgements, RegionalAnalysisRepository regionalAnalyses,
                    MessageSource messages, ApplicationEventPublisher events) {
        this.access = access;
        this.periods = periods;
        this.analysis = analysis;
        this.readings = readings;
        this.acknowledgements = acknowledgements;
        this.regionalAnalyses = regionalAnalyses;
        this.messages = messages;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public CountyOverview overview(CurrentUser user, String countyCode, String periodCode, Integer minMunicipalities,
                                   Locale locale) {
        Organisation county = access.requireCounty(user, countyCode);
        Period period = periods.chosen(county, periodCode);
        int min = minMunicipalities == null ? RecurringProblems.DEFAULT_MIN_MUNICIPALITIES
                : Math.max(2, Math.min(minMunicipalities, Math.max(2, analysis.municipalitiesOf(county).size())));
        LevelGrid grid = analysis.grid(county, period, CountyAnalysis.FIGURE_PERIODS);
        RegionalFigures figures = analysis.figures(county, period, grid, min);
        return new CountyOverview(county, period, periods.choosable(period.kind()), figures,
                signals(county, grid, period, locale), min,
                regionalAnalyses.findByCountyIdAndPeriodCode(county.id(), period.code()),
                access.writesAnalysis(user, county));
    }

    /** The signals of the county's last completed period, for a county coordinator's start page. */
    @Transactional(readOnly = true)
    public List<SignalView> latestSignals(CurrentUser user, Locale locale) {
        Long countyId = user.scope().countyId();
        if (user.role() != Role.COUNTY_COORDINATOR || countyId == null) {
            return List.of();
        }
        Organisation county = access.countyById(countyId);
        Period period = periods.chosen(county, null);
        return signals(county, analysis.grid(county, period, CountyAnalysis.FIGURE_PERIODS), period, locale);
    }

    /** The county coordinator's last completed period, which the start page speaks of. */
    public Period lastCompletedPeriod(CurrentUser user) {
        return periods.chosen(access.countyById(user.scope().countyId()), null);
    }

    List<SignalView> signals(Organisation county, LevelGrid grid, Period period, Locale locale) {
        List<Organisation> municipalities = analysis.municipalitiesOf(county);
        Map<Long, Organisation> byId = municipalities.stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
        List<Signal> found = detect(grid, period);
        Map<String, Acknowledgement> acknowledged = acknowledgements.of(county.id(),
                found.stream().map(Signal::key).toList());
        return found.stream().map(signal -> {
            Organisation municipality = byId.get(signal.municipalityId());
            return new SignalView(signal, municipality.name(), municipality.code(),
                    signal.explanation(messages, locale, municipality.name()), acknowledged.get(signal.key()));
        }).toList();
    }

    /** The signals of the period; sector disagreement looks at the contributions of the last few periods. */
    private List<Signal> detect(LevelGrid grid, Period period) {
        SectorGrid sectors = readings.sectors(grid.municipalityIds(), PeriodKind.lastN(period, SECTOR_PERIODS),
                EnumSet.allOf(MeasuredTheme.class));
        return Signals.detect(grid, sectors, period);
    }

    /** Notes that the county has looked at a signal of the period; only a signal raised in it can be noted. */
    @Transactional
    public void acknowledge(CurrentUser user, String countyCode, String periodCode, String signalKey, String note) {
        Organisation county = access.county(countyCode);
        if (!access.writesAnalysis(user, county)) {
            throw new OutOfScopeException("signals of county " + countyCode, county.id());
        }
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("note", "signal.note.required");
        }
        if (text.length() > NOTE_MAX_LENGTH) {
            throw new InvalidInputException("note", "signal.note.tooLong");
        }
        PersonalDataGuard.requireNone("note", text);
        Period period = periods.chosen(county, periodCode);
        LevelGrid grid = analysis.grid(county, period, CountyAnalysis.FIGURE_PERIODS);
        boolean raised = detect(grid, period).stream().anyMatch(s -> s.key().equals(signalKey));
        if (!raised) {
            throw new NotFoundException("signal " + signalKey);
        }
        acknowledgements.acknowledge(county.id(), signalKey, text, user.getUsername());
        events.publishEvent(new SignalAcknowledged(county.id(), signalKey, user.getUsername()));
    }
}
