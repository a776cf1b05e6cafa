package se.lagesbild.knowledge.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import se.lagesbild.form.MeasuredTheme;
import se.lagesbild.knowledge.KnowledgeDetails;
import se.lagesbild.knowledge.KnowledgeItem;
import se.lagesbild.knowledge.KnowledgeKind;
import se.lagesbild.knowledge.KnowledgeVisibility;

/**
 * The fields of an item as its forms post them. Choices and the date are kept as the text that was sent, so a value
 * that does not parse comes back as a problem at its field rather than as a binding error.
 */
public class KnowledgeForm {

    private String kind = "";
    private String title = "";
    private String summary = "";
    private List<String> themes = new ArrayList<>();
    private String tags = "";
    private String ownerCode = "";
    private String date = "";
    private String visibility = "";
    private Integer version;

    static KnowledgeForm of(KnowledgeItem item) {
        var form = new KnowledgeForm();
        form.kind = item.kind().name();
        form.title = item.title();
        form.summary = item.summary();
        form.themes = item.themes().stream().map(MeasuredTheme::key).collect(Collectors.toCollection(ArrayList::new));
        form.tags = item.tags();
        form.date = item.date().toString();
        form.visibility = item.visibility().name();
        form.version = item.version();
        return form;
    }

    KnowledgeDetails details() {
        return new KnowledgeDetails(parse(KnowledgeKind.class, kind), title, summary, themeSet(), tags, ownerCode,
                parsedDate(), parse(KnowledgeVisibility.class, visibility));
    }

    private Set<MeasuredTheme> themeSet() {
        var set = EnumSet.noneOf(MeasuredTheme.class);
        if (themes != null) {
            themes.forEach(key -> MeasuredTheme.fromKey(key).ifPresent(set::add));
        }
        return set;
    }

    private LocalDate parsedDate() {
        try {
            return date == null || date.isBlank() ? null : LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(value))
                .findFirst().orElse(null);
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public List<String> getThemes() {
        return themes;
    }

    public void setThemes(List<String> themes) {
        this.themes = themes;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getOwnerCode() {
        return ownerCode;
    }

    public void setOwnerCode(String ownerCode) {
        this.ownerCode = ownerCode;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getVisibility() {
        return visibility;
    }

    public void setVisibility(String visibility) {
        this.visibility = visibility;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
