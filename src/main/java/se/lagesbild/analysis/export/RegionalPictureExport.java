package se.lagesbild.analysis.export;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;

import se.lagesbild.analysis.RegionalDocument;

/**
 * The published regional picture as files: a PDF typeset from the same template as the web page, and a spreadsheet
 * of its figures. Both are in the document's language. A draft is never exported.
 */
@Component
public class RegionalPictureExport {

    public static final String PDF_TYPE = "application/pdf";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final RegionalPdf pdf;
    private final RegionalSpreadsheet spreadsheet;

    public RegionalPictureExport(ITemplateEngine templates, MessageSource messages, RegionalDocumentViews views) {
        this.pdf = new RegionalPdf(templates, messages, views);
        this.spreadsheet = new RegionalSpreadsheet(messages);
    }

    /** @throws IllegalArgumentException for a draft */
    public byte[] pdf(RegionalDocument doc, Locale locale) {
        requirePublished(doc);
        return pdf.render(doc, locale);
    }

    /** @throws IllegalArgumentException for a draft */
    public byte[] xlsx(RegionalDocument doc, Locale locale) {
        requirePublished(doc);
        return spreadsheet.write(doc, locale);
    }

    /** A file name without spaces or letters outside ASCII, e.g. {@code regional-lagesbild-dalarnas-lan-2026-10.pdf}. */
    public static String fileName(RegionalDocument doc, String extension) {
        String county = java.text.Normalizer.normalize(doc.countyName(), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        String period = doc.periodCode() == null ? "" : doc.periodCode().replaceAll("[^A-Za-z0-9-]", "");
        return "regional-lagesbild-" + county + "-" + period + "." + extension;
    }

    private static void requirePublished(RegionalDocument doc) {
        if (!doc.published()) {
            throw new IllegalArgumentException("A draft regional picture is never exported");
        }
    }
}
