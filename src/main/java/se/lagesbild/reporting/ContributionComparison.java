package se.lagesbild.reporting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lagesbild.form.FormDefinition;
import se.lagesbild.form.Forms;
import se.lagesbild.form.FormView;
import se.lagesbild.form.Question;
import se.lagesbild.form.QuestionType;
import se.lagesbild.form.Theme;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.Organisations;
import se.lagesbild.organisation.Sector;
import se.lagesbild.organisation.Unit;
import se.lagesbild.organisation.Units;
import se.lagesbild.reporting.ContributionRows.Row;
import se.lagesbild.reporting.PictureBasis.Contributor;
import se.lagesbild.reporting.PictureBasis.Observation;
import se.lagesbild.reporting.PictureBasis.PeriodLevel;
import se.lagesbild.reporting.PictureBasis.ThemeComparison;
import se.lagesbild.reporting.PictureBasis.UnitAssessment;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.NotFoundException;
import se.lagesbild.shared.OutOfScopeException;
import se.lagesbild.shared.Role;
import se.lagesbild.shared.period.IsoWeek;
import se.lagesbild.shared.period.Month;
import se.lagesbild.shared.period.Period;
import se.lagesbild.shared.period.PeriodKind;

/**
 * The municipal picture's basis: a period's unit contributions side by side per measured theme. Questions are matched
 * to themes by their {@code measures} tag (the level, change and free-text questions of each theme), taken from the
 * picture's form and the contribution form, whose keys stay stable across versions. The contributions are those of
 * every period that belongs to the picture's (see {@link #periodsWithin}), fetched in one query with their answers.
 * Read by the municipality's coordinator, its county coordinator and administrators; raw contributions are never
 * shown to anyone else.
 */
@Service
@Transactional(readOnly = true)
public class ContributionComparison {

    private final ContributionRows rows;
    private final ReportRepository reports;
    private final Reports reportService;
    private final ReportingForms reportingForms;
    private final Forms forms;
    private final Organisations organisations;
    private final Units units;
    private final Schedules schedules;

    ContributionComparison(ContributionRows rows, ReportRepository reports, Reports reportService,
                           ReportingForms reportingForms, Forms forms, Organisations organisations, Units units,
                           Schedules schedules) {
        this.rows = rows;
        this.reports = reports;
        this.reportService = reportService;
        this.reportingForms = reportingForms;
        this.forms = forms;
        this.organisations = organisations;
        this.units = units;
        this.schedules = schedules;
    }

    /**
     * The weeks of a month (or any longer period) for reporting: an ISO week belongs to the month that holds its
     * Thursday, the same rule that gives an ISO week its year. Every week is thus in exactly one month; a month has
     * four or five weeks, and a week whose Monday is in the previous month (2023-W22, 29 May to 4 June) belongs to
     * the later month.
     */
    public static List<IsoWeek> weeksOf(Period period) {
        var weeks = new ArrayList<IsoWeek>();
        LocalDate thursday = period.firstDay().with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        for (; !thursday.isAfter(period.lastDay()); thursday = thursday.plusWeeks(1)) {
            weeks.add(IsoWeek.containing(thursday));
        }
        return weeks;
    }

    /** The month an ISO week belongs to (the month of its Thursday). */
    public static Month monthOf(IsoWeek week) {
        return Month.containing(anchor(week));
    }

    /**
     * The periods of one kind that belong to a picture's period: weeks by their Thursday, longer periods by their
     * first day (a month belongs to its tertial, a tertial to the picture of its first month).
     */
    public static List<Period> periodsWithin(Period period, PeriodKind kind) {
        if (kind == PeriodKind.WEEK) {
            return List.copyOf(weeksOf(period));
        }
        var periods = new ArrayList<Period>();
        for (Period p = kind.containing(period.firstDay()); !p.firstDay().isAfter(period.lastDay()); p = p.next()) {
            if (period.contains(p.firstDay())) {
                periods.add(p);
            }
        }
        return periods;
    }

    /** The day that places a contribution period in a picture's period. */
    private static LocalDate anchor(Period period) {
        return period instanceof IsoWeek ? period.firstDay().plusDays(3) : period.firstDay();
    }

    public PictureBasis basisFor(CurrentUser user, String municipalityCode, String periodCode) {
        Organisation municipality = organisations.findByCode(municipalityCode).filter(Organisation::isMunicipality)
                .orElseThrow(() -> new NotFoundException("municipality " + municipalityCode));
        return basisFor(user, municipality, periodCode);
    }

