package se.lagesbild.analysis;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.lagesbild.organisation.Organisations;
import se.lagesbild.reporting.ReportEvents.ReportApproved;
import se.lagesbild.reporting.ReportEvents.ReportReopened;
import se.lagesbild.reporting.ReportEvents.ReportReturned;
import se.lagesbild.reporting.ReportEvents.ReportStarted;
import se.lagesbild.reporting.ReportEvents.ReportSubmitted;
import se.lagesbild.reporting.ReportEvents.ReportsWrittenInBulk;

/**
 * A number per county that goes up whenever one of its reports changes in a way analysis can see: started,
 * submitted, approved, returned, reopened, or written in bulk. The listeners run synchronously, in the transaction
 * of the change, so the number and the change commit together; every node reads the numbers from the database and
 * so notices changes made on any other node.
 */
@Component
class AnalysisGenerations {

    private final JdbcClient jdbc;
    private final Organisations organisations;

    AnalysisGenerations(JdbcClient jdbc, Organisations organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    /** The counties' current numbers, ordered by county id. */
    Map<Long, Long> of(Collection<Long> countyIds) {
        var generations = new TreeMap<Long, Long>();
        if (countyIds.isEmpty()) {
            return generations;
        }
        jdbc.sql("select county_id, generation from analysis_generation where county_id in (:counties)")
                .param("counties", countyIds)
                .query(rs -> {
                    generations.put(rs.getLong("county_id"), rs.getLong("generation"));
                });
        return generations;
    }

    @EventListener
    void on(ReportStarted event) {
        bumpCountyOf(event.municipalityId());
    }

    @EventListener
    void on(ReportSubmitted event) {
        bumpCountyOf(event.municipalityId());
    }

    @EventListener
    void on(ReportApproved event) {
        bumpCountyOf(event.municipalityId());
    }

    @EventListener
    void on(ReportReturned event) {
        bumpCountyOf(event.municipalityId());
    }

    @EventListener
    void on(ReportReopened event) {
        bumpCountyOf(event.municipalityId());
    }

    @EventListener
    void on(ReportsWrittenInBulk event) {
        event.municipalityIds().forEach(this::bumpCountyOf);
    }

    private void bumpCountyOf(long municipalityId) {
        Long county = organisations.get(municipalityId).parentId();
        jdbc.sql("update analysis_generation set generation = generation + 1 where county_id = :county")
                .param("county", county).update();
    }
}
