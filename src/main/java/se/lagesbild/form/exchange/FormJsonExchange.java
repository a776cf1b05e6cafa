package se.lagesbild.form.exchange;

import java.io.InputStream;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import se.lagesbild.form.FormDocument;
import se.lagesbild.form.LocalizedText;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A whole form version as pretty-printed UTF-8 JSON, for moving forms between installations and for review in
 * version control. Static for the same reason as {@link FormSpreadsheet}: a pure conversion with nothing to inject.
 */
public final class FormJsonExchange {

    public static final String CONTENT_TYPE = "application/json";

    /**
     * Its own mapper, like FormJson, so the file format does not follow the web layer's settings. Strict about
     * unknown fields, so that a misspelt "lable" is reported instead of silently becoming an empty text. A missing
     * or null "required" means no, as an empty cell does in the spreadsheet.
     */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .addMixIn(LocalizedText.class, LocalizedTextFormat.class)
            .build();

    /** LocalizedText.isEmpty() looks like a property "empty"; it is derived, so it is neither written nor needed. */
    @JsonIgnoreProperties("empty")
    private interface LocalizedTextFormat {
    }

    private FormJsonExchange() {
    }

    public static byte[] export(FormDocument document) {
        return MAPPER.writeValueAsBytes(document);
    }

    /**
     * Reads a JSON form document strictly: a complete, valid document or a {@link FormImportException} with every
     * problem, located by JSON path. Reads at most 5 MB from the stream; closing it is left to the caller.
     */
    public static FormDocument importFrom(InputStream in) {
        byte[] bytes = UploadedBytes.read(in);
        FormDocument document;
        try {
            document = MAPPER.readValue(bytes, FormDocument.class);
        } catch (JacksonException e) {
            throw new FormImportException(List.of(JsonProblems.unreadable(e)));
        }
        if (document == null) {
            throw new FormImportException(List.of(JsonProblems.at(null, "import.json.unreadable")));
        }
        var checked = new JsonDocumentCheck(document);
        if (!checked.problems().isEmpty()) {
            throw new FormImportException(checked.problems());
        }
        return checked.document();
    }
}
