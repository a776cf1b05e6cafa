package se.lagesbild.forum;

/** What the county board invites to: a dialogue forum (a meeting) or a mapping round (a set of questions). */
public enum ForumKind {
    /** Dialogforum: a meeting where each municipality presents its answers to the questions. */
    DIALOGUE_FORUM,
    /** Kartläggning: a mapping in which every municipality answers the same questions. */
    MAPPING_ROUND
}
