package se.lagesbild.analysis.export;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;

import se.lagesbild.analysis.RegionalDocument;
import se.lagesbild.shared.pdf.TaggedPdf;

/**
 * Typesets a regional picture: the template {@code analysis/regional-document} rendered to XHTML, then laid out by
 * openhtmltopdf as a tagged PDF (PDF/UA mode: title, language, structure) with DejaVu Sans embedded, so å, ä and ö
 * print on any machine. The document loads nothing from outside: fonts come from the classpath and every external
 * resource is refused.
 */
final class RegionalPdf {

    static final String TEMPLATE = "analysis/regional-document";

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
        context.setVariable("footer",
                TaggedPdf.cssString(title + " · " + doc.countyName() + " · " + doc.periodLabel()));
        context.setVariable("pageWord", TaggedPdf.cssString(messages.getMessage("regional.pdf.page", null, locale)));
        context.setVariable("ofWord", TaggedPdf.cssString(messages.getMessage("regional.pdf.of", null, locale)));
        return templates.process(TEMPLATE, context);
    }

    private static byte[] toPdf(String xhtml) {
        try (var svg = new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE)) {
            return TaggedPdf.typeset(xhtml, builder -> {
                builder.useSVGDrawer(svg);
                builder.addDOMMutator(RegionalPdf::chartsGetAltText);
            }, "the regional picture");
        }
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
}
