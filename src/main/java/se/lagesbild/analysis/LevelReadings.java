package se.lagesbild.analysis;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.lagesbild.analysis.MeasuredQuestions.Role;
import se.lagesbild.form.MeasuredTheme;
import se.lagesbild.organisation.Organisations;
import se.lagesbild.organisation.Sector;
import se.lagesbild.shared.period.Period;

/**
 * Reads levels from the reports, one set-based query per grid. Analysis reads the reporting tables but never writes
 * them; only the level and change answers are fetched (by the keys that measure a theme in any version), through the
 * index on (municipality, period). Grids are kept in the {@link LevelCache} until a report of their counties changes.
 */
@Repository
class LevelReadings {

    static final String PICTURE_LEVELS_SQL = """
            select r.municipality_id, r.period_code, r.status, r.form_version_id, a.question_key, a.answer_value
            from report r
            left join report_answer a
                   on a.report_id = r.id and r.status = 'APPROVED' and a.question_key in (:keys)
            where r.kind = 'PICTURE' and r.municipality_id in (:municipalities) and r.period_code in (:periods)""";

    /** Contributions' known levels summed per municipality, period, sector and question in the database. */
    static final String SECTOR_LEVELS_SQL = """
            select r.municipality_id, r.period_code, u.sector, r.form_version_id, a.question_key,
                   sum(cast(a.answer_value as integer)) as level_sum, count(*) as answers
            from report r
            join unit u on u.id = r.unit_id
            join report_answer a on a.report_id = r.id and a.question_key in (:keys)
            where r.kind = 'CONTRIBUTION' and r.status in ('SUBMITTED', 'APPROVED')
              and r.municipality_id in (:municipalities) and r.period_code in (:periods)
              and a.answer_value in ('0', '1', '2', '3', '4')
            group by r.municipality_id, r.period_code, u.sector, r.form_version_id, a.question_key""";

    private final JdbcClient jdbc;
    private final MeasuredQuestions measured;
    private final LevelCache cache;
    private final AnalysisGenerations generations;
    private final Organisations organisations;

    LevelReadings(JdbcClient jdbc, MeasuredQuestions measured, LevelCache cache, AnalysisGenerations generations,
                  Organisations organisations) {
        this.jdbc = jdbc;
        this.measured = measured;
        this.cache = cache;
        this.generations = generations;
        this.organisations = organisations;
    }

    /** The municipalities' pictures over the periods (consecutive, one kind, oldest first). */
    LevelGrid pictures(List<Long> municipalityIds, List<Period> periods, Collection<MeasuredTheme> themes) {
        return cache.get(key("pictures", municipalityIds, periods, themes),
                () -> readPictures(municipalityIds, periods, themes));
    }

    /** The sectors' levels from the municipalities' contributions, gathered into the picture periods. */
    SectorGrid sectors(List<Long> municipalityIds, List<Period> picturePeriods, Collection<MeasuredTheme> themes) {
        return cache.get(key("sectors", municipalityIds, picturePeriods, themes),
                () -> readSectors(municipalityIds, picturePeriods, themes));
    }

    private LevelCache.Key key(String grid, List<Long> municipalityIds, List<Period> periods,
                               Collection<MeasuredTheme> themes) {
        Set<Long> counties = new HashSet<>();
        for (long municipality : municipalityIds) {
            counties.add(organisations.get(municipality).parentId());
        }
        return new LevelCache.Key(grid, List.copyOf(municipalityIds), periods.stream().map(Period::code).toList(),
                themes.isEmpty() ? Set.of() : EnumSet.copyOf(themes), generations.of(counties));
    }

    private LevelGrid readPictures(List<Long> municipalityIds, List<Period> periods,
                                   Collection<MeasuredTheme> themes) {
        var grid = LevelGrid.builder(periods, municipalityIds);
        Set<String> keys = measured.keys(EnumSet.of(Role.LEVEL, Role.CHANGE), themes);
        if (municipalityIds.isEmpty() || periods.isEmpty() || keys.isEmpty()) {
            return grid.build();
        }
        jdbc.sql(PICTURE_LEVELS_SQL)
                .param("keys", keys).param("municipalities", municipalityIds)
                .param("periods", periods.stream().map(Period::code).toList())
                .query(rs -> {
                    long municipality = rs.getLong("municipality_id");
                    String period = rs.getString("period_code");
                    boolean approved = "APPROVED".equals(rs.getString("status"));
                    grid.picture(municipality, period, approved ? PictureState.APPROVED : PictureState.NOT_APPROVED);
                    String key = rs.getString("question_key");
                    if (!approved || key == null) {
                        return;
                    }
                    String answer = rs.getString("answer_value");
                    measured.measure(rs.getLong("form_version_id"), key).ifPresent(measure -> {
                        if (measure.role() == Role.LEVEL) {
                            grid.assess(municipality, period, measure.theme(), level(answer), Change.UNKNOWN);
                        } else if (measure.role() == Role.CHANGE) {
                            grid.assess(municipality, period, measure.theme(), null, Change.fromAnswer(answer));
                        }
                    });
                });
        return grid.build();
    }

    private SectorGrid readSectors(List<Long> municipalityIds, List<Period> picturePeriods,
                                   Collection<MeasuredTheme> themes) {
        var grid = SectorGrid.builder(picturePeriods);
        Set<String> keys = measured.keys(EnumSet.of(Role.LEVEL), themes);
        Map<String, Period> periodOf = ContributionPeriods.within(picturePeriods);
        if (municipalityIds.isEmpty() || periodOf.isEmpty() || keys.isEmpty()) {
            return grid.build();
        }
        jdbc.sql(SECTOR_LEVELS_SQL)
                .param("keys", keys).param("municipalities", municipalityIds).param("periods", periodOf.keySet())
                .query(rs -> {
                    Period picture = periodOf.get(rs.getString("period_code"));
                    long municipality = rs.getLong("municipality_id");
                    Sector sector = Sector.valueOf(rs.getString("sector"));
                    long sum = rs.getLong("level_sum");
                    int count = rs.getInt("answers");
                    measured.measure(rs.getLong("form_version_id"), rs.getString("question_key"))
                            .filter(measure -> measure.role() == Role.LEVEL)
                            .ifPresent(measure -> grid.addSum(municipality, picture.code(), measure.theme(), sector,
                                    sum, count));
                });
        return grid.build();
    }

    static Integer level(String answer) {
        if (answer == null || answer.length() != 1 || answer.charAt(0) < '0' || answer.charAt(0) > '4') {
            return null;
        }
        return answer.charAt(0) - '0';
    }
}
