package se.lagesbild.knowledge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lagesbild.knowledge.KnowledgeEvents.AttachmentAdded;
import se.lagesbild.knowledge.KnowledgeEvents.AttachmentRemoved;
import se.lagesbild.knowledge.KnowledgeEvents.ItemChanged;
import se.lagesbild.knowledge.KnowledgeEvents.ItemCreated;
import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.OrganisationKind;
import se.lagesbild.organisation.Organisations;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.NotFoundException;
import se.lagesbild.shared.RefusedInputException;
import se.lagesbild.shared.Role;
import se.lagesbild.shared.StaleEditException;

/**
 * The knowledge bank: searching and listing within the reader's scope, reading an item, writing items with optimistic
 * locking, and attaching, downloading and removing files. Free text with personal data is refused at its field, as is
 * a file that is too large, empty, of a type not accepted (decided from its content), or unreadable; nothing of a
 * refused request is stored.
 */
@Service
public class KnowledgeBank {

    public static final int PAGE_SIZE = 20;
    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 4000;
    public static final int MAX_FILE_MEGABYTES = 5;
    /** The same limit as {@code spring.servlet.multipart.max-file-size}, checked here too. */
    public static final int MAX_FILE_BYTES = MAX_FILE_MEGABYTES * 1024 * 1024;
    public static final int MAX_ATTACHMENTS = 10;
    /** The start page shows items this new. */
    public static final Duration RECENT = Duration.ofDays(30);
    public static final int RECENT_LIMIT = 5;

    /** The field of an upload, where its problems are shown. */
    public static final String FILE_FIELD = "file";

    private final KnowledgeItemRepository items;
    private final KnowledgeAttachments attachments;
    private final KnowledgeLists lists;
    private final KnowledgeAccess access;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    KnowledgeBank(KnowledgeItemRepository items, KnowledgeAttachments attachments, KnowledgeLists lists,
                  KnowledgeAccess access, Organisations organisations, ApplicationEventPublisher events,
                  Clock clock) {
        this.items = items;
        this.attachments = attachments;
        this.lists = lists;
        this.access = access;
        this.organisations = organisations;
        this.events = events;
        this.clock = clock;
    }

    /** A page of the items the user reads that match the query: most relevant first with a text, else newest. */
    @Transactional(readOnly = true)
    public KnowledgePage search(CurrentUser user, KnowledgeQuery query) {
        return lists.search(user, query, PAGE_SIZE);
    }

    /** Items the user reads that were added in the last 30 days, newest first, at most five. */
    @Transactional(readOnly = true)
    public List<KnowledgeSummary> recent(CurrentUser user) {
        return lists.recent(user, clock.instant().minus(RECENT), RECENT_LIMIT);
    }

    @Transactional(readOnly = true)
    public KnowledgeView view(CurrentUser user, long id) {
        KnowledgeItem item = find(id);
        access.requireRead(user, item);
        return new KnowledgeView(item, organisations.get(item.ownerId()), item.themes(), item.tagList(),
                attachments.of(id), access.writes(user, item));
    }

    /** The item for its edit form: 404 for anyone who may not change it. */
    @Transactional(readOnly = true)
    public KnowledgeView editable(CurrentUser user, long id) {
        KnowledgeItem item = find(id);
        access.requireWrite(user, item);
        return view(user, id);
    }

    public boolean mayWrite(CurrentUser user) {
        return KnowledgeAccess.writesAny(user);
    }

    /**
     * Whom a new item of this user may belong to: an administrator chooses Sweden, a county or a municipality; a
     * coordinator writes for their own county or municipality only.
     */
    public List<Organisation> ownerChoices(CurrentUser user) {
        if (!mayWrite(user)) {
            return List.of();
        }
        if (user.role() != Role.ADMIN) {
            return List.of(access.ownerOfNew(user, null));
        }
        return Stream.concat(Stream.of(organisations.country()), organisations.counties().stream()
                .flatMap(county -> Stream.concat(Stream.of(county), organisations.childrenOf(county.id()).stream())))
                .toList();
    }

    @Transactional
    public KnowledgeItem create(CurrentUser user, KnowledgeDetails details) {
        var checks = RefusedInputException.checks();
        Organisation owner = access.ownerOfNew(user, details.ownerCode());
        if (owner == null) {
            checks.problem("ownerCode", "knowledge.owner.unknown");
        }
        String tags = check(checks, details, owner);
        checks.throwIfAny();
        KnowledgeItem saved = items.save(KnowledgeItem.create(owner.id(), access.countyOf(owner), details.kind(),
                details.title().strip(), details.summary().strip(), details.themes(), tags, details.date(),
                details.visibility(), user.getUsername(), clock.instant()));
        events.publishEvent(new ItemCreated(saved.id(), owner.id(), saved.kind(), user.getUsername()));
        return saved;
    }

    /** Changes an item; {@code expectedVersion} is the version the edit form was opened on. The owner stays. */
    @Transactional
    public KnowledgeItem update(CurrentUser user, long id, int expectedVersion, KnowledgeDetails details) {
        KnowledgeItem item = find(id);
        access.requireWrite(user, item);
        var checks = RefusedInputException.checks();
        String tags = check(checks, details, organisations.get(item.ownerId()));
        checks.throwIfAny();
        if (item.version() != expectedVersion) {
            throw new StaleEditException("knowledge item " + id);
        }
        item.describe(details.kind(), details.title().strip(), details.summary().strip(), details.themes(), tags,
                details.date(), details.visibility(), user.getUsername(), clock.instant());
        KnowledgeItem saved;
        try {
            saved = items.save(item);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEditException("knowledge item " + id);
        }
        events.publishEvent(new ItemChanged(id, item.ownerId(), user.getUsername()));
        return saved;
    }

