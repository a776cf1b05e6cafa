package se.lagesbild.network.web;

import se.lagesbild.network.Member;
import se.lagesbild.network.MemberDetails;
import se.lagesbild.network.MemberKind;
import se.lagesbild.organisation.Organisation;

/** A member as the member form posts it. */
public class MemberForm {

    private String givenName = "";
    private String familyName = "";
    private MemberKind kind;
    private String municipalityCode = "";
    private String partnerOrganisation = "";
    private String roleTitle = "";
    private Long accountId;
    private Integer version;

    static MemberForm of(Member member, Organisation municipality) {
        var form = new MemberForm();
        form.givenName = member.givenName();
        form.familyName = member.familyName();
        form.kind = member.organisationKind();
        form.municipalityCode = municipality == null ? "" : municipality.code();
        form.partnerOrganisation = member.partnerOrganisation();
        form.roleTitle = member.roleTitle();
        form.accountId = member.accountId();
        form.version = member.version();
        return form;
    }

    MemberDetails details() {
        return new MemberDetails(givenName, familyName, kind, municipalityCode, partnerOrganisation, roleTitle,
                accountId);
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public MemberKind getKind() {
        return kind;
    }

    public void setKind(MemberKind kind) {
        this.kind = kind;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public void setMunicipalityCode(String municipalityCode) {
        this.municipalityCode = municipalityCode;
    }

    public String getPartnerOrganisation() {
        return partnerOrganisation;
    }

    public void setPartnerOrganisation(String partnerOrganisation) {
        this.partnerOrganisation = partnerOrganisation;
    }

    public String getRoleTitle() {
        return roleTitle;
    }

    public void setRoleTitle(String roleTitle) {
        this.roleTitle = roleTitle;
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
