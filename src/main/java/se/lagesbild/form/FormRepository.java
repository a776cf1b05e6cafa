package se.lagesbild.form;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface FormRepository extends ListCrudRepository<Form, Long> {

    Optional<Form> findByFormKey(String formKey);

    boolean existsByFormKey(String formKey);

    @Query("select * from form where owner_id in (:ownerIds) order by name_sv")
    List<Form> findByOwners(java.util.Collection<Long> ownerIds);

    @Query("select * from form where extends_form_id = :baseId and owner_id = :ownerId")
    Optional<Form> findExtension(long baseId, long ownerId);
}