    /**
     * The basis of the municipality's picture for a period (a month code such as {@code 2026-03} by default).
     *
     * @throws NotFoundException     for an unknown municipality or a malformed period (an unknown page)
     * @throws OutOfScopeException   for a municipality outside the user's scope (also answered as not found)
     * @throws AccessDeniedException for roles that never see raw contributions: contributors, national readers
     */
    public PictureBasis basisFor(CurrentUser user, long municipalityId, String periodCode) {
        Organisation municipality = organisations.findById(municipalityId).filter(Organisation::isMunicipality)
                .orElseThrow(() -> new NotFoundException("municipality " + municipalityId));
        return basisFor(user, municipality, periodCode);
    }

    private PictureBasis basisFor(CurrentUser user, Organisation municipality, String periodCode) {
        if (!organisations.covers(user.scope(), municipality)) {
            throw new OutOfScopeException("municipality " + municipality.id(), municipality.id());
        }
        if (!readsBasis(user.role())) {
            throw new AccessDeniedException("may not read the contributions of municipality " + municipality.id());
        }
        Period period = period(periodCode);
        Optional<Report> picture = reports.findBySubjectAndPeriod("municipality:" + municipality.id(), period.code());
        FormDefinition pictureForm = picture.map(reportService::definitionOf)
                .orElseGet(() -> forms.effectiveFor(reportingForms.pictureForm(municipality.parentId()),
                        municipality.id()));
        FormDefinition contributionForm = forms.effectiveFor(reportingForms.contributionForm(municipality.id()),
                municipality.id());
        Map<String, Meaning> meanings = meanings(List.of(pictureForm, contributionForm));
        Schedule schedule = schedules.contributions(municipality.id());

        // contributions of every kind of period that belongs to the picture's, whatever the schedule said then
        Map<String, Period> candidates = new LinkedHashMap<>();
        for (PeriodKind kind : PeriodKind.values()) {
            periodsWithin(period, kind).forEach(p -> candidates.put(p.code(), p));
        }
        List<Row> found = rows.counted(municipality.id(), candidates.keySet(), meanings.keySet());
        List<UnitReports> byUnit = byUnit(found, meanings);

        // by the day each period ends, so the latest level is that of the most recent information
        Set<Period> columns = new TreeSet<>(Comparator.comparing(Period::lastDay).thenComparing(Period::firstDay));
        columns.addAll(periodsWithin(period, schedule.periodKind()));
        found.forEach(row -> columns.add(candidates.get(row.periodCode())));
        List<Period> ordered = List.copyOf(columns);

        List<ThemeComparison> themes = measuredLevels(pictureForm).stream()
                .map(level -> compare(level, pictureForm, byUnit, ordered, picture.orElse(null)))
                .toList();
        Set<Long> contributing = byUnit.stream().map(UnitReports::unitId).collect(Collectors.toSet());
        List<String> silent = units.inMunicipality(municipality.id()).stream()
                .filter(unit -> schedule.unitIds().contains(unit.id()) && !contributing.contains(unit.id()))
                .map(Unit::name).toList();
        List<Contributor> contributors = byUnit.stream().map(u -> new Contributor(u.unitId(), u.name(), u.sector(),
                ordered.stream().map(Period::code).filter(u.periods()::containsKey).toList())).toList();
        return new PictureBasis(municipality.id(), municipality.code(), municipality.name(), period, ordered, themes,
                contributors, silent, picture.map(ContributionComparison::summary).orElse(null));
    }

    private static boolean readsBasis(Role role) {
        return role == Role.ADMIN || role == Role.COUNTY_COORDINATOR || role == Role.MUNICIPAL_COORDINATOR;
    }

    /** What a question tells about a theme: its level, its change or what was observed. */
    private record Meaning(String theme, QuestionType type) {
    }

    /** The tagged level, change and free-text questions of the forms; the first form wins a key both have. */
    private static Map<String, Meaning> meanings(List<FormDefinition> definitions) {
        Map<String, Meaning> meanings = new LinkedHashMap<>();
        for (FormDefinition definition : definitions) {
            definition.questions()
                    .filter(q -> q.measures() != null && !q.measures().isBlank())
                    .filter(q -> q.type() == QuestionType.LEVEL || q.type() == QuestionType.CHANGE
                            || q.type() == QuestionType.TEXT)
                    .forEach(q -> meanings.putIfAbsent(q.key(), new Meaning(q.measures(), q.type())));
        }
        return meanings;
    }

