package se.lagesbild.reporting;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ReportRepository extends ListCrudRepository<Report, Long> {

    @Query("select * from report where subject = :subject and period_code = :periodCode")
    Optional<Report> findBySubjectAndPeriod(String subject, String periodCode);

    @Query("select * from report where unit_id = :unitId and period_code in (:periodCodes)")
    List<Report> findByUnitAndPeriods(long unitId, Collection<String> periodCodes);

    @Query("select * from report where municipality_id = :municipalityId and period_code in (:periodCodes)")
    List<Report> findByMunicipalityAndPeriods(long municipalityId, Collection<String> periodCodes);
}
