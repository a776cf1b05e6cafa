package se.lagesbild.forum;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A municipality's answers to a forum's questions: a draft it may change until it submits them; submitted answers
 * never change again and are what the county board reads.
 */
@Table("forum_response")
public class ForumResponse {

    @Id
    private Long id;
    private final long forumId;
    private final long municipalityId;
    private ResponseStatus status;
    @MappedCollection(idColumn = "response_id")
    private Set<ForumAnswer> answers;
    private final Instant createdAt;
    private final String createdBy;
    private Instant updatedAt;
    private String updatedBy;
    private Instant submittedAt;
    private String submittedBy;
    @Version
    private Integer version;

    @PersistenceCreator
    ForumResponse(Long id, long forumId, long municipalityId, ResponseStatus status, Set<ForumAnswer> answers,
                  Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, Instant submittedAt,
                  String submittedBy, Integer version) {
        this.id = id;
        this.forumId = forumId;
        this.municipalityId = municipalityId;
        this.status = status;
        this.answers = answers == null ? new HashSet<>() : new HashSet<>(answers);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
        this.version = version;
    }

    static ForumResponse draft(long forumId, long municipalityId, String by, Instant now) {
        return new ForumResponse(null, forumId, municipalityId, ResponseStatus.DRAFT, Set.of(), now, by, now, by,
                null, null, null);
    }

    /** Replaces the answers; an empty text removes the answer. */
    void answer(Map<String, String> texts, String by, Instant now) {
        requireDraft();
        var kept = new HashSet<ForumAnswer>();
        texts.forEach((key, text) -> {
            if (text != null && !text.isBlank()) {
                kept.add(new ForumAnswer(key, text.strip()));
            }
        });
        answers = kept;
        updatedAt = now;
        updatedBy = by;
    }

    void submit(String by, Instant now) {
        requireDraft();
        status = ResponseStatus.SUBMITTED;
        submittedAt = now;
        submittedBy = by;
        updatedAt = now;
        updatedBy = by;
    }

    private void requireDraft() {
        if (status != ResponseStatus.DRAFT) {
            throw new ForumStateException("forum.answers.alreadySubmitted");
        }
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

    public ResponseStatus status() {
        return status;
    }

    public boolean isSubmitted() {
        return status == ResponseStatus.SUBMITTED;
    }

    /** The answers by question key. */
    public Map<String, String> answers() {
        var map = new HashMap<String, String>();
        answers.forEach(answer -> map.put(answer.questionKey(), answer.text()));
        return map;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public int version() {
        return version == null ? 0 : version;
    }
}
