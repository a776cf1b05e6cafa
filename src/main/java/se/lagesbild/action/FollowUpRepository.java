package se.lagesbild.action;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface FollowUpRepository extends ListCrudRepository<FollowUp, Long> {

    @Query("select * from follow_up where measure_id in (:measureIds) order by measure_id, due_on, id")
    List<FollowUp> findByMeasures(Collection<Long> measureIds);
}
