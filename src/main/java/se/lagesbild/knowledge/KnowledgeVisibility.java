package se.lagesbild.knowledge;

/** Who reads an item besides administrators and its writers. */
public enum KnowledgeVisibility {
    /** The owner's county: its county coordinators and everyone working in its municipalities. */
    COUNTY,
    /** Everyone signed in, national readers included. */
    ALL
}
