package se.lagesbild.shared.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.function.Consumer;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * XHTML laid out by openhtmltopdf as a tagged PDF (PDF/UA mode: title, language, structure) with DejaVu Sans embedded
 * from {@code resources/fonts}, so å, ä and ö print on any machine. The document loads nothing from outside: fonts
 * come from the classpath and every external resource is refused. The documents that leave the system (the regional
 * picture, a forum's compiled answers) are all typeset here.
 */
public final class TaggedPdf {

    public static final String FONT_FAMILY = "DejaVu Sans";

    private static final byte[] REGULAR = font("DejaVuSans.ttf");
    private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");

    private TaggedPdf() {
    }

    /**
     * The PDF of the XHTML; {@code extras} adds to the builder (an SVG drawer, a DOM mutator).
     *
     * @param what what is typeset, for the error message
     */
    public static byte[] typeset(String xhtml, Consumer<PdfRendererBuilder> extras, String what) {
        var uses = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG, FSFontUseCase.FALLBACK_PRE);
        var out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true, uses);
            builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true, uses);
            extras.accept(builder);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withProducer("Lägesbild");
            builder.withHtmlContent(xhtml, "about:blank");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not typeset " + what, e);
        }
        return out.toByteArray();
    }

    /**
     * The inside of a CSS string in a style element that must also be well-formed XML: backslash and quote escaped,
     * {@code <} and {@code &} as CSS escapes, line breaks and control characters dropped.
     */
    public static String cssString(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\\' || c == '"') {
                out.append('\\').appendCodePoint(c);
            } else if (c == '<' || c == '&') {
                out.append('\\').append(Integer.toHexString(c)).append(' ');
            } else if (c >= 0x20 && c != 0x7F) {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static byte[] font(String name) {
        try (InputStream in = TaggedPdf.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The font " + name + " is missing from the classpath (fonts/)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
