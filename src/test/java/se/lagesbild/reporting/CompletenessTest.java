package se.lagesbild.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lagesbild.form.DefaultForm;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.Organisations;
import se.lagesbild.reporting.Completeness.Cell;
import se.lagesbild.reporting.Completeness.State;
import se.lagesbild.reporting.Completeness.Totals;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.Role;
import se.lagesbild.shared.Scope;
import se.lagesbild.shared.period.Period;
import se.lagesbild.support.PostgresTest;

/**
 * Completeness against a fixture computed by hand: Uppsala län (eight municipalities, nothing else reports there)
 * with pictures for January–March 2024 in every state, all periods long past their due moments.
 */
@PostgresTest
class CompletenessTest {

    @Autowired
    Completeness completeness;
    @Autowired
    ReportRepository reports;
    @Autowired
    Organisations organisations;
    @Autowired
    JdbcClient jdbc;

    @Test
    void countsMatchTheHandComputedFixture() {
        Organisation uppsalaLan = organisations.findByCode("03").orElseThrow();
        long uppsala = organisations.findByCode("0380").orElseThrow().id();
        long enkoping = organisations.findByCode("0381").orElseThrow().id();
        long form = jdbc.sql("select v.id from form_version v join form f on f.id = v.form_id "
                + "where f.form_key = :k and v.number = 1").param("k", DefaultForm.KEY).query(Long.class).single();

        // due: January 2024 on 7 February, February on 7 March, March on 8 April (1 April is annandag påsk)
        picture(uppsala, "2024-01", form, "2024-02-03T10:00:00Z", "approve");
        picture(uppsala, "2024-02", form, "2024-03-20T10:00:00Z", null);
        picture(uppsala, "2024-03", form, "2024-04-05T10:00:00Z", "return");
        reports.save(Report.picture(enkoping, "2024-01", form, null, "test", Instant.parse("2024-01-15T10:00:00Z")));

        var county = new CurrentUser(0, "test.uppsala", "Test", Role.COUNTY_COORDINATOR, Scope.county(uppsalaLan.id()),
                uppsalaLan.name(), true, null);
        var table = completeness.pictures(county, uppsalaLan.id(),
                List.of(Period.parse("2024-03"), Period.parse("2024-02"), Period.parse("2024-01")));

        assertThat(table.rows()).hasSize(8);
        List<Cell> uppsalaCells = table.rows().stream().filter(r -> r.name().equals("Uppsala")).findFirst()
                .orElseThrow().cells();
        assertThat(uppsalaCells).extracting(Cell::state).containsExactly(State.RETURNED, State.SUBMITTED, State.APPROVED);
        assertThat(uppsalaCells).extracting(Cell::late).containsExactly(false, true, false);
        List<Cell> enkopingCells = table.rows().stream().filter(r -> r.name().equals("Enköping")).findFirst()
                .orElseThrow().cells();
        assertThat(enkopingCells).extracting(Cell::state).containsExactly(State.MISSING, State.MISSING, State.OPEN);
        assertThat(enkopingCells).extracting(Cell::late).containsExactly(true, true, true);

        assertThat(table.totals()).containsExactly(
                new Totals("2024-03", 8, 0, 1, 7),
                new Totals("2024-02", 8, 1, 0, 8),
                new Totals("2024-01", 8, 1, 0, 7));
    }

    @Test
    void aReportNotYetDueIsNeitherMissingNorLate() {
        Instant due = Instant.parse("2026-12-07T22:59:59Z");
        assertThat(Completeness.cell("2026-11", null, due, Instant.parse("2026-11-25T10:00:00Z")))
                .isEqualTo(new Cell("2026-11", State.NOT_DUE, false, null));
        assertThat(Completeness.cell("2026-11", null, due, Instant.parse("2026-12-08T10:00:00Z")))
                .isEqualTo(new Cell("2026-11", State.MISSING, true, null));
    }

    private void picture(long municipality, String month, long form, String submittedAt, String review) {
        Instant at = Instant.parse(submittedAt);
        Report report = reports.save(Report.picture(municipality, month, form, null, "test", at.minusSeconds(86_400)));
        report.submit("test", at);
        if ("approve".equals(review)) {
            report.approve("granskare", at.plusSeconds(3600));
        } else if ("return".equals(review)) {
            report.returnWithComment("Komplettera skolan.", "granskare", at.plusSeconds(3600));
        }
        reports.save(report);
    }
}
