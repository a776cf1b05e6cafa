package se.lagesbild.organisation.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.lagesbild.organisation.account.Account;
import se.lagesbild.organisation.account.Placement;
import se.lagesbild.shared.Role;
import se.lagesbild.shared.ScopeLevel;

/** The account form as typed. Username and password are only used when the account is created. */
class AccountFormData {

    private String username;
    @NotBlank
    @Size(max = 150)
    private String displayName;
    private String password;
    @NotNull
    private Role role;
    @NotNull
    private Long organisationId;
    private Long unitId;
    private boolean enabled = true;
    private int version;

    static AccountFormData of(Account account) {
        var form = new AccountFormData();
        form.username = account.username();
        form.displayName = account.displayName();
        form.role = account.role();
        form.organisationId = account.organisationId();
        form.unitId = account.unitId();
        form.enabled = account.enabled();
        form.version = account.version();
        return form;
    }

    boolean needsUnit() {
        return role != null && role.scopeLevel() == ScopeLevel.UNIT;
    }

    Placement toPlacement() {
        return new Placement(role, organisationId, needsUnit() ? unitId : null);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
