package se.lagesbild.form;

import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes form definitions as JSON: the stored form of a version and the JSON exchange format. One
 * private mapper, so that the stored format does not change with the web layer's JSON settings.
 */
public final class FormJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private FormJson() {
    }

    public static String write(FormDefinition definition) {
        return MAPPER.writeValueAsString(definition);
    }

    public static FormDefinition read(String json) {
        return MAPPER.readValue(json, FormDefinition.class);
    }
}
