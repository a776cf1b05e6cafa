package se.lagesbild.analysis.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;

import se.lagesbild.analysis.RegionalDocument;

/**
 * Typesets a regional picture: the template {@code analysis/regional-document} rendered to XHTML, then laid out by
 * openhtmltopdf as a tagged PDF (PDF/UA mode: title, language, structure) with DejaVu Sans embedded, so å, ä and ö
 * print on any machine. The document loads nothing from outside: fonts come from the classpath and every external
 * resource is refused.
 */
final class RegionalPdf {

    static final String TEMPLATE = "analysis/regional-document";
    static final String FONT_FAMILY = "DejaVu Sans";

    private static final byte[] REGULAR = font("DejaVuSans.ttf");
    private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final RegionalDocumentViews views;

    RegionalPdf(ITemplateEngine templates, MessageSource messages, RegionalDocumentViews views) {
        this.templates = templates;
        this.messages = messages;
        this.views = views;
    }

    byte[] render(RegionalDocument doc, Locale locale) {
        return toPdf(xhtml(doc, locale));
    }

    String xhtml(RegionalDocument doc, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("view", views.of(doc, locale));
        String title = messages.getMessage("regional.doc.title", null, locale);
        context.setVariable("footer", cssString(title + " · " + doc.countyName() + " · " + doc.periodLabel()));
        context.setVariable("pageWord", cssString(messages.getMessage("regional.pdf.page", null, locale)));
        context.setVariable("ofWord", cssString(messages.getMessage("regional.pdf.of", null, locale)));
        return templates.process(TEMPLATE, context);
    }

    private static byte[] toPdf(String xhtml) {
        var uses = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG, FSFontUseCase.FALLBACK_PRE);
        var out = new ByteArrayOutputStream(64 * 1024);
        try (var svg = new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true, uses);
            builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true, uses);
            builder.useSVGDrawer(svg);
            builder.addDOMMutator(RegionalPdf::chartsGetAltText);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withProducer("Lägesbild");
            builder.withHtmlContent(xhtml, "about:blank");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not typeset the regional picture", e);
        }
        return out.toByteArray();
    }

    /**
     * A tagged PDF wants alternative text on every figure, and openhtmltopdf takes it from {@code alt}: each chart gets
     * its {@code <title>} there. Done here rather than in the template, because {@code alt} is no SVG attribute and
     * the web page has the title already.
     */
    static void chartsGetAltText(Document document) {
        NodeList charts = document.getElementsByTagNameNS("*", "svg");
        for (int index = 0; index < charts.getLength(); index++) {
            Element chart = (Element) charts.item(index);
            NodeList titles = chart.getElementsByTagNameNS("*", "title");
            if (!chart.hasAttribute("alt") && titles.getLength() > 0) {
                chart.setAttribute("alt", titles.item(0).getTextContent());
            }
        }
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
        try (InputStream in = RegionalPdf.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The font " + name + " is missing from the classpath (fonts/)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
