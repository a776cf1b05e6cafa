package se.lagesbild.organisation.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AccountRepository extends ListCrudRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    int countByRole(se.lagesbild.shared.Role role);

    @Query("select * from account order by username")
    List<Account> findAllOrdered();

    /** Accounts placed at the county itself or at one of its municipalities. */
    @Query("""
            select a.* from account a join organisation o on o.id = a.organisation_id
            where o.id = :countyId or o.parent_id = :countyId order by a.username""")
    List<Account> findInCounty(long countyId);

    @Query("select * from account where organisation_id = :municipalityId order by username")
    List<Account> findInMunicipality(long municipalityId);

    @Query("select * from account where unit_id = :unitId order by username")
    List<Account> findByUnit(long unitId);
}
