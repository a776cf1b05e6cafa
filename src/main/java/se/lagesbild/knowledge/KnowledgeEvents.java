package se.lagesbild.knowledge;

/**
 * What happens in the knowledge bank, published after each change for whoever wants to record it.
 * {@code organisationId} is the item's owner; never any text of the item or of a file.
 */
public final class KnowledgeEvents {

    private KnowledgeEvents() {
    }

    public record ItemCreated(long itemId, long organisationId, KnowledgeKind kind, String by) {
    }

    public record ItemChanged(long itemId, long organisationId, String by) {
    }

    public record AttachmentAdded(long attachmentId, long itemId, long organisationId, AttachmentType type,
                                  int sizeBytes, String by) {
    }

    public record AttachmentRemoved(long attachmentId, long itemId, long organisationId, String by) {
    }
}
