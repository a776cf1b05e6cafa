package se.lagesbild.knowledge;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import se.lagesbild.shared.Timestamps;

/**
 * The attachments' rows, with plain SQL so that lists never read a file's bytes. The bytes are read only for a
 * download, one file at a time.
 */
@Component
class KnowledgeAttachments {

    /** An attachment without its bytes. */
    record Stored(long id, long itemId, String name, AttachmentType type, int sizeBytes) {
    }

    private final JdbcClient jdbc;

    KnowledgeAttachments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<KnowledgeView.Attachment> of(long itemId) {
        return jdbc.sql("""
                        select id, display_name, file_type, size_bytes, created_at from knowledge_attachment
                        where item_id = :item order by created_at, id""")
                .param("item", itemId)
                .query((rs, row) -> new KnowledgeView.Attachment(rs.getLong("id"), rs.getString("display_name"),
                        AttachmentType.valueOf(rs.getString("file_type")), rs.getInt("size_bytes"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    Optional<Stored> find(long id) {
        return jdbc.sql("select id, item_id, display_name, file_type, size_bytes from knowledge_attachment "
                        + "where id = :id")
                .param("id", id)
                .query((rs, row) -> new Stored(rs.getLong("id"), rs.getLong("item_id"), rs.getString("display_name"),
                        AttachmentType.valueOf(rs.getString("file_type")), rs.getInt("size_bytes")))
                .optional();
    }

    byte[] content(long id) {
        return jdbc.sql("select content from knowledge_attachment where id = :id").param("id", id)
                .query((rs, row) -> rs.getBytes(1)).single();
    }

    int count(long itemId) {
        return jdbc.sql("select count(*) from knowledge_attachment where item_id = :item").param("item", itemId)
                .query(Integer.class).single();
    }

    long insert(long itemId, String name, AttachmentType type, byte[] content, String text, String by, Instant now) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into knowledge_attachment (item_id, display_name, file_type, size_bytes, sha256, content,
                                                          text_content, created_at, created_by)
                        values (:item, :name, :type, :size, :sha, :content, :text, :now, :by)""")
                .param("item", itemId).param("name", name).param("type", type.name())
                .param("size", content.length).param("sha", sha256(content)).param("content", content)
                .param("text", text).param("now", Timestamps.of(now)).param("by", by)
                .update(key, "id");
        return key.getKey().longValue();
    }

    void delete(long id) {
        jdbc.sql("delete from knowledge_attachment where id = :id").param("id", id).update();
    }

    /**
     * Counts a change of the item's attachments as a change of the item, if the item is still at the version the
     * user's page showed; false when someone else changed it meanwhile.
     */
    boolean touchItem(long itemId, int expectedVersion, String by, Instant now) {
        return jdbc.sql("""
                        update knowledge_item set version = version + 1, updated_at = :now, updated_by = :by
                        where id = :item and version = :version""")
                .param("now", Timestamps.of(now)).param("by", by).param("item", itemId)
                .param("version", expectedVersion)
                .update() == 1;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
