package se.lagesbild.forum;

/** What happened to forums, published after each change (in the same transaction); never free text. */
public final class ForumEvents {

    private ForumEvents() {
    }

    public record ForumCreated(long forumId, long countyId, ForumKind kind, String by) {
    }

    public record ForumChanged(long forumId, long countyId, String by) {
    }

    /** A municipality registered or changed its participants ({@code participants} 0: the registration withdrawn). */
    public record ParticipantsRegistered(long forumId, long municipalityId, int participants, String by) {
    }

    public record AnswersSubmitted(long forumId, long municipalityId, String by) {
    }
}
