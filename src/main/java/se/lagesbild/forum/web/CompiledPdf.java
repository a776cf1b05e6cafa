package se.lagesbild.forum.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import se.lagesbild.forum.ForumCompilation.CompiledAnswers;

/**
 * Typesets the compiled answers: the template {@code forum/compiled-document} (whose fragment the web page shows too)
 * rendered to XHTML and laid out by openhtmltopdf as a tagged PDF (PDF/UA: title, language, structure), with DejaVu
 * Sans embedded from {@code resources/fonts} so that å, ä and ö print anywhere; like the regional picture's PDF, it
 * loads nothing from outside.
 */
@Component
class CompiledPdf {

    static final String TEMPLATE = "forum/compiled-document";
    static final String FONT_FAMILY = "DejaVu Sans";
    /** The forum's title in the page footer is cut here, so that the footer keeps to one line. */
    static final int FOOTER_TITLE_MAX = 70;

    private static final byte[] REGULAR = font("DejaVuSans.ttf");
    private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");

    private final ITemplateEngine templates;
    private final MessageSource messages;

    CompiledPdf(ITemplateEngine templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
    }

    byte[] render(CompiledAnswers compiled) {
        return toPdf(xhtml(compiled));
    }

    String xhtml(CompiledAnswers compiled) {
        var locale = compiled.locale();
        Context context = new Context(locale);
        context.setVariable("compiled", compiled);
        String title = messages.getMessage("forum.compiled.docTitle", null, locale);
        String forumTitle = compiled.forum().title();
        if (forumTitle.length() > FOOTER_TITLE_MAX) {
            forumTitle = forumTitle.substring(0, FOOTER_TITLE_MAX - 1).strip() + "…";
        }
        context.setVariable("footer", cssString(title + " · " + forumTitle));
        context.setVariable("pageWord", cssString(messages.getMessage("forum.pdf.page", null, locale)));
        context.setVariable("ofWord", cssString(messages.getMessage("forum.pdf.of", null, locale)));
        return templates.process(TEMPLATE, context);
    }

    private static byte[] toPdf(String xhtml) {
        var uses = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_PRE);
        var out = new ByteArrayOutputStream(32 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true, uses);
            builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true, uses);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withProducer("Lägesbild");
            builder.withHtmlContent(xhtml, "about:blank");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not typeset the compiled answers", e);
        }
        return out.toByteArray();
    }

    /**
     * The inside of a CSS string in a style element that must also be well-formed XML: backslash and quote escaped,
     * {@code <} and {@code &} as CSS escapes, line breaks and control characters dropped.
     */
    static String cssString(String text) {
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
        try (InputStream in = CompiledPdf.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The font " + name + " is missing from the classpath (fonts/)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
