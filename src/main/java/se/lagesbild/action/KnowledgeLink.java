package se.lagesbild.action;

import org.springframework.data.relational.core.mapping.Table;

/** A good example or method of the knowledge bank that a plan builds on. */
@Table("action_plan_reference")
public record KnowledgeLink(long knowledgeItemId) {
}
