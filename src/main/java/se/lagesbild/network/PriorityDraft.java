package se.lagesbild.network;

/** A priority as the year's form posts it; a row left blank is no priority. */
public record PriorityDraft(String title, String description) {

    boolean isBlank() {
        return (title == null || title.isBlank()) && (description == null || description.isBlank());
    }
}
