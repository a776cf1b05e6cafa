package se.lagesbild.form;

/**
 * Show a question only when an earlier numeric question (level, whole number, yes/no as 1) has an answer of at
 * least {@code atLeast}. Written {@code ${key} >= n} in spreadsheets, as in XLSForm.
 */
public record Condition(String questionKey, int atLeast) {

    public String toExpression() {
        return "${" + questionKey + "} >= " + atLeast;
    }
}
