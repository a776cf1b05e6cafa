package se.lagesbild.form;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A text in Swedish (always present) and English (optional; Swedish is shown when it is missing). */
public record LocalizedText(String sv, String en) {

    public static final LocalizedText EMPTY = new LocalizedText("", "");

    public LocalizedText {
        sv = sv == null ? "" : sv.strip();
        en = en == null ? "" : en.strip();
    }

    public static LocalizedText of(String sv, String en) {
        return new LocalizedText(sv, en);
    }

    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) && !en.isEmpty() ? en : sv;
    }

    @JsonIgnore
    public boolean isEmpty() {
        return sv.isEmpty() && en.isEmpty();
    }
}
