package se.lagesbild.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lagesbild.analysis.MeasuredQuestions.Measure;
import se.lagesbild.analysis.MeasuredQuestions.Role;
import se.lagesbild.form.MeasuredTheme;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.Sector;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.NotFoundException;
import se.lagesbild.shared.OutOfScopeException;
import se.lagesbild.shared.period.Period;

/**
 * What lies behind one cell of the matrix: the municipality's joint answer for the theme (level, change, what was
 * observed, what it rests on, counts) and the units' contributions for the period. Free text stays within scope: the
 * county and the municipality itself see everything; another municipality of the county sees the joint text only
 * when the county has published the period's regional picture with observations shared, and never the units'.
 */
@Service
public class CellObservations {

    /** The joint answer and, for those who may see them, the contributions behind it. */
    public record Observations(Organisation county, Organisation municipality, MeasuredTheme theme, Period period,
                               PictureState state, Long pictureId, Integer level, Change change, List<String> texts,
                               List<String> basis, List<Count> counts, boolean showsContributions,
                               List<Contribution> contributions) {
    }

    /** A counted figure and its question. */
    public record Count(String label, String value) {
    }

    /** One unit's submitted or approved contribution for the theme. */
    public record Contribution(String unitName, Sector sector, String periodCode, Integer level, String text) {
    }

    private final AnalysisAccess access;
    private final AnalysisPeriods periods;
    private final MeasuredQuestions measured;
    private final RegionalAnalysisRepository regionalAnalyses;
    private final JdbcClient jdbc;

    CellObservations(AnalysisAccess access, AnalysisPeriods periods, MeasuredQuestions measured,
                     RegionalAnalysisRepository regionalAnalyses, JdbcClient jdbc) {
        this.access = access;
        this.periods = periods;
        this.measured = measured;
        this.regionalAnalyses = regionalAnalyses;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Observations behind(CurrentUser user, String countyCode, String municipalityCode, String themeKey,
                               String periodCode, Locale locale) {
        Organisation county = access.county(countyCode);
        Organisation municipality = access.municipalityIn(county, municipalityCode);
        MeasuredTheme theme = MeasuredTheme.fromKey(themeKey).orElseThrow(() -> new NotFoundException(themeKey));
        Period period = periods.chosen(county, periodCode);
        boolean full = access.seesMunicipality(user, county, municipality);
        if (!full && !sharedWith(user, county, period)) {
            throw new OutOfScopeException("observations of " + municipalityCode, municipality.id());
        }
        var picture = new Picture();
        jdbc.sql("""
                        select r.id, r.status, r.form_version_id, a.question_key, a.answer_value
                        from report r left join report_answer a on a.report_id = r.id
                        where r.kind = 'PICTURE' and r.municipality_id = :municipality and r.period_code = :period""")
                .param("municipality", municipality.id()).param("period", period.code())
                .query(rs -> {
                    picture.id = rs.getLong("id");
                    picture.approved = "APPROVED".equals(rs.getString("status"));
                    String key = rs.getString("question_key");
                    String value = rs.getString("answer_value");
                    if (key != null) {
                        measured.measure(rs.getLong("form_version_id"), key)
                                .filter(measure -> measure.theme() == theme)
                                .ifPresent(measure -> picture.answers.put(measure, value));
                    }
                });
        PictureState state = picture.id == null ? PictureState.MISSING
                : picture.approved ? PictureState.APPROVED : PictureState.NOT_APPROVED;
        if (state != PictureState.APPROVED) {
            // Unapproved answers are work in progress and not the municipality's joint assessment.
            picture.answers.clear();
        }
        return new Observations(county, municipality, theme, period, state, full ? picture.id : null,
                LevelReadings.level(picture.answer(Role.LEVEL)), Change.fromAnswer(picture.answer(Role.CHANGE)),
                picture.all(Role.TEXT), picture.basis(locale), picture.counts(locale), full,
                full ? contributions(municipality, theme, period) : List.of());
    }

    private boolean sharedWith(CurrentUser user, Organisation county, Period period) {
        return access.livesInCounty(user, county)
                && regionalAnalyses.findByCountyIdAndPeriodCode(county.id(), period.code())
                .map(RegionalAnalysis::sharesObservations).orElse(false);
    }

    private List<Contribution> contributions(Organisation municipality, MeasuredTheme theme, Period period) {
        Map<String, Period> codes = ContributionPeriods.within(List.of(period));
        Set<String> keys = measured.keys(EnumSet.of(Role.LEVEL, Role.TEXT), Set.of(theme));
        if (keys.isEmpty()) {
            return List.of();
        }
        var byReport = new HashMap<Long, String[]>();
        var found = new ArrayList<Contribution>();
        jdbc.sql("""
                        select r.id, r.period_code, u.name, u.sector, r.form_version_id, a.question_key, a.answer_value
                        from report r join unit u on u.id = r.unit_id
                        join report_answer a on a.report_id = r.id and a.question_key in (:keys)
                        where r.kind = 'CONTRIBUTION' and r.status in ('SUBMITTED', 'APPROVED')
                          and r.municipality_id = :municipality and r.period_code in (:periods)""")
                .param("keys", keys).param("municipality", municipality.id()).param("periods", codes.keySet())
                .query(rs -> {
                    String[] unit = {rs.getString("name"), rs.getString("sector"), rs.getString("period_code"),
                            null, null};
                    String[] row = byReport.computeIfAbsent(rs.getLong("id"), id -> unit);
                    String value = rs.getString("answer_value");
                    measured.measure(rs.getLong("form_version_id"), rs.getString("question_key"))
                            .ifPresent(measure -> {
                                if (measure.role() == Role.LEVEL) {
                                    row[3] = value;
                                } else if (measure.role() == Role.TEXT) {
                                    row[4] = value;
                                }
                            });
                });
        byReport.values().forEach(row -> found.add(new Contribution(row[0], Sector.valueOf(row[1]), row[2],
                LevelReadings.level(row[3]), row[4] == null ? "" : row[4])));
        found.sort(Comparator.comparing(Contribution::periodCode).thenComparing(Contribution::sector)
                .thenComparing(Contribution::unitName));
        return found;
    }

    /** The answers of one picture that measure the theme. */
    private static final class Picture {
        Long id;
        boolean approved;
        final Map<Measure, String> answers = new HashMap<>();

        String answer(Role role) {
            return answers.entrySet().stream().filter(e -> e.getKey().role() == role).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
        }

        List<String> all(Role role) {
            return answers.entrySet().stream().filter(e -> e.getKey().role() == role)
                    .map(Map.Entry::getValue).filter(text -> !text.isBlank()).toList();
        }

        List<String> basis(Locale locale) {
            var labels = new ArrayList<String>();
            answers.forEach((measure, value) -> {
                if (measure.role() == Role.BASIS) {
                    for (String chosen : value.split(",")) {
                        measure.question().choices().stream().filter(c -> c.value().equals(chosen)).findFirst()
                                .ifPresent(choice -> labels.add(choice.label().in(locale)));
                    }
                }
            });
            return labels;
        }

        List<Count> counts(Locale locale) {
            return answers.entrySet().stream().filter(e -> e.getKey().role() == Role.COUNT)
                    .map(e -> new Count(e.getKey().question().label().in(locale), e.getValue())).toList();
        }
    }
}
