package se.lagesbild.reporting.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

import se.lagesbild.form.DefaultForm;
import se.lagesbild.reporting.ReportKind;
import se.lagesbild.reporting.demo.ContributionHistory.DemoUnit;
import se.lagesbild.reporting.demo.PictureHistory.DemoMunicipality;
import se.lagesbild.shared.period.Month;
import se.lagesbild.shared.period.SwedishCalendar;

/**
 * Decides whether the demo history is due and, if so, generates it in memory: it reads the units, municipalities
 * and demo accounts of the two counties and the default form's first version, and writes nothing.
 */
final class DemoHistoryPlanner {

    static final List<String> COUNTIES = List.of("19", "20");
    static final int MONTHS = 12;

    /**
     * Reports that the project's tests fill in through the pages (municipality code / unit name / period, and
     * municipality code / period for pictures), kept free so that tests and the demo history share one database.
     */
    static final Set<String> KEPT_FREE = Set.of("2080/Lokalpolisområdet/2026-W07", "2080/2026-02");

    /**
     * The generated history, to be written on the default form's first version; {@code municipalityIds} come in the
     * order to write them, those with demo accounts first.
     */
    record Plan(long formVersionId, List<Long> municipalityIds, List<DemoReport> contributions,
                List<DemoReport> pictures) {

        /** One municipality's contributions and pictures. */
        List<DemoReport> of(long municipalityId) {
            var reports = new ArrayList<DemoReport>();
            contributions.stream().filter(r -> r.municipalityId() == municipalityId).forEach(reports::add);
            pictures.stream().filter(r -> r.municipalityId() == municipalityId).forEach(reports::add);
            return reports;
        }
    }

    private final JdbcClient jdbc;

    DemoHistoryPlanner(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty when a unit of the two counties has reported already, or the form or the demo units are missing. */
    Optional<Plan> plan(Instant now) {
        if (alreadyReported()) {
            return Optional.empty();
        }
        Optional<Long> formVersionId = jdbc.sql("""
                        select v.id from form_version v join form f on f.id = v.form_id
                        where f.form_key = :key and v.number = 1""")
                .param("key", DefaultForm.KEY).query(Long.class).optional();
        List<DemoUnit> units = units();
        if (formVersionId.isEmpty() || units.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.ofInstant(now, SwedishCalendar.ZONE);
        DemoWeeks weeks = DemoWeeks.before(today);
        var contributions = new ArrayList<DemoReport>();
        var byMunicipality = new HashMap<Long, List<DemoReport>>();
        var sectors = new HashMap<Long, String>();
        for (DemoUnit unit : units) {
            List<DemoReport> history = ContributionHistory.of(unit, weeks, now, period ->
                    KEPT_FREE.contains(unit.municipalityCode() + "/" + unit.name() + "/" + period));
            contributions.addAll(history);
            byMunicipality.computeIfAbsent(unit.municipalityId(), id -> new ArrayList<>()).addAll(history);
            sectors.put(unit.id(), unit.sector());
        }
        List<DemoMunicipality> municipalities = municipalities();
        List<Long> municipalityIds = municipalities.stream().map(DemoMunicipality::id).toList();
        Set<String> started = DemoReportWriter.keysOf(jdbc, municipalityIds);
        List<Month> months = monthsBefore(today);
        var pictures = new ArrayList<DemoReport>();
        for (DemoMunicipality m : municipalities) {
            pictures.addAll(PictureHistory.of(m, months, byMunicipality.getOrDefault(m.id(), List.of()), sectors, now,
                    period -> KEPT_FREE.contains(m.code() + "/" + period)
                            || started.contains("municipality:" + m.id() + "|" + period)));
        }
        return Optional.of(new Plan(formVersionId.get(), municipalityIds, contributions, pictures));
    }

    /** The 12 complete months before the current one, oldest first. */
    static List<Month> monthsBefore(LocalDate today) {
        var months = new ArrayList<Month>();
        Month month = Month.containing(today);
        for (int i = 0; i < MONTHS; i++) {
            month = month.previous();
            months.add(0, month);
        }
        return months;
    }

    private boolean alreadyReported() {
        return jdbc.sql("""
                        select count(*) from report r
                        join organisation m on m.id = r.municipality_id
                        join organisation c on c.id = m.parent_id
                        where r.kind = :kind and c.code in (:counties)""")
                .param("kind", ReportKind.CONTRIBUTION.name()).param("counties", COUNTIES)
                .query(Long.class).single() > 0;
    }

    private List<DemoUnit> units() {
        return jdbc.sql("""
                        select u.id, u.municipality_id, m.code, u.name, u.sector,
                               (select min(a.username) from account a
                                where a.unit_id = u.id and a.role = 'CONTRIBUTOR' and a.enabled) reporter,
                               (select min(a.username) from account a
                                where a.organisation_id = m.id and a.role = 'MUNICIPAL_COORDINATOR'
                                  and a.enabled) reviewer
                        from unit u
                        join organisation m on m.id = u.municipality_id
                        join organisation c on c.id = m.parent_id
                        where u.active and c.code in (:counties)
                        order by m.code, u.id""")
                .param("counties", COUNTIES)
                .query((rs, row) -> new DemoUnit(rs.getLong("id"), rs.getLong("municipality_id"), rs.getString("code"),
                        rs.getString("name"), rs.getString("sector"), rs.getString("reporter"),
                        rs.getString("reviewer")))
                .list();
    }

    private List<DemoMunicipality> municipalities() {
        return jdbc.sql("""
                        select m.id, m.code,
                               (select min(a.username) from account a
                                where a.organisation_id = m.id and a.role = 'MUNICIPAL_COORDINATOR'
                                  and a.enabled) coordinator,
                               (select min(a.username) from account a
                                where a.organisation_id = c.id and a.role = 'COUNTY_COORDINATOR'
                                  and a.enabled) county_reviewer
                        from organisation m
                        join organisation c on c.id = m.parent_id
                        where m.kind = 'MUNICIPALITY' and c.code in (:counties)
                        order by case when exists (select 1 from account a where a.organisation_id = m.id)
                                      then 0 else 1 end, m.code""")
                .param("counties", COUNTIES)
                .query((rs, row) -> new DemoMunicipality(rs.getLong("id"), rs.getString("code"),
                        rs.getString("coordinator"), rs.getString("county_reviewer")))
                .list();
    }
}
