package se.lagesbild.form;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface FormVersionRepository extends ListCrudRepository<FormVersion, Long> {

    @Query("select * from form_version where form_id = :formId order by number desc")
    List<FormVersion> findByFormNewestFirst(long formId);

    @Query("select * from form_version where form_id = :formId and status = 'PUBLISHED' order by number desc limit 1")
    Optional<FormVersion> findCurrent(long formId);

    @Query("select * from form_version where form_id = :formId and status = 'DRAFT'")
    Optional<FormVersion> findDraft(long formId);

    @Query("select coalesce(max(number), 0) from form_version where form_id = :formId")
    int lastNumber(long formId);
}
