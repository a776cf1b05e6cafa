package se.lagesbild.action;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ActionPlanRepository extends ListCrudRepository<ActionPlan, Long> {

    @Query("select * from action_plan where municipality_id = :municipalityId order by starts_on desc, id desc")
    List<ActionPlan> findByMunicipality(long municipalityId);

    @Query("select * from action_plan where county_id = :countyId order by starts_on desc, id desc")
    List<ActionPlan> findByCounty(long countyId);

    @Query("select * from action_plan where public_id = :publicId")
    Optional<ActionPlan> findByPublicId(String publicId);

    @Query("""
            select distinct p.* from action_plan p join action_plan_goal g on g.plan_id = p.id
            where g.problem_id = :problemId order by p.starts_on desc""")
    List<ActionPlan> findByProblem(long problemId);
}
