package se.lagesbild.forum;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A registered participant: a name and a role or organisation, never contact details. */
@Table("forum_participant")
public record Participant(String name, @Column("role_title") String role) {

    public Participant {
        name = name == null ? "" : name.strip();
        role = role == null ? "" : role.strip();
    }

    public boolean isBlank() {
        return name.isEmpty() && role.isEmpty();
    }
}
