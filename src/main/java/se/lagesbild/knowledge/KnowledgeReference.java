package se.lagesbild.knowledge;

/** An item another module may point to, such as a good example an action plan builds on. */
public record KnowledgeReference(long id, KnowledgeKind kind, String title) {
}
