package se.lagesbild.action;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ProblemRepository extends ListCrudRepository<Problem, Long> {

    @Query("select * from problem where municipality_id = :municipalityId order by created_at desc, id desc")
    List<Problem> findByMunicipality(long municipalityId);

    @Query("select * from problem where county_id = :countyId order by created_at desc, id desc")
    List<Problem> findByCounty(long countyId);
}