    /**
     * Attaches a file. Refused at the field {@value #FILE_FIELD} when it is missing, empty, larger than 5 MB, not a
     * PDF, DOCX or XLSX by its content, unreadable, named with personal data, or one too many; {@code bytes} may hold
     * one byte more than the limit (what the page read), which is refused as too large. {@code expectedVersion} is
     * the item's version the page showed; a stale one throws {@link StaleEditException} and nothing is stored.
     */
    @Transactional
    public KnowledgeView.Attachment attach(CurrentUser user, long itemId, Integer expectedVersion, String clientName,
                                           byte[] bytes) {
        KnowledgeItem item = find(itemId);
        access.requireWrite(user, item);
        AttachmentType type;
        String text;
        try {
            if (bytes == null) {
                throw new UnacceptableFileException("knowledge.file.missing");
            }
            if (bytes.length > MAX_FILE_BYTES) {
                throw new UnacceptableFileException("knowledge.file.tooLarge", MAX_FILE_MEGABYTES);
            }
            type = AttachmentSniffer.detect(bytes);
            text = TextExtraction.extract(type, bytes);
        } catch (UnacceptableFileException refused) {
            throw new RefusedInputException(List.of(new RefusedInputException.Problem(FILE_FIELD,
                    refused.messageCode(), refused.arguments())));
        }
        String name = FileNames.sanitise(clientName, type);
        var checks = RefusedInputException.checks().text(FILE_FIELD, name, TITLE_MAX);
        if (attachments.count(itemId) >= MAX_ATTACHMENTS) {
            checks.problem(FILE_FIELD, "knowledge.file.tooMany", MAX_ATTACHMENTS);
        }
        checks.throwIfAny();
        Instant now = clock.instant();
        if (expectedVersion == null || !attachments.touchItem(itemId, expectedVersion, user.getUsername(), now)) {
            throw new StaleEditException("knowledge item " + itemId);
        }
        long id = attachments.insert(itemId, name, type, bytes, text, user.getUsername(), now);
        events.publishEvent(new AttachmentAdded(id, itemId, item.ownerId(), type, bytes.length,
                user.getUsername()));
        return new KnowledgeView.Attachment(id, name, type, bytes.length, now);
    }

    /** Removes an attachment; {@code expectedVersion} is the item's version the page showed. Answers the item's id. */
    @Transactional
    public long detach(CurrentUser user, long attachmentId, Integer expectedVersion) {
        KnowledgeAttachments.Stored stored = attachments.find(attachmentId)
                .orElseThrow(() -> new NotFoundException("attachment " + attachmentId));
        KnowledgeItem item = find(stored.itemId());
        access.requireWrite(user, item);
        if (expectedVersion == null
                || !attachments.touchItem(item.id(), expectedVersion, user.getUsername(), clock.instant())) {
            throw new StaleEditException("knowledge item " + item.id());
        }
        attachments.delete(attachmentId);
        events.publishEvent(new AttachmentRemoved(attachmentId, item.id(), item.ownerId(), user.getUsername()));
        return item.id();
    }

    /** An attachment to download, for anyone who reads its item. */
    @Transactional(readOnly = true)
    public AttachmentFile download(CurrentUser user, long attachmentId) {
        KnowledgeAttachments.Stored stored = attachments.find(attachmentId)
                .orElseThrow(() -> new NotFoundException("attachment " + attachmentId));
        access.requireRead(user, find(stored.itemId()));
        return new AttachmentFile(stored.name(), stored.type(), attachments.content(attachmentId));
    }

    private KnowledgeItem find(long id) {
        return items.findById(id).orElseThrow(() -> new NotFoundException("knowledge item " + id));
    }

    /** Every problem of the details at its field; answers the tags as they are stored. */
    private static String check(RefusedInputException.Checks checks, KnowledgeDetails details, Organisation owner) {
        if (details.kind() == null) {
            checks.problem("kind", "knowledge.kind.required");
        }
        checks.required("title", details.title(), TITLE_MAX, "knowledge.title.required")
                .required("summary", details.summary(), SUMMARY_MAX, "knowledge.summary.required")
                .text("tags", details.tags(), Tags.MAX_TEXT);
        List<String> tags = Tags.parse(details.tags());
        if (tags.size() > Tags.MAX_TAGS) {
            checks.problem("tags", "knowledge.tags.tooMany", Tags.MAX_TAGS);
        } else if (tags.stream().anyMatch(tag -> tag.length() > Tags.MAX_TAG_LENGTH)) {
            checks.problem("tags", "knowledge.tags.tooLong", Tags.MAX_TAG_LENGTH);
        }
        if (details.date() == null) {
            checks.problem("date", "knowledge.date.required");
        }
        if (details.visibility() == null) {
            checks.problem("visibility", "knowledge.visibility.required");
        } else if (details.visibility() == KnowledgeVisibility.COUNTY && owner != null
                && owner.kind() == OrganisationKind.COUNTRY) {
            checks.problem("visibility", "knowledge.visibility.national");
        }
        String joined = Tags.join(tags);
        return joined.length() > Tags.MAX_TEXT ? joined.substring(0, Tags.MAX_TEXT) : joined;
    }
}
