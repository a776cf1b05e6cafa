package se.lagesbild.form;

/** One option of a single- or multiple-choice question; the value is stored in answers and must stay stable. */
public record Choice(String value, LocalizedText label) {
}
