package se.lagesbild.form.web;

import java.util.ArrayList;
import java.util.List;

import se.lagesbild.form.Choice;
import se.lagesbild.form.Condition;
import se.lagesbild.form.LocalizedText;
import se.lagesbild.form.Question;
import se.lagesbild.form.QuestionType;

/**
 * The question editor as typed. Choices are one per line, "value | Swedish label | English label", which is quick
 * to type, to paste from a spreadsheet and to use with a keyboard only.
 */
class QuestionFormData {

    private String key = "";
    private QuestionType type;
    private String labelSv = "";
    private String labelEn = "";
    private String helpSv = "";
    private String helpEn = "";
    private boolean required;
    private String measures = "";
    private Integer min;
    private Integer max;
    private Integer maxLength;
    private String choices = "";
    private String showWhenKey = "";
    private Integer showWhenAtLeast;
    private int version;

    static QuestionFormData of(Question q, int version) {
        var form = new QuestionFormData();
        form.key = q.key();
        form.type = q.type();
        form.labelSv = q.label().sv();
        form.labelEn = q.label().en();
        form.helpSv = q.help().sv();
        form.helpEn = q.help().en();
        form.required = q.required();
        form.measures = q.measures() == null ? "" : q.measures();
        form.min = q.min();
        form.max = q.max();
        form.maxLength = q.maxLength();
        form.choices = String.join("\n", q.choices().stream()
                .map(c -> c.value() + " | " + c.label().sv() + " | " + c.label().en()).toList());
        form.showWhenKey = q.showWhen() == null ? "" : q.showWhen().questionKey();
        form.showWhenAtLeast = q.showWhen() == null ? null : q.showWhen().atLeast();
        form.version = version;
        return form;
    }

    /** The question this input describes; choice lines that cannot be read become choices without a value. */
    Question toQuestion() {
        boolean numeric = type == QuestionType.INTEGER;
        return new Question(key.strip(), type, LocalizedText.of(labelSv, labelEn), LocalizedText.of(helpSv, helpEn),
                required, measures.isBlank() ? null : measures, numeric ? min : null, numeric ? max : null,
                type == QuestionType.TEXT ? maxLength : null, type != null && type.hasChoices() ? parsedChoices()
                : List.of(), showWhenKey.isBlank() ? null
                : new Condition(showWhenKey, showWhenAtLeast == null ? 1 : showWhenAtLeast));
    }

    private List<Choice> parsedChoices() {
        var list = new ArrayList<Choice>();
        for (String line : choices.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            list.add(new Choice(parts[0].strip(), LocalizedText.of(parts.length > 1 ? parts[1] : "",
                    parts.length > 2 ? parts[2] : "")));
        }
        return list;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key == null ? "" : key;
    }

    public QuestionType getType() {
        return type;
    }

    public void setType(QuestionType type) {
        this.type = type;
    }

    public String getLabelSv() {
        return labelSv;
    }

    public void setLabelSv(String labelSv) {
        this.labelSv = labelSv == null ? "" : labelSv;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn == null ? "" : labelEn;
    }

    public String getHelpSv() {
        return helpSv;
    }

    public void setHelpSv(String helpSv) {
        this.helpSv = helpSv == null ? "" : helpSv;
    }

    public String getHelpEn() {
        return helpEn;
    }

    public void setHelpEn(String helpEn) {
        this.helpEn = helpEn == null ? "" : helpEn;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public String getMeasures() {
        return measures;
    }

    public void setMeasures(String measures) {
        this.measures = measures == null ? "" : measures;
    }

    public Integer getMin() {
        return min;
    }

    public void setMin(Integer min) {
        this.min = min;
    }

    public Integer getMax() {
        return max;
    }

    public void setMax(Integer max) {
        this.max = max;
    }

    public Integer getMaxLength() {
        return maxLength;
    }

    public void setMaxLength(Integer maxLength) {
        this.maxLength = maxLength;
    }

    public String getChoices() {
        return choices;
    }

    public void setChoices(String choices) {
        this.choices = choices == null ? "" : choices;
    }

    public String getShowWhenKey() {
        return showWhenKey;
    }

    public void setShowWhenKey(String showWhenKey) {
        this.showWhenKey = showWhenKey == null ? "" : showWhenKey;
    }

    public Integer getShowWhenAtLeast() {
        return showWhenAtLeast;
    }

    public void setShowWhenAtLeast(Integer showWhenAtLeast) {
        this.showWhenAtLeast = showWhenAtLeast;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
