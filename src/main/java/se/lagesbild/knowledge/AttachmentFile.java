package se.lagesbild.knowledge;

/** An attachment to download: its sanitised name, its detected type and its bytes. */
public record AttachmentFile(String name, AttachmentType type, byte[] content) {
}
