package se.lagesbild.organisation.account;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.lagesbild.organisation.OrganisationEvents.AccountCreated;
import se.lagesbild.organisation.Organisations;
import se.lagesbild.shared.Role;

/**
 * A new production database has no accounts. When {@code LAGESBILD_FIRST_ADMIN_PASSWORD} is set and no
 * administrator exists yet, one administrator is created at start; it then creates everyone else. The password
 * should be changed at first login and the variable removed.
 */
@Component
@Order(1)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountRepository accounts;
    private final Organisations organisations;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String username;
    private final String password;

    FirstAdministrator(AccountRepository accounts, Organisations organisations, PasswordEncoder passwordEncoder,
                       ApplicationEventPublisher events, Clock clock,
                       @Value("${lagesbild.first-admin.username:administrator}") String username,
                       @Value("${lagesbild.first-admin.password:}") String password) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
        this.username = username;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (password.isBlank() || accounts.countByRole(Role.ADMIN) > 0) {
            return;
        }
        if (password.length() < AccountService.MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("lagesbild.first-admin.password must have at least "
                    + AccountService.MIN_PASSWORD_LENGTH + " characters");
        }
        var sweden = organisations.country();
        Account admin = accounts.save(Account.open(username, "Systemadministratör", passwordEncoder.encode(password),
                new Placement(Role.ADMIN, sweden.id(), null), clock.instant()));
        events.publishEvent(new AccountCreated(admin.id(), admin.username(), admin.role(), sweden.id(), "system"));
        log.warn("Created the first administrator '{}'. Change its password and unset LAGESBILD_FIRST_ADMIN_PASSWORD.",
                username);
    }
}
