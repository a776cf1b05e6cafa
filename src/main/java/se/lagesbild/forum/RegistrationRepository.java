package se.lagesbild.forum;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface RegistrationRepository extends ListCrudRepository<Registration, Long> {

    @Query("select * from forum_registration where forum_id = :forumId")
    List<Registration> findByForum(long forumId);

    @Query("select * from forum_registration where forum_id in (:forumIds)")
    List<Registration> findByForums(Collection<Long> forumIds);

    @Query("select * from forum_registration where forum_id = :forumId and municipality_id = :municipalityId")
    Optional<Registration> findOne(long forumId, long municipalityId);
}
