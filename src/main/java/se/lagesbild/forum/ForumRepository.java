package se.lagesbild.forum;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ForumRepository extends ListCrudRepository<Forum, Long> {

    @Query("select * from forum where county_id = :countyId order by held_on, starts_at, id")
    List<Forum> findByCounty(long countyId);

    @Query("""
            select f.* from forum f join forum_invitation i on i.forum_id = f.id
            where i.municipality_id = :municipalityId order by f.held_on, f.starts_at, f.id""")
    List<Forum> findInviting(long municipalityId);

    @Query("select * from forum order by held_on, starts_at, id")
    List<Forum> findAllByDate();

    @Query("select count(*) > 0 from forum where county_id = :countyId and title = :title")
    boolean existsByCountyAndTitle(long countyId, String title);
}
