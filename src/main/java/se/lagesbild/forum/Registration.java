package se.lagesbild.forum;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A municipality's registration to a forum: its participants, in the order given. */
@Table("forum_registration")
public class Registration {

    @Id
    private Long id;
    private final long forumId;
    private final long municipalityId;
    @MappedCollection(idColumn = "registration_id", keyColumn = "item_index")
    private List<Participant> participants;
    private Instant updatedAt;
    private String updatedBy;
    @Version
    private Integer version;

    @PersistenceCreator
    Registration(Long id, long forumId, long municipalityId, List<Participant> participants, Instant updatedAt,
                 String updatedBy, Integer version) {
        this.id = id;
        this.forumId = forumId;
        this.municipalityId = municipalityId;
        this.participants = participants == null ? new ArrayList<>() : new ArrayList<>(participants);
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
        this.version = version;
    }

    static Registration of(long forumId, long municipalityId, List<Participant> participants, String by,
                           Instant now) {
        return new Registration(null, forumId, municipalityId, participants, now, by, null);
    }

    void replace(List<Participant> participants, String by, Instant now) {
        this.participants = new ArrayList<>(participants);
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public Long id() {
        return id;
    }

    public long forumId() {
        return forumId;
    }

    public long municipalityId() {
        return municipalityId;
    }

    public List<Participant> participants() {
        return List.copyOf(participants);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public int version() {
        return version == null ? 0 : version;
    }
}
