package se.lagesbild.forum.web;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import se.lagesbild.forum.ForumCompilation.CompiledAnswers;
import se.lagesbild.shared.pdf.TaggedPdf;

/**
 * Typesets the compiled answers: the template {@code forum/compiled-document} (whose fragment the web page shows too)
 * rendered to XHTML and laid out by openhtmltopdf as a tagged PDF (PDF/UA: title, language, structure), with DejaVu
 * Sans embedded from {@code resources/fonts} so that å, ä and ö print anywhere; like the regional picture's PDF, it
 * loads nothing from outside.
 */
@Component
class CompiledPdf {

    static final String TEMPLATE = "forum/compiled-document";
    /** The forum's title in the page footer is cut here, so that the footer keeps to one line. */
    static final int FOOTER_TITLE_MAX = 70;

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
        context.setVariable("footer", TaggedPdf.cssString(title + " · " + forumTitle));
        context.setVariable("pageWord", TaggedPdf.cssString(messages.getMessage("forum.pdf.page", null, locale)));
        context.setVariable("ofWord", TaggedPdf.cssString(messages.getMessage("forum.pdf.of", null, locale)));
        return templates.process(TEMPLATE, context);
    }

    private static byte[] toPdf(String xhtml) {
        return TaggedPdf.typeset(xhtml, builder -> { }, "the compiled answers");
    }
}
