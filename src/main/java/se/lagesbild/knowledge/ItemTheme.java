package se.lagesbild.knowledge;

import org.springframework.data.relational.core.mapping.Table;

/** One of the method's themes an item is about, by its key ({@code form.MeasuredTheme}). */
@Table("knowledge_item_theme")
record ItemTheme(String theme) {
}
