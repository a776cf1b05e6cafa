package se.lagesbild.form;

/**
 * A form version as exchanged in files (XLSX, JSON): the form's stable key and name, and the version's content.
 * The version number is informative only; an import always becomes a new draft.
 */
public record FormDocument(String formKey, LocalizedText name, Integer versionNumber, FormDefinition definition) {
}
