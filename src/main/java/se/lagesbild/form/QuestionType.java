package se.lagesbild.form;

import java.util.Arrays;
import java.util.Optional;

/** What kind of answer a question takes. The spreadsheet name is the word used in the XLSForm-like layout. */
public enum QuestionType {
    /** Assessed level 0–4 (not observed, low, moderate, high, very high) or "don't know". */
    LEVEL("level"),
    /** Change since the last period: decreasing, unchanged, increasing or "don't know". */
    CHANGE("change"),
    INTEGER("integer"),
    YES_NO("yes_no"),
    SINGLE_CHOICE("select_one"),
    MULTIPLE_CHOICE("select_multiple"),
    TEXT("text"),
    DATE("date");

    private final String spreadsheetName;

    QuestionType(String spreadsheetName) {
        this.spreadsheetName = spreadsheetName;
    }

    public String spreadsheetName() {
        return spreadsheetName;
    }

    public boolean hasChoices() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    /** Numeric answers can be the subject of an "at least" condition. */
    public boolean isNumeric() {
        return this == LEVEL || this == INTEGER || this == YES_NO;
    }

    public static Optional<QuestionType> fromSpreadsheetName(String name) {
        return Arrays.stream(values()).filter(type -> type.spreadsheetName.equals(name)).findFirst();
    }
}
