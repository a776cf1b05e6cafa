package se.lagesbild.organisation;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface UnitRepository extends ListCrudRepository<Unit, Long> {

    List<Unit> findByMunicipalityIdOrderByName(long municipalityId);
}
