package se.lagesbild.network;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A member of a county's network: a person named in structured fields, the organisation they come from and their
 * role, optionally linked to an account of the county so that they can read the network and answer its evaluations.
 * Edited with optimistic locking.
 */
@Table("network_member")
public class Member {

    @Id
    private Long id;
    private final long networkId;
    private String givenName;
    private String familyName;
    private MemberKind organisationKind;
    private Long municipalityId;
    private String partnerOrganisation;
    private String roleTitle;
    private Long accountId;
    private final Instant createdAt;
    private final String createdBy;
    private Instant updatedAt;
    private String updatedBy;
    @Version
    private Integer version;

    @PersistenceCreator
    Member(Long id, long networkId, String givenName, String familyName, MemberKind organisationKind,
           Long municipalityId, String partnerOrganisation, String roleTitle, Long accountId, Instant createdAt,
           String createdBy, Instant updatedAt, String updatedBy, Integer version) {
        this.id = id;
        this.networkId = networkId;
        this.givenName = givenName;
        this.familyName = familyName;
        this.organisationKind = organisationKind;
        this.municipalityId = municipalityId;
        this.partnerOrganisation = partnerOrganisation;
        this.roleTitle = roleTitle;
        this.accountId = accountId;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
        this.version = version;
    }

    static Member join(long networkId, Accepted details, String by, Instant now) {
        var member = new Member(null, networkId, "", "", details.kind(), null, "", "", null, now, by, now, by, null);
        member.apply(details, by, now);
        return member;
    }

    void apply(Accepted details, String by, Instant now) {
        givenName = details.givenName();
        familyName = details.familyName();
        organisationKind = details.kind();
        municipalityId = details.municipalityId();
        partnerOrganisation = details.partnerOrganisation();
        roleTitle = details.roleTitle();
        accountId = details.accountId();
        updatedAt = now;
        updatedBy = by;
    }

    /** Member details after every check: the municipality resolved to its id, fields of other kinds emptied. */
    record Accepted(String givenName, String familyName, MemberKind kind, Long municipalityId,
                    String partnerOrganisation, String roleTitle, Long accountId) {
    }

    public Long id() {
        return id;
    }

    public long networkId() {
        return networkId;
    }

    public String givenName() {
        return givenName;
    }

    public String familyName() {
        return familyName;
    }

    public String fullName() {
        return givenName + " " + familyName;
    }

    public MemberKind organisationKind() {
        return organisationKind;
    }

    /** The municipality of a member from a municipality, or of a municipal police officer; else null. */
    public Long municipalityId() {
        return municipalityId;
    }

    /** The partner organisation's name, for partners; else empty. */
    public String partnerOrganisation() {
        return partnerOrganisation;
    }

    public String roleTitle() {
        return roleTitle;
    }

    public Long accountId() {
        return accountId;
    }

    public boolean hasAccount() {
        return accountId != null;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public int version() {
        return version == null ? 0 : version;
    }
}
