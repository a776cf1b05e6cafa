package se.lagesbild.network;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface MeetingRepository extends ListCrudRepository<Meeting, Long> {

    @Query("select * from network_meeting where network_id = :networkId order by starts_at, id")
    List<Meeting> findByNetwork(long networkId);

    @Query("""
            select * from network_meeting where network_id = :networkId and starts_at >= :from and starts_at < :to
            order by starts_at, id""")
    List<Meeting> findBetween(long networkId, Instant from, Instant to);
}
