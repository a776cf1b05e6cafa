package se.lagesbild.knowledge;

import java.util.List;

/** One page of a search or list, with the total number of items found. */
public record KnowledgePage(List<KnowledgeSummary> items, int page, long total, int pageSize) {

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * pageSize < total;
    }

    /** The number of pages, at least one. */
    public long pages() {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
