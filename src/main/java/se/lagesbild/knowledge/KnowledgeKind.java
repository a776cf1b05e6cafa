package se.lagesbild.knowledge;

/** What a knowledge-bank item is: a method, a good example, a report or a contact (an organisation or function). */
public enum KnowledgeKind {
    METHOD,
    GOOD_EXAMPLE,
    REPORT,
    CONTACT
}
