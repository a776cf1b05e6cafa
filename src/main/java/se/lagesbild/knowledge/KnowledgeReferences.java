package se.lagesbild.knowledge;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lagesbild.shared.CurrentUser;

/**
 * The knowledge bank for other modules: the methods and good examples a user may point to (an action plan building on
 * a good example), and whether a given item is readable by the user. Both follow the same scope as the pages.
 */
@Service
public class KnowledgeReferences {

    /** The kinds of item an action plan may build on. */
    public static final EnumSet<KnowledgeKind> REFERABLE = EnumSet.of(KnowledgeKind.GOOD_EXAMPLE,
            KnowledgeKind.METHOD);

    private final KnowledgeLists lists;
    private final KnowledgeItemRepository items;
    private final KnowledgeAccess access;

    KnowledgeReferences(KnowledgeLists lists, KnowledgeItemRepository items, KnowledgeAccess access) {
        this.lists = lists;
        this.items = items;
        this.access = access;
    }

    /** Good examples and methods the user reads, by title (at most 500). */
    @Transactional(readOnly = true)
    public List<KnowledgeReference> referableFor(CurrentUser user) {
        return lists.references(user, REFERABLE);
    }

    /** The item of any kind if it exists and the user reads it; empty otherwise (never telling which). */
    @Transactional(readOnly = true)
    public Optional<KnowledgeReference> readable(CurrentUser user, long id) {
        return items.findById(id).filter(item -> access.reads(user, item))
                .map(item -> new KnowledgeReference(item.id(), item.kind(), item.title()));
    }
}
