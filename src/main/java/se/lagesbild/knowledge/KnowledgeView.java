package se.lagesbild.knowledge;

import java.time.Instant;
import java.util.List;

import se.lagesbild.form.MeasuredTheme;
import se.lagesbild.organisation.Organisation;

/** An item with everything its page shows, and whether the user may change it. */
public record KnowledgeView(KnowledgeItem item, Organisation owner, List<MeasuredTheme> themes, List<String> tags,
                            List<Attachment> attachments, boolean writable) {

    /** An attachment as listed on the item's page; never its bytes. */
    public record Attachment(long id, String name, AttachmentType type, int sizeBytes, Instant createdAt) {

        /** The size in kilobytes, at least 1. */
        public long kilobytes() {
            return Math.max(1, Math.round(sizeBytes / 1024.0));
        }
    }
}
