package se.lagesbild.knowledge;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The name an attachment is shown and downloaded with, made from the name the browser sent. It is never used to
 * store anything: the bytes are in the database. Directories are dropped (both / and \), control and formatting
 * characters (bidirectional overrides, zero-width characters) and the characters Windows forbids are removed, leading
 * dots go, the length is limited and the extension is the one of the type detected from the content.
 */
final class FileNames {

    static final int MAX_BASE_LENGTH = 100;
    static final String FALLBACK = "bilaga";

    private static final String FORBIDDEN = "<>:\"|?*";
    private static final Pattern EXTENSION = Pattern.compile("\\.[A-Za-z0-9]{1,8}$");

    private FileNames() {
    }

    static String sanitise(String clientName, AttachmentType type) {
        String name = clientName == null ? "" : clientName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        var kept = new StringBuilder();
        name.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                kept.append(' ');
                return;
            }
            int category = Character.getType(cp);
            boolean invisible = category == Character.CONTROL || category == Character.FORMAT
                    || category == Character.SURROGATE || category == Character.PRIVATE_USE
                    || category == Character.UNASSIGNED || category == Character.LINE_SEPARATOR
                    || category == Character.PARAGRAPH_SEPARATOR;
            if (invisible) {
                return;
            }
            kept.appendCodePoint(FORBIDDEN.indexOf(cp) >= 0 ? ' ' : cp);
        });
        String base = EXTENSION.matcher(kept.toString().strip()).replaceFirst("");
        base = base.replaceAll(" +", " ").replaceAll("^[. ]+", "").replaceAll("[. ]+$", "");
        if (base.codePointCount(0, base.length()) > MAX_BASE_LENGTH) {
            base = base.substring(0, base.offsetByCodePoints(0, MAX_BASE_LENGTH)).strip();
        }
        if (base.isEmpty()) {
            base = FALLBACK;
        }
        return base + "." + type.extension();
    }
}
