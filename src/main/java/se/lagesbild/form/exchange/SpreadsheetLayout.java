package se.lagesbild.form.exchange;

import java.util.List;
import java.util.Set;

/**
 * The XLSForm-like layout shared by export and import, in one place so that the two cannot drift apart. Column
 * names follow XLSForm (type, name, label::sv, relevant, list_name) so that people who know ODK or KoBo recognise it.
 */
final class SpreadsheetLayout {

    static final String SURVEY = "survey";
    static final String CHOICES = "choices";
    static final String SETTINGS = "settings";

    static final String TYPE = "type";
    static final String NAME = "name";
    static final String LABEL_SV = "label::sv";
    static final String LABEL_EN = "label::en";
    static final String HINT_SV = "hint::sv";
    static final String HINT_EN = "hint::en";
    static final String REQUIRED = "required";
    static final String RELEVANT = "relevant";
    static final String MEASURES = "measures";
    static final String MIN = "min";
    static final String MAX = "max";
    static final String MAX_LENGTH = "max_length";
    static final List<String> SURVEY_COLUMNS = List.of(TYPE, NAME, LABEL_SV, LABEL_EN, HINT_SV, HINT_EN, REQUIRED,
            RELEVANT, MEASURES, MIN, MAX, MAX_LENGTH);
    static final Set<String> SURVEY_REQUIRED = Set.of(TYPE, NAME, LABEL_SV);

    static final String LIST_NAME = "list_name";
    static final List<String> CHOICES_COLUMNS = List.of(LIST_NAME, NAME, LABEL_SV, LABEL_EN);
    static final Set<String> CHOICES_REQUIRED = Set.of(LIST_NAME, NAME, LABEL_SV);

    static final String FORM_KEY = "form_key";
    static final String TITLE_SV = "title::sv";
    static final String TITLE_EN = "title::en";
    static final String VERSION = "version";
    static final List<String> SETTINGS_COLUMNS = List.of(FORM_KEY, TITLE_SV, TITLE_EN, VERSION);
    static final Set<String> SETTINGS_REQUIRED = Set.of(FORM_KEY, TITLE_SV);

    static final String BEGIN_GROUP = "begin_group";
    static final String END_GROUP = "end_group";

    /** Far above any real form (the default form has well under 200 rows), low enough to bound the work. */
    static final int MAX_SURVEY_ROWS = 2_000;
    static final int MAX_CHOICE_ROWS = 10_000;

    /** The order in which problems are listed: the order a coordinator reads the workbook. */
    static final List<String> SHEET_ORDER = List.of(SURVEY, CHOICES, SETTINGS);

    private SpreadsheetLayout() {
    }
}
