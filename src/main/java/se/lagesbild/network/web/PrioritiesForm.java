package se.lagesbild.network.web;

import java.util.ArrayList;
import java.util.List;

import se.lagesbild.network.PriorityDraft;
import se.lagesbild.network.PriorityYear;

/** A year's priorities as their form posts them: a title and a description per row; blank rows are no priority. */
public class PrioritiesForm {

    static final int MIN_ROWS = 3;
    static final int MAX_ROWS = 10;

    private List<String> titles = new ArrayList<>();
    private List<String> descriptions = new ArrayList<>();
    private Integer version;

    static PrioritiesForm of(PriorityYear year) {
        var form = new PrioritiesForm();
        year.priorities().forEach(priority -> {
            form.titles.add(priority.title());
            form.descriptions.add(priority.description());
        });
        form.version = year.isSaved() ? year.version() : null;
        return form;
    }

    List<PriorityDraft> drafts() {
        var drafts = new ArrayList<PriorityDraft>();
        for (int i = 0; i < Math.max(titles.size(), descriptions.size()); i++) {
            drafts.add(new PriorityDraft(i < titles.size() ? titles.get(i) : "",
                    i < descriptions.size() ? descriptions.get(i) : ""));
        }
        return drafts;
    }

    /** How many rows the page offers: what there is and two empty ones, at least three and at most ten. */
    public int getRows() {
        int filled = Math.max(titles.size(), descriptions.size());
        return Math.max(MIN_ROWS, Math.min(MAX_ROWS, Math.max(filled, lastFilled() + 3)));
    }

    private int lastFilled() {
        int last = -1;
        for (int i = 0; i < Math.max(titles.size(), descriptions.size()); i++) {
            if (!text(titles, i).isBlank() || !text(descriptions, i).isBlank()) {
                last = i;
            }
        }
        return last;
    }

    public String title(int row) {
        return text(titles, row);
    }

    public String description(int row) {
        return text(descriptions, row);
    }

    private static String text(List<String> texts, int row) {
        return row < texts.size() && texts.get(row) != null ? texts.get(row) : "";
    }

    public List<String> getTitles() {
        return titles;
    }

    public void setTitles(List<String> titles) {
        this.titles = titles == null ? new ArrayList<>() : titles;
    }

    public List<String> getDescriptions() {
        return descriptions;
    }

    public void setDescriptions(List<String> descriptions) {
        this.descriptions = descriptions == null ? new ArrayList<>() : descriptions;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
