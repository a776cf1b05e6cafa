package se.lagesbild.analysis;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface RegionalAnalysisRepository extends ListCrudRepository<RegionalAnalysis, Long> {

    Optional<RegionalAnalysis> findByCountyIdAndPeriodCode(long countyId, String periodCode);

    @Query("select * from regional_analysis where county_id in (:counties) order by period_code desc")
    List<RegionalAnalysis> findByCounties(Collection<Long> counties);

    @Query("select * from regional_analysis where status = 'PUBLISHED' order by published_at desc")
    List<RegionalAnalysis> findPublished();
}
