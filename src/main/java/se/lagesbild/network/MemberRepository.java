package se.lagesbild.network;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface MemberRepository extends ListCrudRepository<Member, Long> {

    @Query("select * from network_member where network_id = :networkId")
    List<Member> findByNetwork(long networkId);
}