    /** The first level question of each measured theme of the picture's form, in the form's order. */
    private static List<Question> measuredLevels(FormDefinition definition) {
        Map<String, Question> levels = new LinkedHashMap<>();
        definition.questions().filter(q -> q.type() == QuestionType.LEVEL && q.measures() != null
                        && !q.measures().isBlank())
                .forEach(q -> levels.putIfAbsent(q.measures(), q));
        return List.copyOf(levels.values());
    }

    /** One unit's counted contributions: per contribution period, per theme, its answers. */
    private record UnitReports(long unitId, String name, Sector sector,
                               Map<String, Map<Meaning, List<String>>> periods) {

        /** The answers of one kind for a theme in one period (several when two forms tag different keys). */
        List<String> answers(String period, String theme, QuestionType type) {
            return periods.getOrDefault(period, Map.of()).getOrDefault(new Meaning(theme, type), List.of());
        }
    }

    private static List<UnitReports> byUnit(List<Row> found, Map<String, Meaning> meanings) {
        Map<Long, UnitReports> units = new LinkedHashMap<>();
        for (Row row : found) {
            UnitReports unit = units.computeIfAbsent(row.unitId(),
                    id -> new UnitReports(id, row.unitName(), row.sector(), new LinkedHashMap<>()));
            Map<Meaning, List<String>> answers = unit.periods().computeIfAbsent(row.periodCode(),
                    code -> new LinkedHashMap<>());
            Meaning meaning = row.questionKey() == null ? null : meanings.get(row.questionKey());
            if (meaning != null && row.value() != null && !row.value().isBlank()) {
                answers.computeIfAbsent(meaning, r -> new ArrayList<>()).add(row.value());
            }
        }
        return units.values().stream()
                .sorted(Comparator.comparing(UnitReports::name, Organisations.SWEDISH_ORDER))
                .toList();
    }

    private static ThemeComparison compare(Question level, FormDefinition pictureForm, List<UnitReports> byUnit,
                                           List<Period> columns, Report picture) {
        String theme = level.measures();
        List<UnitAssessment> assessments = byUnit.stream().map(unit -> {
            List<PeriodLevel> levels = new ArrayList<>();
            String latestLevel = null;
            String latestChange = null;
            List<Observation> observations = new ArrayList<>();
            for (Period column : columns) {
                String code = column.code();
                if (!unit.periods().containsKey(code)) {
                    levels.add(new PeriodLevel(code, false, null));
                    continue;
                }
                String reportedLevel = first(unit.answers(code, theme, QuestionType.LEVEL));
                levels.add(new PeriodLevel(code, true, reportedLevel));
                latestLevel = reportedLevel != null ? reportedLevel : latestLevel;
                String reportedChange = first(unit.answers(code, theme, QuestionType.CHANGE));
                latestChange = reportedChange != null ? reportedChange : latestChange;
                unit.answers(code, theme, QuestionType.TEXT)
                        .forEach(text -> observations.add(new Observation(code, text)));
            }
            return new UnitAssessment(unit.unitId(), unit.name(), unit.sector(), levels, latestLevel, latestChange,
                    observations);
        }).toList();
        List<Integer> latest = assessments.stream().map(UnitAssessment::numericLatestLevel).filter(Objects::nonNull)
                .toList();
        return new ThemeComparison(theme, pictureForm.themeOf(level.key()).map(Theme::title).orElse(null),
                level.key(), picture == null ? "" : picture.valueOf(level.key()), assessments, median(latest));
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? null : values.get(0);
    }

    /** The median, rounded half up (levels are never negative, so adding one before halving does it). */
    static Integer median(List<Integer> levels) {
        if (levels.isEmpty()) {
            return null;
        }
        List<Integer> sorted = levels.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle) + 1) / 2;
    }

    /** A level on the numeric scale, or null for "don't know", no answer or anything else. */
    static Integer numeric(String level) {
        if (level == null || "dont_know".equals(level) || !FormView.LEVEL_VALUES.contains(level)) {
            return null;
        }
        return Integer.valueOf(level);
    }

    private static Period period(String code) {
        try {
            return Period.parse(code);
        } catch (IllegalArgumentException notAPeriod) {
            throw new NotFoundException("period " + code);
        }
    }

    private static ReportSummary summary(Report report) {
        return new ReportSummary(report.id(), report.kind(), report.municipalityId(), report.unitId(),
                report.periodCode(), report.status(), report.submittedAt());
    }

    /** The level question of each measured theme of a form, by theme key, in the form's order. */
    static Map<String, Question> levelQuestions(FormDefinition definition) {
        return measuredLevels(definition).stream()
                .collect(Collectors.toMap(Question::measures, q -> q, (a, b) -> a, LinkedHashMap::new));
    }
}
