package se.lagesbild.organisation.account;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import se.lagesbild.shared.Role;

/** A local account: one role, placed at one organisation (and, for a contributor, one unit). */
@Table("account")
public class Account {

    @Id
    private Long id;
    private final String username;
    private String displayName;
    private String passwordHash;
    private Role role;
    private Long organisationId;
    private Long unitId;
    private boolean enabled;
    @Version
    private Integer version;
    private final Instant createdAt;

    @PersistenceCreator
    Account(Long id, String username, String displayName, String passwordHash, Role role, Long organisationId,
            Long unitId, boolean enabled, Integer version, Instant createdAt) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.organisationId = organisationId;
        this.unitId = unitId;
        this.enabled = enabled;
        this.version = version;
        this.createdAt = createdAt;
    }

    static Account open(String username, String displayName, String passwordHash, Placement placement, Instant now) {
        return new Account(null, username, displayName, passwordHash, placement.role(), placement.organisationId(),
                placement.unitId(), true, null, now);
    }

    void rename(String displayName) {
        this.displayName = displayName;
    }

    void place(Placement placement) {
        this.role = placement.role();
        this.organisationId = placement.organisationId();
        this.unitId = placement.unitId();
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Placement placement() {
        return new Placement(role, organisationId, unitId);
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public long organisationId() {
        return organisationId;
    }

    public Long unitId() {
        return unitId;
    }

    public boolean enabled() {
        return enabled;
    }

    public int version() {
        return version == null ? 0 : version;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
