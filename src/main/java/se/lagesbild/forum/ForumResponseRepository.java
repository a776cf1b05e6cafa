package se.lagesbild.forum;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ForumResponseRepository extends ListCrudRepository<ForumResponse, Long> {

    @Query("select * from forum_response where forum_id = :forumId")
    List<ForumResponse> findByForum(long forumId);

    @Query("select * from forum_response where forum_id in (:forumIds)")
    List<ForumResponse> findByForums(Collection<Long> forumIds);

    @Query("select * from forum_response where forum_id = :forumId and municipality_id = :municipalityId")
    Optional<ForumResponse> findOne(long forumId, long municipalityId);
}
