package se.lagesbild.forum;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A municipality's answer to one question of the forum, by the question's stable key. */
@Table("forum_answer")
public record ForumAnswer(String questionKey, @Column("answer_text") String text) {
}
