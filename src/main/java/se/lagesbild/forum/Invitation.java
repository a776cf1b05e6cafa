package se.lagesbild.forum;

import org.springframework.data.relational.core.mapping.Table;

/** An invited municipality of a forum. */
@Table("forum_invitation")
public record Invitation(long municipalityId) {
}
