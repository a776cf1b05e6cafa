package se.lagesbild.action;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface MeasureRepository extends ListCrudRepository<Measure, Long> {

    @Query("select * from measure where plan_id in (:planIds) order by plan_id, starts_on, id")
    List<Measure> findByPlans(Collection<Long> planIds);
}
