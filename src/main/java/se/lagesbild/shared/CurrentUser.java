package se.lagesbild.shared;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person: account, role and scope, and the name of the organisation they act for.
 * Lives in the (JDBC-stored) session, hence serializable and free of entity references.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

    private final long accountId;
    private final String username;
    private final String displayName;
    private final Role role;
    private final Scope scope;
    private final String organisationName;
    private final boolean enabled;
    private String passwordHash;

    public CurrentUser(long accountId, String username, String displayName, Role role, Scope scope,
                       String organisationName, boolean enabled, String passwordHash) {
        this.accountId = accountId;
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.scope = scope;
        this.organisationName = organisationName;
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    public long accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public Scope scope() {
        return scope;
    }

    public String organisationName() {
        return organisationName;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CurrentUser user && user.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public String toString() {
        return "CurrentUser[" + username + ", " + role + "]";
    }
}
