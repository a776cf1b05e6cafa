package se.lagesbild.organisation.account;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lagesbild.organisation.Organisation;
import se.lagesbild.organisation.OrganisationEvents.AccountChanged;
import se.lagesbild.organisation.OrganisationEvents.AccountCreated;
import se.lagesbild.organisation.Organisations;
import se.lagesbild.organisation.Unit;
import se.lagesbild.organisation.Units;
import se.lagesbild.organisation.account.AccountRequests.AccountChanges;
import se.lagesbild.organisation.account.AccountRequests.NewAccount;
import se.lagesbild.shared.CurrentUser;
import se.lagesbild.shared.InvalidInputException;
import se.lagesbild.shared.NotFoundException;
import se.lagesbild.shared.OutOfScopeException;
import se.lagesbild.shared.StaleEditException;

/** Creating and managing accounts within the manager's scope; every change is published for the audit trail. */
@Service
@Transactional(readOnly = true)
public class AccountService {

    static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,99}");

    private final AccountRepository repository;
    private final Organisations organisations;
    private final Units units;
    private final GrantPolicy grantPolicy;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;
    private final Clock clock;

    AccountService(AccountRepository repository, Organisations organisations, Units units, GrantPolicy grantPolicy,
                   PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
                   ObjectProvider<FindByIndexNameSessionRepository<?>> sessions, Clock clock) {
        this.repository = repository;
        this.organisations = organisations;
        this.units = units;
        this.grantPolicy = grantPolicy;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** The accounts a manager may see and manage: those placed inside their scope. */
    public List<Account> visibleTo(CurrentUser manager) {
        if (!manager.role().managesAccountsAndUnits()) {
            return List.of();
        }
        var scope = manager.scope();
        return switch (scope.level()) {
            case NATIONAL -> repository.findAllOrdered();
            case COUNTY -> repository.findInCounty(scope.countyId());
            case MUNICIPALITY -> repository.findInMunicipality(scope.municipalityId());
            case UNIT -> List.of();
        };
    }

    public List<Account> ofUnit(CurrentUser manager, Unit unit) {
        return mayManageUnitsAt(manager, unit) ? repository.findByUnit(unit.id()) : List.of();
    }

    private boolean mayManageUnitsAt(CurrentUser manager, Unit unit) {
        return units.mayManage(manager, organisations.get(unit.municipalityId()));
    }

    /** An account the manager may manage; anything else is not found. */
    public Account get(CurrentUser manager, long id) {
        Account account = repository.findById(id).orElseThrow(() -> new NotFoundException("account " + id));
        if (!mayManage(manager, account)) {
            throw new OutOfScopeException("account " + id, account.organisationId());
        }
        return account;
    }

    boolean mayManage(CurrentUser manager, Account account) {
        Unit unit = account.unitId() == null ? null : units.get(manager, account.unitId());
        return grantPolicy.mayGrant(manager, account.placement(), organisations.get(account.organisationId()), unit);
    }

    @Transactional
    public Account create(CurrentUser manager, NewAccount request) {
        String username = request.username() == null ? "" : request.username().trim().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidInputException("username", "account.username.invalid");
        }
        if (repository.existsByUsername(username)) {
            throw new InvalidInputException("username", "account.username.taken");
        }
        requirePasswordRule(request.password(), "password");
        requireGrant(manager, request.placement());
        Account account = repository.save(Account.open(username, request.displayName().trim(),
                passwordEncoder.encode(request.password()), request.placement(), clock.instant()));
        events.publishEvent(new AccountCreated(account.id(), account.username(), account.role(),
                account.organisationId(), manager.getUsername()));
        return account;
    }

    @Transactional
    public Account change(CurrentUser manager, long id, int expectedVersion, AccountChanges changes) {
        Account account = get(manager, id);
        if (account.version() != expectedVersion) {
            throw new StaleEditException("account " + id);
        }
        boolean placementChanged = !account.placement().equals(changes.placement());
        boolean enabledChanged = account.enabled() != changes.enabled();
        if (account.id() == manager.accountId() && (placementChanged || !changes.enabled())) {
            throw new InvalidInputException("role", "account.self.change");
        }
        if (placementChanged) {
            requireGrant(manager, changes.placement());
            account.place(changes.placement());
        }
        account.rename(changes.displayName().trim());
        account.setEnabled(changes.enabled());
        Account saved = repository.save(account);
        String what = placementChanged ? "placement" : enabledChanged ? (changes.enabled() ? "enabled" : "disabled")
                : "name";
        events.publishEvent(new AccountChanged(saved.id(), saved.username(), saved.role(), saved.organisationId(),
                what, manager.getUsername()));
        if (placementChanged || enabledChanged) {
            endSessionsOf(saved.username());
        }
        return saved;
    }

    @Transactional
    public void resetPassword(CurrentUser manager, long id, String newPassword) {
        Account account = get(manager, id);
        requirePasswordRule(newPassword, "password");
        account.changePassword(passwordEncoder.encode(newPassword));
        repository.save(account);
        events.publishEvent(new AccountChanged(account.id(), account.username(), account.role(),
                account.organisationId(), "password-reset", manager.getUsername()));
        endSessionsOf(account.username());
    }

    @Transactional
    public void changeOwnPassword(CurrentUser user, String currentPassword, String newPassword) {
        Account account = repository.findById(user.accountId()).orElseThrow(() -> new NotFoundException("account"));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw new InvalidInputException("currentPassword", "password.current.wrong");
        }
        requirePasswordRule(newPassword, "newPassword");
        account.changePassword(passwordEncoder.encode(newPassword));
        repository.save(account);
        events.publishEvent(new AccountChanged(account.id(), account.username(), account.role(),
                account.organisationId(), "password-changed", user.getUsername()));
    }

    private void requireGrant(CurrentUser manager, Placement placement) {
        Organisation organisation = organisations.findById(placement.organisationId())
                .orElseThrow(() -> new InvalidInputException("organisationId", "account.organisation.invalid"));
        Unit unit = null;
        if (placement.unitId() != null) {
            try {
                unit = units.get(manager, placement.unitId());
            } catch (NotFoundException unknownOrOutOfScope) {
                throw new InvalidInputException("unitId", "account.unit.invalid");
            }
        }
        if (!manager.role().grantableRoles().contains(placement.role())) {
            throw new AccessDeniedException("may not grant " + placement.role());
        }
        if (!grantPolicy.mayGrant(manager, placement, organisation, unit)) {
            throw new InvalidInputException(placement.unitId() == null ? "organisationId" : "unitId",
                    "account.placement.invalid");
        }
    }

    private static void requirePasswordRule(String password, String field) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.isBlank()) {
            throw new InvalidInputException(field, "password.too.short");
        }
    }

    /** A changed role or disabled account must not live on in sessions that were opened before the change. */
    private void endSessionsOf(String username) {
        FindByIndexNameSessionRepository<?> repository = sessions.getIfAvailable();
        if (repository != null) {
            repository.findByPrincipalName(username).keySet().forEach(repository::deleteById);
        }
    }
}
