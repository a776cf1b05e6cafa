package se.lagesbild.form.exchange;

import static se.lagesbild.form.exchange.SpreadsheetLayout.LABEL_EN;
import static se.lagesbild.form.exchange.SpreadsheetLayout.LABEL_SV;
import static se.lagesbild.form.exchange.SpreadsheetLayout.LIST_NAME;
import static se.lagesbild.form.exchange.SpreadsheetLayout.NAME;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import se.lagesbild.form.Choice;
import se.lagesbild.form.LocalizedText;

/**
 * The named option lists of the choices sheet, remembering each option's row so that a problem with an option (found
 * later by the form rules) can point at the row where it was written, and which lists the survey used, because an
 * unused list is almost always a misspelt list name.
 */
final class ChoiceLists {

    record ChoiceRow(int rowIndex, Choice choice) {
    }

    private final SheetTable table;
    private final Map<String, List<ChoiceRow>> lists = new LinkedHashMap<>();
    private final Set<String> used = new HashSet<>();

    private ChoiceLists(SheetTable table) {
        this.table = table;
    }

    /** Lists from a usable choices sheet, or none (null table) when the sheet is missing or broken. */
    static ChoiceLists read(SheetTable table) {
        var result = new ChoiceLists(table);
        if (table != null && table.usable()) {
            for (int row : table.dataRows()) {
                String list = table.text(row, LIST_NAME);
                if (list.isEmpty()) {
                    table.report(row, LIST_NAME, "import.choices.listNameRequired");
                    continue;
                }
                var choice = new Choice(table.text(row, NAME),
                        LocalizedText.of(table.text(row, LABEL_SV), table.text(row, LABEL_EN)));
                result.lists.computeIfAbsent(list, key -> new ArrayList<>()).add(new ChoiceRow(row, choice));
            }
        }
        return result;
    }

    boolean available() {
        return table != null && table.usable();
    }

    /** The list's options, marking the list used; empty when no row has that list name. */
    Optional<List<Choice>> use(String listName) {
        used.add(listName);
        return Optional.ofNullable(lists.get(listName))
                .map(rows -> rows.stream().map(ChoiceRow::choice).toList());
    }

    List<ChoiceRow> rows(String listName) {
        return lists.getOrDefault(listName, List.of());
    }

    void reportUnused() {
        lists.forEach((list, rows) -> {
            if (!used.contains(list)) {
                table.report(rows.get(0).rowIndex(), LIST_NAME, "import.choices.listUnused", list);
            }
        });
    }

    SheetTable table() {
        return table;
    }
}
