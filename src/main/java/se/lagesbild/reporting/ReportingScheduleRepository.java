package se.lagesbild.reporting;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ReportingScheduleRepository extends ListCrudRepository<ReportingSchedule, Long> {

    @Query("select * from reporting_schedule where owner_id = :ownerId and kind = :kind")
    Optional<ReportingSchedule> findByOwnerAndKind(long ownerId, String kind);
}
