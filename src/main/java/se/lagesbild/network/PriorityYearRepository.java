package se.lagesbild.network;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface PriorityYearRepository extends ListCrudRepository<PriorityYear, Long> {

    @Query("select * from network_year where network_id = :networkId and priority_year = :year")
    Optional<PriorityYear> findByNetworkAndYear(long networkId, int year);

    @Query("select * from network_year where network_id = :networkId order by priority_year desc")
    List<PriorityYear> findByNetwork(long networkId);

    @Query("select * from network_year where network_id = :networkId and evaluation_status = 'OPEN' "
            + "order by priority_year")
    List<PriorityYear> findOpen(long networkId);
}
