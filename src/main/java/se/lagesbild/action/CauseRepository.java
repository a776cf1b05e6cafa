package se.lagesbild.action;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface CauseRepository extends ListCrudRepository<Cause, Long> {

    @Query("select * from problem_cause where problem_id in (:problemIds) order by problem_id, perspective, id")
    List<Cause> findByProblems(Collection<Long> problemIds);
}
