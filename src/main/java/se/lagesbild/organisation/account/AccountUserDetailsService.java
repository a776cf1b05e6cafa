package se.lagesbild.organisation.account;

import java.util.Locale;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.Organisations;
import se.lagesbild.shared.CurrentUser;

/** Turns an account into the signed-in user, with its scope worked out once at login. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final Organisations organisations;

    AccountUserDetailsService(AccountRepository accounts, Organisations organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        Account account = accounts.findByUsername(name)
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        Organisation placement = organisations.get(account.organisationId());
        return new CurrentUser(account.id(), account.username(), account.displayName(), account.role(),
                organisations.scopeOf(account.role(), placement, account.unitId()), placement.name(),
                account.enabled(), account.passwordHash());
    }
}
